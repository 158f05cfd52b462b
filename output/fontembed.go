package output

import (
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"

	"brochure/fonts"
)

// embeddedFont is one face as the PDF embeds it: a Type 0 font with
// Identity-H encoding over a CIDFontType2 whose CIDs are the glyph numbers
// of a subset holding just the characters the document draws, numbered in
// the order they are first drawn. Text is written as two-byte CIDs; the
// ToUnicode map gives each CID its character back for copying and search.
type embeddedFont struct {
	face     *fonts.Face
	resource string          // name in the pages' font resources, e.g. "F1"
	cids     map[rune]uint16 // character → CID (= glyph of the subset), beyond direct
	// direct is the CID of each character below directRunes by its
	// number, 0 for one not drawn yet: the text of a page finds its
	// CIDs by index, without hashing. It grows as higher characters
	// are drawn.
	direct []uint16
	glyphs []uint16 // the face's glyph for each CID; glyphs[0] is .notdef
	chars  []rune   // the character of each CID; chars[0] is 0
	// lastPage is the number of pages drawn when the font was last
	// listed in a page's resources.
	lastPage int
}

func newEmbeddedFont(face *fonts.Face, resource string) *embeddedFont {
	return &embeddedFont{face: face, resource: resource, cids: map[rune]uint16{}, glyphs: []uint16{0}, chars: []rune{0}, lastPage: -1}
}

// directRunes bounds the characters whose CIDs an embedded font keeps
// in its direct table: Latin, Greek and Cyrillic, the general
// punctuation (dashes, quotation marks, the ellipsis) German text uses,
// and the currency signs up to the euro (U+20AC). The table grows only as
// far as the highest character drawn, at most some 16 KB.
const directRunes = 0x20B0

// cid returns the CID that draws r, adding r to the subset when new. A
// character the face lacks is drawn with its .notdef glyph but keeps a CID
// of its own, so the text still extracts as written.
func (e *embeddedFont) cid(r rune) uint16 {
	if uint32(r) < uint32(len(e.direct)) {
		if c := e.direct[r]; c != 0 {
			return c
		}
	} else if c, ok := e.cids[r]; ok {
		return c
	}
	return e.add(r)
}

// add gives r, not drawn before, the next CID.
func (e *embeddedFont) add(r rune) uint16 {
	g, _ := e.face.Glyph(r)
	c := uint16(len(e.glyphs))
	e.glyphs = append(e.glyphs, g)
	e.chars = append(e.chars, r)
	if r < 0 || r >= directRunes {
		e.cids[r] = c
		return c
	}
	if int(r) >= len(e.direct) {
		// Room up to the next 256 characters; all of them below the bound
		// are looked up here from now on, and none is in cids.
		grown := make([]uint16, min(directRunes, (int(r)|0xFF)+1))
		copy(grown, e.direct)
		e.direct = grown
	}
	e.direct[r] = c
	return c
}

// baseName is the font's PostScript name with a subset tag: six capitals
// derived from the face and the glyphs it holds, so different subsets of
// one font (in documents a print shop combines, say) never share a name,
// and the same subset always gets the same tag (ISO 32000-1, 9.6.4).
func (e *embeddedFont) baseName() string {
	h := sha1.New()
	h.Write([]byte(e.face.Name))
	var b [2]byte
	for _, g := range e.glyphs {
		binary.BigEndian.PutUint16(b[:], g)
		h.Write(b[:])
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag) + "+" + e.face.Name
}

// fontProgram is the subset TrueType program of an embedded font,
// compressed, with its uncompressed size, and its compressed ToUnicode
// CMap: all that the subset's characters in CID order decide.
type fontProgram struct {
	flate     []byte
	size      int
	toUnicode []byte
	err       error
}

// bytes is the room the program takes in memory.
func (p fontProgram) bytes() int { return len(p.flate) + len(p.toUnicode) }

// program subsets and compresses the font program and its ToUnicode
// CMap (fonts are independent: the final pass makes all programs at
// once).
func (e *embeddedFont) program() fontProgram {
	program, err := e.face.Subset(e.glyphs, e.chars)
	if err != nil {
		return fontProgram{err: fmt.Errorf("output: embedding %s: %w", e.face.Name, err)}
	}
	return fontProgram{flate: deflate(program), size: len(program), toUnicode: deflate(e.toUnicode())}
}

// write writes the font's objects into the file and returns the number
// of its Type 0 font dictionary.
func (e *embeddedFont) write(ow *objectWriter, program fontProgram) (int, error) {
	if program.err != nil {
		return 0, program.err
	}
	name := e.baseName()
	file := ow.addStream(pdfDict{{"Length1", pdfInt(program.size)}, flateFilter}, program.flate)
	face := e.face
	descriptor := ow.add(pdfDict{{"Type", pdfName("FontDescriptor")}, {"FontName", pdfName(name)}, {"Flags", pdfInt(e.flags())},
		{"FontBBox", pdfInts(face.BBox[:])}, {"ItalicAngle", pdfReal(face.ItalicAngle)},
		{"Ascent", pdfInt(face.Ascent)}, {"Descent", pdfInt(face.Descent)}, {"CapHeight", pdfInt(face.CapHeight)},
		{"XHeight", pdfInt(face.XHeight)}, {"StemV", pdfInt(e.stemV())}, {"FontFile2", pdfRef(file)}})
	cidFont := ow.add(pdfDict{{"Type", pdfName("Font")}, {"Subtype", pdfName("CIDFontType2")}, {"BaseFont", pdfName(name)},
		{"CIDSystemInfo", pdfDict{{"Registry", pdfLiteral("Adobe")}, {"Ordering", pdfLiteral("Identity")}, {"Supplement", pdfInt(0)}}},
		{"FontDescriptor", pdfRef(descriptor)}, {"CIDToGIDMap", pdfName("Identity")}, {"W", e.widths()}})
	toUnicode := ow.addStream(pdfDict{flateFilter}, program.toUnicode)
	return ow.add(pdfDict{{"Type", pdfName("Font")}, {"Subtype", pdfName("Type0")}, {"BaseFont", pdfName(name)},
		{"Encoding", pdfName("Identity-H")}, {"DescendantFonts", pdfArray{pdfRef(cidFont)}}, {"ToUnicode", pdfRef(toUnicode)}}), nil
}

// flags are the font descriptor's flags (ISO 32000-1, table 123):
// nonsymbolic (Latin text), with fixed pitch and italic when the face is.
func (e *embeddedFont) flags() int {
	flags := 1 << 5
	if e.face.FixedPitch {
		flags |= 1
	}
	if e.face.ItalicAngle != 0 {
		flags |= 1 << 6
	}
	return flags
}

// stemV estimates the thickness of vertical stems from the weight class,
// as TrueType fonts do not record it: some 88 for regular, 166 for bold.
func (e *embeddedFont) stemV() int {
	w := e.face.Weight
	if w == 0 {
		w = 400
	}
	return 50 + int(math.Round(float64(w*w)/(65*65)))
}

// widths is the CIDFont's /W array: the advance of every CID from 0, in
// thousandths of an em, exactly the font program's advances as the layout
// measured them.
func (e *embeddedFont) widths() pdfArray {
	advances := make(pdfInts, len(e.glyphs))
	for i, g := range e.glyphs {
		advances[i] = e.face.GlyphAdvance(g)
	}
	return pdfArray{pdfInt(0), advances}
}

// toUnicode is the CMap that maps each CID back to its character.
func (e *embeddedFont) toUnicode() []byte {
	chars := e.chars[1:]
	b := make([]byte, 0, 512+len(chars)*18)
	b = append(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"+
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"+
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"+
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"...)
	for start := 0; start < len(chars); start += 100 {
		end := min(start+100, len(chars))
		b = append(strconv.AppendInt(b, int64(end-start), 10), " beginbfchar\n"...)
		for i := start; i < end; i++ {
			b = append(appendHex4(append(b, '<'), uint16(i+1)), "> <"...)
			var units [2]uint16
			for _, u := range utf16.AppendRune(units[:0], chars[i]) {
				b = appendHex4(b, u)
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}
