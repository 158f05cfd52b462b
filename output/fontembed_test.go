package output

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"brochure/fonts"
	"brochure/layout/typeset"
)

// TestCIDsAreStable: an embedded font gives a character of the Basic
// Multilingual Plane its code point as CID, in whatever order it is drawn;
// NUL, characters beyond the BMP and stray surrogates take CIDs of the
// surrogate range in the order first drawn, the same character always the
// same CID, and CID 0 (.notdef) once that range is used up. The subset
// lists the characters by CID after .notdef, each with its face's glyph.
func TestCIDsAreStable(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	e := newEmbeddedFont(face, "F1")
	text := []rune("aZ€ü→a\u2060–ü€\uFFFDZ→a\U0001F600ß\u2060\U0001D400\x00\U0001F600")
	text = append(text, 0xD801)
	var got []uint16
	for _, r := range text {
		got = append(got, e.cid(r))
	}
	want := []uint16{'a', 'Z', '€', 'ü', '→', 'a', 0x2060, '–', 'ü', '€', 0xFFFD, 'Z', '→', 'a', 0xD800, 'ß', 0x2060, 0xD801, 0xD802, 0xD800, 0xD803}
	if !slices.Equal(got, want) {
		t.Errorf("CIDs %X, want %X", got, want)
	}
	e.sortSubset()
	cids := []uint16{0, 'Z', 'a', 'ß', 'ü', '–', 0x2060, '€', '→', 0xD800, 0xD801, 0xD802, 0xD803, 0xFFFD}
	chars := []rune{0, 'Z', 'a', 'ß', 'ü', '–', '\u2060', '€', '→', '\U0001F600', '\U0001D400', 0, 0xD801, '\uFFFD'}
	if !slices.Equal(e.cids, cids) || !slices.Equal(e.chars, chars) {
		t.Errorf("subset by CID: CIDs %X, characters %q; want %X, %q", e.cids, e.chars, cids, chars)
	}
	for i, r := range e.chars {
		if g, _ := face.Glyph(r); e.glyphs[i] != g {
			t.Errorf("subset glyph %d (%q) is the face's glyph %d, want %d", i, r, e.glyphs[i], g)
		}
	}
	full := newEmbeddedFont(face, "F1")
	for i := range otherCIDsEnd - otherCIDs {
		if c := full.cid(0x10000 + rune(i)); c != uint16(otherCIDs+i) {
			t.Fatalf("character U+%X: CID %X, want %X", 0x10000+i, c, otherCIDs+i)
		}
	}
	if c := full.cid(0x1F600); c != 0 || !full.overflow {
		t.Errorf("a character beyond the surrogate range's room: CID %X, font marked %v; want 0, marked", c, full.overflow)
	}
	// Characters drawn after the subset was sorted are in it when it is
	// read again.
	e.cid('b')
	if e.sortSubset(); !slices.Contains(e.chars, 'b') || !slices.Contains(e.cids, 'b') || len(e.chars) != len(chars)+1 {
		t.Errorf("after drawing b the subset holds %q", e.chars)
	}
}

// TestSubsetsAreToldApart: the font cache's key and the subset tag tell
// apart subsets that differ only in the order their characters beyond the
// BMP were first drawn (so in their CIDs), and tags tell apart subsets
// whose characters share glyphs (two characters the face lacks).
func TestSubsetsAreToldApart(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	font := func(text string) *embeddedFont {
		e := newEmbeddedFont(face, "F1")
		for _, r := range text {
			e.cid(r)
		}
		return e
	}
	a, b := font("a\U0001F600\U0001D400"), font("a\U0001D400\U0001F600")
	if keyOf(a) == keyOf(b) || a.baseName() == b.baseName() {
		t.Errorf("subsets of other CIDs share a key or the tag %s", a.baseName())
	}
	if a, b := font("a\uE001"), font("a\uE002"); a.baseName() == b.baseName() {
		t.Errorf("subsets of other characters on the same glyphs share the tag %s", a.baseName())
	}
	if a, b := font("ab\U0001F600"), font("b\U0001F600a"); keyOf(a) != keyOf(b) || a.baseName() != b.baseName() {
		t.Error("one subset drawn in another order gets another key or tag")
	}
}

// TestTooManyCharactersBeyondTheBMPAreRefused: a font that draws more
// characters beyond the BMP than the surrogate range numbers is not
// written with some of them as .notdef: the render fails and says why.
func TestTooManyCharactersBeyondTheBMPAreRefused(t *testing.T) {
	var text []rune
	for i := range otherCIDsEnd - otherCIDs + 1 {
		text = append(text, 0x10000+rune(i))
	}
	run := &typeset.GlyphRun{X: typeset.Pt(72), Y: typeset.Pt(100), Face: fonts.Sans().Face(fonts.Regular), Size: typeset.Pt(11), Text: string(text), Colour: typeset.Black}
	_, err := Render(onePage(run), printOptions(t))
	if err == nil || !strings.Contains(err.Error(), "more than 2048 different characters above U+FFFF") {
		t.Errorf("Render: %v; want the font refused", err)
	}
}

// TestCIDToGIDMapAndWidths: the CIDToGIDMap gives each CID drawn its
// glyph in the subset and every other CID up to the highest drawn glyph 0,
// and /W gives the advances in runs of consecutive CIDs from CID 0.
func TestCIDToGIDMapAndWidths(t *testing.T) {
	face := fonts.Serif().Face(fonts.Regular)
	e := newEmbeddedFont(face, "F1")
	for _, r := range "xcab€\U0001F600b" {
		e.cid(r)
	}
	e.sortSubset()
	var m []byte
	e.writeCIDToGIDMap(func(p []byte) { m = append(m, p...) })
	if len(m) != 2*(0xD800+1) {
		t.Fatalf("map of %d bytes, want %d (two per CID up to D800)", len(m), 2*(0xD800+1))
	}
	gids := map[int]uint16{'a': 1, 'b': 2, 'c': 3, 'x': 4, '€': 5, 0xD800: 6}
	for cid := 0; cid < len(m)/2; cid++ {
		if got := binary.BigEndian.Uint16(m[2*cid:]); got != gids[cid] {
			t.Fatalf("CID %X maps to glyph %d, want %d", cid, got, gids[cid])
		}
	}
	adv := func(r rune) pdfInt {
		g, _ := face.Glyph(r)
		return pdfInt(face.GlyphAdvance(g))
	}
	want := pdfArray{pdfInt(0), pdfInts{face.GlyphAdvance(0)}, pdfInt('a'), pdfInts{int(adv('a')), int(adv('b')), int(adv('c'))},
		pdfInt('x'), pdfInts{int(adv('x'))}, pdfInt('€'), pdfInts{int(adv('€'))}, pdfInt(0xD800), pdfInts{int(adv('\U0001F600'))}}
	if got := e.widths(); string(got.appendPDF(nil)) != string(want.appendPDF(nil)) {
		t.Errorf("/W %s, want %s", got.appendPDF(nil), want.appendPDF(nil))
	}
}

// TestToUnicode holds the ToUnicode CMap to its program: the CIDs drawn,
// in order, in blocks of at most 100 bfchar entries, each CID (its code
// point; D800 for the first character beyond the BMP) in four hexadecimal
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
			cid := chars[i]
			if cid > 0xFFFF {
				cid = 0xD800
			}
			fmt.Fprintf(&want, "<%04X> <", cid)
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
	if !strings.Contains(want.String(), "32 beginbfchar\n") || !strings.Contains(want.String(), "<D800> <D83DDE00>\n") {
		t.Fatal("the test's characters do not make a short last block and a surrogate pair")
	}
}

// TestAProgramHoldsOneCompressor: a font's program, ToUnicode CMap and
// CIDToGIDMap are compressed one after the other with one compressor, so
// that the fonts' workers beside the page pipeline make no more
// compressors (each of them fresh memory, a hundred page faults in a
// cold build) than there are workers.
func TestAProgramHoldsOneCompressor(t *testing.T) {
	e := newEmbeddedFont(fonts.Sans().Face(fonts.Regular), "F1")
	for _, r := range "Stadt – Land – Flucht „€“" {
		e.cid(r)
	}
	for len(compressors) > 0 {
		<-compressors
	}
	if p := e.program(); p.err != nil {
		t.Fatal(p.err)
	}
	if n := len(compressors); n != 1 {
		t.Errorf("one font's program made %d compressors, want 1", n)
	}
}
