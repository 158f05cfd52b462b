// Package fonts loads TrueType faces and answers the questions typesetting
// asks of them: does the face have this character, how wide is it, how much
// kerning sits between two characters, how tall are capitals and ascenders.
// Measurements are in thousandths of an em, rounded exactly as the PDF's
// width array stores them, so what layout measures is what a viewer draws.
package fonts

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/go-text/typesetting/font"
)

// Face is one parsed TrueType font (one weight and slant of a family).
type Face struct {
	// Name identifies the face in the PDF, e.g. "LiberationSerif-Bold".
	Name string
	// Data is the TrueType file; output embeds a subset of it.
	Data []byte
	// Ascent, Descent (negative), CapHeight and XHeight in thousandths of an em.
	Ascent, Descent, CapHeight, XHeight int
	// BBox is the union of all glyphs' boxes (xMin, yMin, xMax, yMax) in
	// thousandths of an em.
	BBox [4]int
	// ItalicAngle is the slant of upright strokes in degrees
	// counter-clockwise from the vertical (negative for italics).
	ItalicAngle float64
	// Weight is the OpenType weight class (400 regular, 700 bold; 0 when
	// the font does not say).
	Weight int
	// FixedPitch is set when all glyphs have the same width.
	FixedPitch bool

	sfnt *trueTypeGlyphs // the file's tables: outlines, advances, descriptor facts, subsetting
	// ot is go-text's reading of the character map and metrics, for
	// characters beyond those the face's table of known glyphs holds,
	// and for shaping. A face parsed from a file reads it at once (it
	// also checks the file); an embedded face when first needed (goText).
	ot     *font.Face
	otOnce sync.Once
	// known, for an embedded face, is its glyph for each character of
	// knownRanges, generated from the font (embedded_glyphs.go): the
	// characters text is almost always made of, looked up without go-text.
	known    string
	upem     float64
	advances map[rune]int16 // cached advance widths beyond the Latin runes, thousandths of an em
	kerning  *pairKerning
	mu       sync.Mutex
	// latin caches the advances of the Latin runes (below latinRunes),
	// which almost all text is, without a lock: known + the advance once
	// looked up, 0 before.
	latin [latinRunes]atomic.Int32
}

// latinRunes is the end of the Latin runes whose advances and kerning a
// face caches without a lock: Basic Latin and Latin-1.
const latinRunes = 0x100

// known marks a lock-free cache entry as filled: entries hold known plus
// the value (a thousandths-of-an-em advance or kern, far smaller).
const known = 1 << 20

// ErrNotTrueType is returned for font files the PDF writer cannot embed:
// OpenType fonts with CFF outlines and font collections.
var ErrNotTrueType = errors.New("not a TrueType font")

// Parse reads a TrueType font file. OpenType/CFF (.otf with PostScript
// outlines) and collections (.ttc) are rejected with ErrNotTrueType, because
// the PDF writer embeds only TrueType outlines.
func Parse(name string, data []byte) (*Face, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("%s: file too short to be a font", name)
	}
	switch string(data[:4]) {
	case "OTTO":
		return nil, fmt.Errorf("%s: %w: it is OpenType with CFF (PostScript) outlines; use the TrueType (.ttf) version of the family", name, ErrNotTrueType)
	case "ttcf":
		return nil, fmt.Errorf("%s: %w: it is a font collection (.ttc); extract the single .ttf faces", name, ErrNotTrueType)
	case "\x00\x01\x00\x00", "true":
	default:
		return nil, fmt.Errorf("%s: %w: unrecognised file signature", name, ErrNotTrueType)
	}
	f, err := open(name, data)
	if err != nil {
		return nil, err
	}
	f.ot, err = font.ParseTTF(bytes.NewReader(forMeasuring(f.sfnt.tables, f.kerning.pairs() == nil)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if ext, ok := f.ot.FontHExtents(); ok {
		f.Ascent = f.thousandths(float64(ext.Ascender))
		f.Descent = f.thousandths(float64(ext.Descender))
	}
	f.CapHeight = f.glyphTop('H')
	f.XHeight = f.glyphTop('x')
	return f, nil
}

// open reads what every face needs from the file itself: the table
// directory, the descriptor facts and the kerning pairs; go-text's
// reading (ot) and the vertical metrics are left to the caller.
func open(name string, data []byte) (*Face, error) {
	sfnt, err := openGlyphs(data) // also checks the outlines can be embedded
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// Kerning that is GPOS pair adjustment only is read from the table
	// itself (its lookups located at first need); go-text then needs no
	// positioning or substitution tables.
	f := &Face{Name: pdfName(name), Data: data, sfnt: sfnt, upem: float64(u16(sfnt.tables["head"], 18)), advances: map[rune]int16{}}
	f.readDescription()
	f.kerning = newPairKerning(f, sfnt.tables["GPOS"])
	return f, nil
}

// goText is go-text's reading of the face, made on first use for an
// embedded face (whose file is known to parse: a failure is a broken
// build, not bad input).
func (f *Face) goText() *font.Face {
	f.otOnce.Do(func() {
		if f.ot != nil {
			return
		}
		ot, err := font.ParseTTF(bytes.NewReader(forMeasuring(f.sfnt.tables, f.kerning.pairs() == nil)))
		if err != nil {
			panic("embedded font " + f.Name + ": " + err.Error())
		}
		f.ot = ot
	})
	return f.ot
}

// readDescription reads what a PDF font descriptor says about the face
// from its head, post and OS/2 tables.
func (f *Face) readDescription() {
	t := f.sfnt.tables
	head := t["head"]
	for i := range f.BBox {
		f.BBox[i] = f.thousandths(float64(i16(head, 36+2*i)))
	}
	if post := t["post"]; len(post) >= 16 {
		f.ItalicAngle = float64(int32(u32(post, 4))) / 65536
		f.FixedPitch = u32(post, 12) != 0
	}
	if os2 := t["OS/2"]; len(os2) >= 6 {
		f.Weight = int(u16(os2, 4))
	}
}

// Glyph returns the glyph number the face's character map gives r.
func (f *Face) Glyph(r rune) (uint16, bool) {
	if f.known != "" {
		if i, ok := knownIndex(r); ok {
			gid := uint16(f.known[2*i])<<8 | uint16(f.known[2*i+1])
			return gid, gid != 0
		}
	}
	gid, ok := f.goText().NominalGlyph(r)
	if !ok || gid > 0xFFFF {
		return 0, false
	}
	return uint16(gid), true
}

// GlyphAdvance is the advance width of glyph gid in thousandths of an em,
// read from the hmtx table in place as go-text reads it: glyphs past the
// long metrics take the last one's advance, glyphs past the font's none.
func (f *Face) GlyphAdvance(gid uint16) int {
	g := f.sfnt
	var units int16
	switch i := int(gid); {
	case i < g.numH:
		units = i16(g.tables["hmtx"], 4*i)
	case i < g.numGlyphs:
		units = i16(g.tables["hmtx"], 4*(g.numH-1))
	}
	return f.thousandths(float64(units))
}

// thousandths converts font units to thousandths of an em, rounding as the
// PDF width array does.
func (f *Face) thousandths(units float64) int {
	return int(math.Round(units * 1000 / f.upem))
}

// glyphTop is the top of r's outline (yMax of its glyph header).
func (f *Face) glyphTop(r rune) int {
	gid, ok := f.Glyph(r)
	if !ok {
		return 0
	}
	o, err := f.sfnt.outline(gid)
	if err != nil || len(o) < compositeHeader {
		return 0
	}
	return f.thousandths(float64(i16(o, 8)))
}

// forMeasuring copies a TrueType file for go-text with only the tables it
// is used for: the face is measured (cmap, hmtx and the headers) and,
// when kerning needs shaping, shaped (GSUB, GPOS, GDEF, kern) — never
// drawn. go-text parses every outline and every lookup of a font up
// front, which was most of the time it took to open one; the post table
// stays out too (go-text would read all glyph names: the program takes
// the italic angle from the original).
func forMeasuring(t sfntTables, shaping bool) []byte {
	keep := []string{"cmap", "head", "hhea", "hmtx", "maxp", "OS/2"}
	if shaping {
		keep = append(keep, "GSUB", "GPOS", "GDEF", "kern", "morx", "kerx", "trak")
	}
	rest := map[string][]byte{}
	for _, tag := range keep {
		if tab, ok := t[tag]; ok {
			rest[tag] = tab
		}
	}
	return writeSfnt(rest)
}

// Has reports whether the face maps r to a glyph (in any plane of
// Unicode: the PDF addresses glyphs by number, not by character).
func (f *Face) Has(r rune) bool {
	_, ok := f.Glyph(r)
	return ok
}

// Advance is the advance width of r in thousandths of an em (0 when the
// face lacks r).
func (f *Face) Advance(r rune) int {
	if uint32(r) < latinRunes {
		if v := f.latin[r].Load(); v != 0 {
			return int(v - known)
		}
		f.mu.Lock() // the font's own glyph cache is not safe for concurrent use
		w := f.lookUpAdvance(r)
		f.mu.Unlock()
		f.latin[r].Store(int32(w) + known)
		return w
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if w, ok := f.advances[r]; ok {
		return int(w)
	}
	w := f.lookUpAdvance(r)
	if len(f.advances) < maxAdvanceCache {
		f.advances[r] = int16(w)
	}
	return w
}

// maxAdvanceCache bounds the advances beyond the Latin runes a face
// remembers: the embedded faces live as long as the process, and text in
// many scripts could otherwise grow the map without end.
const maxAdvanceCache = 1 << 16

// lookUpAdvance reads r's advance from the font (0 when the face lacks r).
func (f *Face) lookUpAdvance(r rune) int {
	if gid, ok := f.Glyph(r); ok {
		return f.GlyphAdvance(gid)
	}
	return 0
}

// Kern is the kerning adjustment between left and right in thousandths of an
// em; negative values pull the pair together.
func (f *Face) Kern(left, right rune) int {
	return f.kerning.between(left, right)
}

// Measure returns the width of s in thousandths of an em, kerning included.
func (f *Face) Measure(s string) int {
	total := 0
	prev := rune(-1)
	for _, r := range s {
		total += f.Advance(r)
		if prev >= 0 {
			total += f.Kern(prev, r)
		}
		prev = r
	}
	return total
}

// pdfName makes a font name usable as a PDF name: the file's base name
// without extension, letters, digits and hyphens only.
func pdfName(name string) string {
	if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimSuffix(strings.TrimSuffix(name, ".ttf"), ".TTF")
	var b strings.Builder
	for _, r := range name {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}
