package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestIsAddressSpanAgreesWithIsAddress: the shortcut for a span's text
// says what typeset.IsAddress says of its runes.
func TestIsAddressSpanAgreesWithIsAddress(t *testing.T) {
	for _, s := range []string{
		"", "https://example.org/a b", "siehe https://example.org", "www.example.org", "www.example.org/x y",
		"example.org/pfad", "a.b/c", "/a.b", "Straße 12. Weiter/so", "ftp://x", "x://", "://", "Mo. 9–17 Uhr",
		"bleibdran.de/wp-content", "Gesundheits­versorgung: OER/Qualität", "ä.ö/ü", "https://ä.de/ö ü",
		"www.", "www.x", "wwwx.de/a", "äb.c/d", ".a/b", "a/b.c", "a:/", "a://", "x:/ /", "ü://x",
	} {
		if got, want := isAddressSpan(s), typeset.IsAddress([]rune(s)); got != want {
			t.Errorf("%q: isAddressSpan %v, IsAddress %v", s, got, want)
		}
	}
}
