package output

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

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
	text := []rune("aZ€ü→a\u2060–ü€\u206F\u2070Z→a\U0001F600ß\u2060\u20AF\u20B0\u20AF")
	var got []uint16
	for _, r := range text {
		got = append(got, e.cid(r))
	}
	want := []uint16{1, 2, 3, 4, 5, 1, 6, 7, 4, 3, 8, 9, 2, 5, 1, 10, 11, 6, 12, 13, 12}
	if !slices.Equal(got, want) {
		t.Errorf("CIDs %v, want %v", got, want)
	}
	chars := []rune{0, 'a', 'Z', '€', 'ü', '→', '\u2060', '–', '\u206F', '\u2070', '\U0001F600', 'ß', '\u20AF', '\u20B0'}
	if !slices.Equal(e.chars, chars) {
		t.Errorf("characters by CID %q, want %q", e.chars, chars)
	}
	for cid, r := range e.chars[1:] {
		if g, _ := face.Glyph(r); e.glyphs[cid+1] != g {
			t.Errorf("CID %d (%q) draws glyph %d, want %d", cid+1, r, e.glyphs[cid+1], g)
		}
	}
}

// TestToUnicode holds the ToUnicode CMap to its program: the CIDs from 1
// in blocks of at most 100 bfchar entries, each CID in four hexadecimal
// digits and its character in UTF-16 (a surrogate pair beyond the BMP).
func TestToUnicode(t *testing.T) {
	e := newEmbeddedFont(fonts.Sans().Face(fonts.Regular), "F1")
	var chars []rune
	for r := rune('!'); len(chars) < 230; r++ {
		chars = append(chars, r)
	}
	chars = append(chars, '€', '\U0001F600')
	for _, r := range chars {
		e.cid(r)
	}
	var want strings.Builder
	want.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for start := 0; start < len(chars); start += 100 {
		end := min(start+100, len(chars))
		fmt.Fprintf(&want, "%d beginbfchar\n", end-start)
		for i := start; i < end; i++ {
			fmt.Fprintf(&want, "<%04X> <", i+1)
			for _, u := range utf16.Encode([]rune{chars[i]}) {
				fmt.Fprintf(&want, "%04X", u)
			}
			want.WriteString(">\n")
		}
		want.WriteString("endbfchar\n")
	}
	want.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	if got := string(e.toUnicode()); got != want.String() {
		t.Errorf("ToUnicode CMap:\n%s\nwant:\n%s", got, want.String())
	}
	if !strings.Contains(want.String(), "32 beginbfchar\n") || !strings.Contains(want.String(), "<00E8> <D83DDE00>\n") {
		t.Fatal("the test's characters do not make a short last block and a surrogate pair")
	}
}
