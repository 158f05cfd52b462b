package output

import (
	"slices"
	"testing"

	"brochure/fonts"
)

// TestCIDsInFirstDrawnOrder: an embedded font numbers characters in the
// order they are first drawn, whether they are looked up in its direct
// table (Latin, punctuation) or in its map (beyond), before the table
// has grown to them and after, and the same character always gets the
// same CID.
func TestCIDsInFirstDrawnOrder(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	e := newEmbeddedFont(face, "F1")
	text := []rune("aZ€ü→a\u2060–ü€\u206F\u2070Z→a\U0001F600ß\u2060")
	var got []uint16
	for _, r := range text {
		got = append(got, e.cid(r))
	}
	want := []uint16{1, 2, 3, 4, 5, 1, 6, 7, 4, 3, 8, 9, 2, 5, 1, 10, 11, 6}
	if !slices.Equal(got, want) {
		t.Errorf("CIDs %v, want %v", got, want)
	}
	chars := []rune{0, 'a', 'Z', '€', 'ü', '→', '\u2060', '–', '\u206F', '\u2070', '\U0001F600', 'ß'}
	if !slices.Equal(e.chars, chars) {
		t.Errorf("characters by CID %q, want %q", e.chars, chars)
	}
	for cid, r := range e.chars[1:] {
		if g, _ := face.Glyph(r); e.glyphs[cid+1] != g {
			t.Errorf("CID %d (%q) draws glyph %d, want %d", cid+1, r, e.glyphs[cid+1], g)
		}
	}
}
