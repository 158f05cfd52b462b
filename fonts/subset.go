package fonts

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// Subset makes a TrueType font program holding only the given glyphs,
// for embedding in a PDF as a CIDFontType2 (its CIDToGIDMap gives each
// CID its subset glyph): glyph glyphs[i] of the face becomes glyph i of
// the subset, so glyphs[0] should be 0 (.notdef). A glyph may be listed
// twice. Glyphs that composite glyphs (accented letters, often) are
// assembled from are added after the given ones, and the composites refer
// to them by their new numbers. chars[i], when not 0, is the character
// glyphs[i] stands for.
//
// The subset keeps the tables a PDF consumer needs to draw the glyphs
// (ISO 32000-1, 9.9): head, hhea, hmtx, loca, glyf and maxp, the hinting
// programs cvt, fpgm and prep, a post table of format 3 (no glyph names),
// and a Unicode cmap of the given characters. The PDF addresses glyphs by
// number and does not need the cmap, but font readers other than PDF
// viewers expect one.
func (f *Face) Subset(glyphs []uint16, chars []rune) ([]byte, error) {
	return f.sfnt.subset(glyphs, chars, nil)
}

// WebSubset is Subset for a web browser: browsers check fonts before they
// use them and refuse one without the OS/2 and name tables, which a PDF
// does not need, so the face's own are kept.
func (f *Face) WebSubset(glyphs []uint16, chars []rune) ([]byte, error) {
	return f.sfnt.subset(glyphs, chars, []string{"OS/2", "name"})
}

// requiredTables are the tables every subset is built from.
var requiredTables = []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"}

// trueTypeGlyphs gives access to the outlines and metrics of a TrueType
// file by glyph number.
type trueTypeGlyphs struct {
	tables           sfntTables
	loca, glyf, hmtx []byte // tables["loca"] …, looked up once
	numGlyphs        int
	numH             int // number of long horizontal metrics
	longLoca         bool
}

func openGlyphs(data []byte) (*trueTypeGlyphs, error) {
	t, err := readTables(data)
	if err != nil {
		return nil, err
	}
	if err := t.need(requiredTables...); err != nil {
		return nil, err
	}
	g := &trueTypeGlyphs{
		tables:    t,
		loca:      t["loca"],
		glyf:      t["glyf"],
		hmtx:      t["hmtx"],
		numGlyphs: int(u16(t["maxp"], 4)),
		numH:      int(u16(t["hhea"], 34)),
		longLoca:  i16(t["head"], 50) == 1,
	}
	locaSize := 2
	if g.longLoca {
		locaSize = 4
	}
	switch upem := u16(t["head"], 18); {
	case upem < 16 || upem > 16384:
		return nil, fmt.Errorf("font's unitsPerEm is %d; a usable font has 16 to 16384", upem)
	case g.numGlyphs == 0:
		return nil, fmt.Errorf("font has no glyphs")
	case g.numH == 0 || g.numH > g.numGlyphs:
		return nil, fmt.Errorf("font's horizontal metrics count %d is out of range", g.numH)
	case len(t["hmtx"]) < 4*g.numH+2*(g.numGlyphs-g.numH):
		return nil, fmt.Errorf("font table \"hmtx\" is too short")
	case len(t["loca"]) < locaSize*(g.numGlyphs+1):
		return nil, fmt.Errorf("font table \"loca\" is too short")
	}
	return g, nil
}

// outline returns the glyf entry of glyph gid (empty for blank glyphs).
func (g *trueTypeGlyphs) outline(gid uint16) ([]byte, error) {
	if int(gid) >= g.numGlyphs {
		return nil, fmt.Errorf("glyph %d does not exist (the font has %d)", gid, g.numGlyphs)
	}
	loca := g.loca
	var start, end int
	if g.longLoca {
		start, end = int(u32(loca, 4*int(gid))), int(u32(loca, 4*int(gid)+4))
	} else {
		start, end = 2*int(u16(loca, 2*int(gid))), 2*int(u16(loca, 2*int(gid)+2))
	}
	if start > end || end > len(g.glyf) {
		return nil, fmt.Errorf("glyph %d has a location outside the glyf table", gid)
	}
	return g.glyf[start:end], nil
}

// metric returns the advance width and left side bearing of glyph gid.
func (g *trueTypeGlyphs) metric(gid uint16) (advance uint16, lsb int16) {
	hmtx := g.hmtx
	if int(gid) < g.numH {
		return u16(hmtx, 4*int(gid)), i16(hmtx, 4*int(gid)+2)
	}
	return u16(hmtx, 4*(g.numH-1)), i16(hmtx, 4*g.numH+2*(int(gid)-g.numH))
}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords    = 0x0001
	haveScale       = 0x0008
	moreComponents  = 0x0020
	haveXYScale     = 0x0040
	haveTwoByTwo    = 0x0080
	compositeHeader = 10 // numberOfContours and the bounding box
)

// components calls visit with the offset of each component's glyph index
// in a composite glyph's data; simple and blank glyphs have none.
func components(outline []byte, visit func(at int)) error {
	if len(outline) < compositeHeader || i16(outline, 0) >= 0 {
		return nil
	}
	p := compositeHeader
	for {
		if p+4 > len(outline) {
			return fmt.Errorf("composite glyph is truncated")
		}
		flags := u16(outline, p)
		visit(p + 2)
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			return nil
		}
	}
}

// numberGlyphs numbers a subset's glyphs: the given ones in order, then
// the components composites need, breadth first. It returns the face's
// glyph for each subset glyph, its outline, and, by face glyph, the
// subset number plus one of each glyph in the subset (0 for the rest).
func (src *trueTypeGlyphs) numberGlyphs(glyphs []uint16) (order []uint16, outlines [][]byte, numbered []uint32, err error) {
	order = append(make([]uint16, 0, len(glyphs)+len(glyphs)/4), glyphs...)
	numbered = make([]uint32, src.numGlyphs)
	for i, g := range glyphs {
		if int(g) < src.numGlyphs && numbered[g] == 0 { // outline refuses the others below
			numbered[g] = uint32(i) + 1
		}
	}
	outlines = make([][]byte, 0, cap(order))
	for i := 0; i < len(order); i++ {
		o, err := src.outline(order[i])
		if err != nil {
			return nil, nil, nil, err
		}
		err = components(o, func(at int) {
			c := u16(o, at)
			if int(c) >= src.numGlyphs {
				order = append(order, c) // refused by outline in its turn
			} else if numbered[c] == 0 {
				numbered[c] = uint32(len(order)) + 1
				order = append(order, c)
			}
		})
		if err != nil {
			return nil, nil, nil, fmt.Errorf("glyph %d: %w", order[i], err)
		}
		if len(order) > 0xFFFF {
			return nil, nil, nil, fmt.Errorf("subset has more than 65535 glyphs")
		}
		outlines = append(outlines, o)
	}
	return order, outlines, numbered, nil
}

// subset builds the font program Face.Subset describes.
func (src *trueTypeGlyphs) subset(glyphs []uint16, chars []rune, keep []string) ([]byte, error) {
	order, outlines, numbered, err := src.numberGlyphs(glyphs)
	if err != nil {
		return nil, err
	}

	size := 0
	for _, o := range outlines {
		size += len(o) + 3 // padded to four bytes
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(len(order)+1))
	hmtx := make([]byte, 4*len(order))
	for i, o := range outlines {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		at := len(glyf)
		glyf = append(glyf, o...)
		// Point the components at their new numbers (checked above).
		components(glyf[at:], func(p int) {
			binary.BigEndian.PutUint16(glyf[at+p:], uint16(numbered[u16(glyf, at+p)]-1))
		})
		glyf = append(glyf, make([]byte, -len(glyf)&3)...)
		adv, lsb := src.metric(order[i])
		binary.BigEndian.PutUint16(hmtx[4*i:], adv)
		binary.BigEndian.PutUint16(hmtx[4*i+2:], uint16(lsb))
	}
	binary.BigEndian.PutUint32(loca[4*len(order):], uint32(len(glyf)))

	t := src.tables
	head := append([]byte(nil), t["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	hhea := append([]byte(nil), t["hhea"]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(order)))
	maxp := append([]byte(nil), t["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(order)))
	post := make([]byte, 32)
	if p := t["post"]; len(p) >= 32 {
		copy(post, p[:32]) // italic angle, underline, fixed pitch
	}
	binary.BigEndian.PutUint32(post, 0x00030000)

	out := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf,
		"post": post, "cmap": unicodeCmap(chars)}
	for _, tag := range append([]string{"cvt ", "fpgm", "prep"}, keep...) {
		if tab, ok := t[tag]; ok {
			out[tag] = tab
		}
	}
	return writeSfnt(out), nil
}

// writeSfnt assembles tables into a TrueType file: the directory sorted
// by tag, each table 4-byte aligned with its checksum, and the head
// table's checksum adjustment set so the whole file sums to 0xB1B0AFBA.
func writeSfnt(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	pow := 1
	log := 0
	for pow*2 <= n {
		pow *= 2
		log++
	}
	size := 12 + 16*n
	for _, tag := range tags {
		size += (len(tables[tag]) + 3) &^ 3
	}
	file := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(file[0:], 0x00010000)
	binary.BigEndian.PutUint16(file[4:], uint16(n))
	binary.BigEndian.PutUint16(file[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(file[8:], uint16(log))
	binary.BigEndian.PutUint16(file[10:], uint16(16*n-16*pow))
	headAt := -1
	for i, tag := range tags {
		tab := tables[tag]
		rec := file[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], tableChecksum(tab))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(file)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(tab)))
		if tag == "head" {
			headAt = len(file)
		}
		file = append(file, tab...)
		for len(file)%4 != 0 {
			file = append(file, 0)
		}
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(file[headAt+8:], 0xB1B0AFBA-tableChecksum(file))
	}
	return file
}

// unicodeCmap builds a cmap table with one Windows Unicode (3,1) subtable
// of format 4 that maps chars[i] to glyph i. Each character gets a
// segment of its own: subsets are small, and this keeps the table plainly
// correct. Characters beyond the Basic Multilingual Plane are left out.
func unicodeCmap(chars []rune) []byte {
	// The characters' codes with their glyphs, sorted by code, the first
	// glyph listed for a code kept.
	type mapping struct{ code, glyph uint16 }
	codes := make([]mapping, 0, len(chars)+1)
	for i, r := range chars {
		if r > 0 && r < 0xFFFF {
			codes = append(codes, mapping{uint16(r), uint16(i)})
		}
	}
	byCode := func(a, b mapping) int { return cmp.Compare(a.code, b.code) }
	if !slices.IsSortedFunc(codes, byCode) { // an embedded font's characters come in order
		slices.SortStableFunc(codes, byCode)
	}
	codes = slices.CompactFunc(codes, func(a, b mapping) bool { return a.code == b.code })
	codes = append(codes, mapping{code: 0xFFFF}) // the required final segment
	segs := len(codes)
	pow, log := 1, 0
	for pow*2 <= segs {
		pow *= 2
		log++
	}
	sub := make([]byte, 16+8*segs)
	put := func(at int, v uint16) { binary.BigEndian.PutUint16(sub[at:], v) }
	put(0, 4)                     // format
	put(2, uint16(len(sub)))      // length
	put(6, uint16(2*segs))        // segCountX2
	put(8, uint16(2*pow))         // searchRange
	put(10, uint16(log))          // entrySelector
	put(12, uint16(2*segs-2*pow)) // rangeShift
	ends, starts := 14, 16+2*segs // reservedPad sits between them
	deltas, offsets := starts+2*segs, starts+4*segs
	for i, c := range codes {
		put(ends+2*i, c.code)
		put(starts+2*i, c.code)
		delta := uint16(1) // 0xFFFF maps to glyph 0
		if c.code != 0xFFFF {
			delta = c.glyph - c.code
		}
		put(deltas+2*i, delta)
		put(offsets+2*i, 0)
	}
	table := make([]byte, 12, 12+len(sub))
	binary.BigEndian.PutUint16(table[2:], 1)  // one subtable
	binary.BigEndian.PutUint16(table[4:], 3)  // Windows
	binary.BigEndian.PutUint16(table[6:], 1)  // Unicode BMP
	binary.BigEndian.PutUint32(table[8:], 12) // offset
	return append(table, sub...)
}
