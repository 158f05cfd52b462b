package content

import "testing"

// TestCreditInCaption: a caption that ends with the credit credit = gives
// (after Foto:, Bild:, ©, in parentheses, or alone after its last
// sentence) loses it, so the credit is printed once; a caption naming
// the person mid-sentence, or another photographer, keeps its words.
func TestCreditInCaption(t *testing.T) {
	for _, tc := range []struct{ caption, credit, rest, said string }{
		{"Im Saal. Foto: Max Muster", "Max Muster", "Im Saal.", "Foto: Max Muster"},
		{"Im Saal (Foto: Max Muster)", "Max Muster", "Im Saal", "(Foto: Max Muster)"},
		{"Im Saal. © Max Muster", "Foto: Max Muster", "Im Saal.", "© Max Muster"},
		{"Im Saal – Bild: max muster.", "Max Muster", "Im Saal", "– Bild: max muster."},
		{"Das Podium am Nachmittag. Max Muster", "Max Muster", "Das Podium am Nachmittag.", "Max Muster"},
		{"Max Muster spricht im Saal", "Max Muster", "Max Muster spricht im Saal", ""},
		{"Im Saal mit Max Muster", "Max Muster", "Im Saal mit Max Muster", ""},
		{"Im Saal. Foto: Erika Beispiel", "Max Muster", "Im Saal. Foto: Erika Beispiel", ""},
		{"Foto: Max Muster", "Max Muster", "", "Foto: Max Muster"},
		{"Im Saal.", "", "Im Saal.", ""},
	} {
		rest, said := creditInCaption(tc.caption, tc.credit)
		if rest != tc.rest || said != tc.said {
			t.Errorf("%q with credit %q: %q and %q, want %q and %q", tc.caption, tc.credit, rest, said, tc.rest, tc.said)
		}
	}
}
