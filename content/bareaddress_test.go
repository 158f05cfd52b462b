package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestBareAddressesAreLinks: a web or e-mail address written in body
// text without Markdown's brackets is a link of its own — an e-mail
// address to mailto:, a web address without a scheme to https:// — with
// the punctuation and quotes around it left to the sentence; words that
// only look like part of one stay text. Before, only [text](…) and <…>
// were links, and the screen edition's reader could not follow an
// address printed in the text.
func TestBareAddressesAreLinks(t *testing.T) {
	cases := []struct{ src, want string }{
		{"E-Mail schuldnerberatung@caritas-vorpommern.de, im Internet unter www.caritas-vorpommern.de/beratung.",
			"E-Mail |[schuldnerberatung@caritas-vorpommern.de → mailto:schuldnerberatung@caritas-vorpommern.de]|, im Internet unter |[www.caritas-vorpommern.de/beratung → https://www.caritas-vorpommern.de/beratung]|."},
		{"Siehe „https://example.org/a?b=1“ und (info@bund.de).",
			"Siehe „|[https://example.org/a?b=1 → https://example.org/a?b=1]|“ und (|[info@bund.de → mailto:info@bund.de]|)."},
		{"Unter bleibdranplus.de/kontakt und de.wikipedia.org/wiki/Integration_(Soziologie).",
			"Unter |[bleibdranplus.de/kontakt → https://bleibdranplus.de/kontakt]| und |[de.wikipedia.org/wiki/Integration_(Soziologie) → https://de.wikipedia.org/wiki/Integration_(Soziologie)]|."},
		{"Schreiben Sie **an max.muster-frau@beratung-nord.example.org** bis 3. Mai.",
			"Schreiben Sie |**an |**[max.muster-frau@beratung-nord.example.org → mailto:max.muster-frau@beratung-nord.example.org]| bis 3. Mai."},
		{"Auf www.bücher.example lesen.", "Auf |[www.bücher.example → https://www.xn--bcher-kva.example]| lesen."},
		// Not addresses: a slash between words, a handle, „Team@Home“,
		// abbreviations with a slash, an address inside a link.
		{"Infrastruktur/Rechtsrahmen, @netzwerk, Team@Home, 3 Std./Woche, z.B./u.a. und 1.5/2.",
			"Infrastruktur/Rechtsrahmen, @netzwerk, Team@Home, 3 Std./Woche, z.B./u.a. und 1.5/2."},
		{"[www.example.org](https://example.org/x) bleibt.", "[www.example.org → https://example.org/x]| bleibt."},
	}
	for _, c := range cases {
		blocks, errs := parseMarkdown(c.src, true)
		if len(errs) > 0 || len(blocks) != 1 {
			t.Fatalf("%q: %d blocks, errors %v", c.src, len(blocks), errs)
		}
		if got := showInlines(blocks[0].Inlines); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// showInlines writes inlines for comparison: "|" between them, "**"
// before a bold one, a link as [text → target].
func showInlines(inl []Inline) string {
	parts := make([]string, len(inl))
	for i, in := range inl {
		s := in.Text
		if in.URL != "" {
			s = fmt.Sprintf("[%s → %s]", in.Text, in.URL)
		}
		if in.Style&Bold != 0 {
			s = "**" + s
		}
		parts[i] = s
	}
	return strings.Join(parts, "|")
}
