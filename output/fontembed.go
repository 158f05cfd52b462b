package output

import (
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"unicode/utf16"

	"brochure/fonts"
)

// embeddedFont is one face as the PDF embeds it: a Type 0 font with
// Identity-H encoding over a CIDFontType2 whose CIDs are stable: the CID
// of a character of the Basic Multilingual Plane is its code point, so a
// page's content stream depends only on its own text (and a page cache
// still finds it when an edit elsewhere draws a new character). Other
// characters (beyond the BMP, or 0) take CIDs from the surrogate range
// U+D800–U+DFFF, which no text decoded from UTF-8 holds, in the order they
// are first drawn. The subset holds the characters drawn in CID order,
// and the CIDToGIDMap stream maps each CID to its subset glyph. Text is
// written as two-byte CIDs; the ToUnicode map gives each CID its
// character back for copying and search.
type embeddedFont struct {
	face     *fonts.Face
	resource string // name in the pages' font resources, e.g. "F1"
	// drawn marks the BMP characters drawn (their CIDs), by code point.
	drawn [0x10000 / 64]uint64
	// others are the CIDs of the characters drawn that are not their own
	// CIDs, first drawn first.
	others map[rune]uint16
	count  int // characters drawn
	// overflow is set when a character found the surrogate range used
	// up: the font cannot be written (write says why).
	overflow bool
	// The subset, in CID order, as sortSubset made it last: glyphs[0] is
	// .notdef with CID 0 and character 0.
	cids   []uint16 // the CID of each subset glyph
	glyphs []uint16 // the face's glyph for each subset glyph
	chars  []rune   // the character of each subset glyph
	// lastPage is the number of pages drawn when the font was last
	// listed in a page's resources.
	lastPage int
}

func newEmbeddedFont(face *fonts.Face, resource string) *embeddedFont {
	return &embeddedFont{face: face, resource: resource, others: map[rune]uint16{}, lastPage: -1}
}

// Stable CIDs beyond the BMP: the surrogates, never a character of text.
const (
	otherCIDs    = 0xD800
	otherCIDsEnd = 0xE000
)

// cid returns the CID that draws r, adding r to the subset when new. A
// character the face lacks is drawn with its .notdef glyph but keeps a CID
// of its own, so the text still extracts as written.
func (e *embeddedFont) cid(r rune) uint16 {
	if uint32(r)-1 < 0xFFFF && r&0xF800 != 0xD800 {
		if w, bit := &e.drawn[r>>6], uint64(1)<<(r&63); *w&bit == 0 {
			*w |= bit
			e.count++
		}
		return uint16(r)
	}
	return e.other(r)
}

// other returns the CID of a character that is not its own CID: the
// next free one of the surrogate range when new. Once the range is used
// up it returns 0 and marks the font, which write then refuses: CID 0
// would draw .notdef, which PDF/A forbids, and lose the character.
func (e *embeddedFont) other(r rune) uint16 {
	if c, ok := e.others[r]; ok {
		return c
	}
	if otherCIDs+len(e.others) >= otherCIDsEnd {
		e.overflow = true
		return 0
	}
	c := uint16(otherCIDs + len(e.others))
	e.others[r] = c
	e.count++
	return c
}

// sortSubset numbers the subset's glyphs: the characters drawn in CID
// order after .notdef. Whatever reads the subset (cids, glyphs, chars)
// calls it first, after the last page is drawn; it does nothing while the
// subset is current, and sorts again once more characters were drawn.
// The font's goroutine alone may call it (finish sorts every font before
// its workers make the programs).
func (e *embeddedFont) sortSubset() {
	if len(e.glyphs) == e.count+1 {
		return
	}
	e.cids = make([]uint16, 1, e.count+1)
	e.glyphs = make([]uint16, 1, e.count+1)
	e.chars = make([]rune, 1, e.count+1)
	add := func(c uint16, r rune) {
		g, _ := e.face.Glyph(r)
		e.cids = append(e.cids, c)
		e.glyphs = append(e.glyphs, g)
		e.chars = append(e.chars, r)
	}
	bmp := func(from, to int) {
		for i := from / 64; i < to/64; i++ {
			for w := e.drawn[i]; w != 0; w &= w - 1 {
				c := i*64 + bits.TrailingZeros64(w)
				add(uint16(c), rune(c))
			}
		}
	}
	bmp(0, otherCIDs)
	others := make([]rune, len(e.others))
	for r, c := range e.others {
		others[c-otherCIDs] = r
	}
	for i, r := range others {
		add(uint16(otherCIDs+i), r)
	}
	bmp(otherCIDsEnd, 0x10000)
}

// baseName is the font's PostScript name with a subset tag: six capitals
// derived from the face and the glyphs and characters it holds (two
// characters may share a glyph), so different subsets of
// one font (in documents a print shop combines, say) never share a name,
// and the same subset always gets the same tag (ISO 32000-1, 9.6.4).
func (e *embeddedFont) baseName() string {
	e.sortSubset()
	h := sha1.New()
	h.Write([]byte(e.face.Name))
	var b [2]byte
	for _, g := range e.glyphs {
		binary.BigEndian.PutUint16(b[:], g)
		h.Write(b[:])
	}
	var c [4]byte
	for _, r := range e.chars {
		binary.BigEndian.PutUint32(c[:], uint32(r))
		h.Write(c[:])
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag) + "+" + e.face.Name
}

// fontProgram is the subset TrueType program of an embedded font,
// compressed, with its uncompressed size, its compressed ToUnicode CMap
// and CIDToGIDMap: all that the subset's characters in CID order decide.
type fontProgram struct {
	flate     []byte
	size      int
	toUnicode []byte
	cidToGID  []byte
	err       error
}

// bytes is the room the program takes in memory.
func (p fontProgram) bytes() int { return len(p.flate) + len(p.toUnicode) + len(p.cidToGID) }

// program subsets and compresses the font program, its ToUnicode CMap
// and CIDToGIDMap (fonts are independent: the final pass makes all
// programs at once).
func (e *embeddedFont) program() fontProgram {
	e.sortSubset()
	program, err := e.face.Subset(e.glyphs, e.chars)
	if err != nil {
		return fontProgram{err: fmt.Errorf("output: embedding %s: %w", e.face.Name, err)}
	}
	z := newDeflater(0)
	e.writeCIDToGIDMap(z.write)
	cidToGID := z.close() // before the next compression: a program holds one compressor at a time
	return fontProgram{flate: deflate(program), size: len(program), toUnicode: deflate(e.toUnicode()), cidToGID: cidToGID}
}

// writeCIDToGIDMap writes the CIDFont's CIDToGIDMap stream to write, in
// pieces: for each CID from 0 to the highest drawn, its glyph in the
// subset in two bytes, big-endian (0, .notdef, for a CID not drawn)
// (ISO 32000-1, 9.7.4.2). The map is mostly zeros, some 16 KB once a
// character such as „ or € is drawn, and is never held whole.
func (e *embeddedFont) writeCIDToGIDMap(write func([]byte)) {
	e.sortSubset()
	var buf [1 << 10]byte // zeros but for the entries written since the last flush
	n, next := 0, 0       // bytes of buf in use; the next CID to write
	flush := func() {
		write(buf[:n])
		clear(buf[:n])
		n = 0
	}
	for gid, c := range e.cids {
		for zeros := 2 * (int(c) - next); zeros > 0; {
			k := min(zeros, len(buf)-n)
			n, zeros = n+k, zeros-k
			if n == len(buf) {
				flush()
			}
		}
		binary.BigEndian.PutUint16(buf[n:], uint16(gid)) // n is even, so the entry fits
		if n += 2; n == len(buf) {
			flush()
		}
		next = int(c) + 1
	}
	if n > 0 {
		flush()
	}
}

// write writes the font's objects into the file and returns the number
// of its Type 0 font dictionary.
func (e *embeddedFont) write(ow *objectWriter, program fontProgram) (int, error) {
	if program.err != nil {
		return 0, program.err
	}
	if e.overflow {
		return 0, fmt.Errorf("output: font %s: the text uses more than %d different characters above U+FFFF (emoji, historic scripts) in it, more than one embedded font can number; set some of that text in another font", e.face.Name, otherCIDsEnd-otherCIDs)
	}
	name := e.baseName()
	file := ow.addStream(pdfDict{{"Length1", pdfInt(program.size)}, flateFilter}, program.flate)
	face := e.face
	descriptor := ow.add(pdfDict{{"Type", pdfName("FontDescriptor")}, {"FontName", pdfName(name)}, {"Flags", pdfInt(e.flags())},
		{"FontBBox", pdfInts(face.BBox[:])}, {"ItalicAngle", pdfReal(face.ItalicAngle)},
		{"Ascent", pdfInt(face.Ascent)}, {"Descent", pdfInt(face.Descent)}, {"CapHeight", pdfInt(face.CapHeight)},
		{"XHeight", pdfInt(face.XHeight)}, {"StemV", pdfInt(e.stemV())}, {"FontFile2", pdfRef(file)}})
	cidToGID := ow.addStream(pdfDict{flateFilter}, program.cidToGID)
	cidFont := ow.add(pdfDict{{"Type", pdfName("Font")}, {"Subtype", pdfName("CIDFontType2")}, {"BaseFont", pdfName(name)},
		{"CIDSystemInfo", pdfDict{{"Registry", pdfLiteral("Adobe")}, {"Ordering", pdfLiteral("Identity")}, {"Supplement", pdfInt(0)}}},
		{"FontDescriptor", pdfRef(descriptor)}, {"CIDToGIDMap", pdfRef(cidToGID)}, {"W", e.widths()}})
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

// widths is the CIDFont's /W array: the advance of every CID drawn (and
// of CID 0), in thousandths of an em, exactly the font program's advances
// as the layout measured them, as c [w1 w2 …] for each run of
// consecutive CIDs.
func (e *embeddedFont) widths() pdfArray {
	e.sortSubset()
	var w pdfArray
	for i := 0; i < len(e.cids); {
		j := i + 1
		for j < len(e.cids) && e.cids[j] == e.cids[j-1]+1 {
			j++
		}
		advances := make(pdfInts, j-i)
		for k := i; k < j; k++ {
			advances[k-i] = e.face.GlyphAdvance(e.glyphs[k])
		}
		w = append(w, pdfInt(e.cids[i]), advances)
		i = j
	}
	return w
}

// toUnicode is the CMap that maps each CID drawn back to its character.
func (e *embeddedFont) toUnicode() []byte {
	e.sortSubset()
	cids, chars := e.cids[1:], e.chars[1:]
	b := make([]byte, 0, 512+len(chars)*18)
	b = append(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"+
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"+
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"+
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"...)
	for start := 0; start < len(chars); start += 100 {
		end := min(start+100, len(chars))
		b = append(strconv.AppendInt(b, int64(end-start), 10), " beginbfchar\n"...)
		for i := start; i < end; i++ {
			b = append(appendHex4(append(b, '<'), cids[i]), "> <"...)
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
