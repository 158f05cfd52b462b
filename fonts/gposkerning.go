package fonts

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// gposPairs reads pair kerning straight from a face's GPOS table (OpenType
// 1.9, "GPOS"): the pair-adjustment lookups of the features HarfBuzz
// applies between two Latin letters ('kern' and 'dist'), for German or the
// script's default language. It gives what shaping the pair would give,
// without building a shaping buffer for every pair; faces whose
// positioning is more than pair adjustments are left to HarfBuzz.
//
// The table is read in place: the lookups are located once, and each
// question walks the coverage, class and pair-set arrays of the bytes
// with every offset checked, so a malformed font answers 0, never panics.
type gposPairs struct {
	table   []byte
	lookups [][]pairSubtable // in the order they apply
}

// pairSubtable is one PairPos subtable (lookup type 2), by offsets into
// the GPOS table.
type pairSubtable struct {
	format       int
	coverage     int
	valueFormat1 uint16
	valueFormat2 uint16
	// Format 1: the pair sets, one per covered first glyph.
	pairSets []int
	// Format 2: class definitions and the class1 × class2 record matrix.
	classDef1, classDef2     int
	class1Count, class2Count int
	records                  int
}

// gposReader reads big-endian numbers from a table, reporting whether
// every read stayed inside it.
type gposReader struct {
	b  []byte
	ok bool
}

func (r *gposReader) u16(at int) int {
	if at < 0 || at+2 > len(r.b) {
		r.ok = false
		return 0
	}
	return int(binary.BigEndian.Uint16(r.b[at:]))
}

func (r *gposReader) u32(at int) int {
	if at < 0 || at+4 > len(r.b) {
		r.ok = false
		return 0
	}
	return int(binary.BigEndian.Uint32(r.b[at:]))
}

func tag(s string) int { return int(binary.BigEndian.Uint32([]byte(s))) }

// newGPOSPairs returns the face's pair lookups, or nil when the face must
// be shaped instead: no GPOS kerning (HarfBuzz then uses the legacy kern
// table), a required feature, lookups of other kinds, or a table that
// cannot be read.
func newGPOSPairs(table []byte) *gposPairs {
	r := &gposReader{b: table, ok: true}
	if len(table) < 10 || r.u16(0) != 1 {
		return nil
	}
	lang := r.germanLangSys(r.u16(4))
	if lang < 0 || r.u16(lang+2) != 0xFFFF || !r.ok {
		return nil // no language system, or a required feature
	}
	indices, ok := r.kerningLookups(lang, r.u16(6), r.u16(8))
	if !ok || len(indices) == 0 || !r.ok {
		return nil
	}
	p := &gposPairs{table: table}
	for k, li := range indices {
		if k > 0 && li == indices[k-1] {
			continue
		}
		subtables, ok := r.pairLookup(r.u16(8), li)
		if !ok {
			return nil
		}
		p.lookups = append(p.lookups, subtables)
	}
	return p
}

// germanLangSys finds the language system of the script list at
// scriptList: the Latin script's (else the default script's) German one,
// else that script's default; -1 when there is none.
func (r *gposReader) germanLangSys(scriptList int) int {
	script := -1
	for _, want := range []string{"latn", "DFLT"} {
		for i := 0; i < r.u16(scriptList); i++ {
			rec := scriptList + 2 + 6*i
			if r.u32(rec) == tag(want) {
				script = scriptList + r.u16(rec+4)
				break
			}
		}
		if script >= 0 {
			break
		}
	}
	if script < 0 || !r.ok {
		return -1
	}
	lang := -1
	if def := r.u16(script); def != 0 {
		lang = script + def
	}
	for i := 0; i < r.u16(script+2); i++ {
		rec := script + 4 + 6*i
		if r.u32(rec) == tag("DEU ") {
			lang = script + r.u16(rec+4)
		}
	}
	return lang
}

// kerningLookups lists, sorted, the lookups of the language system's
// "kern" and "dist" features; ok is false when an index is out of range.
func (r *gposReader) kerningLookups(lang, featureList, lookupList int) (indices []int, ok bool) {
	features := r.u16(featureList)
	lookups := r.u16(lookupList)
	for i := 0; i < r.u16(lang+4); i++ {
		fi := r.u16(lang + 6 + 2*i)
		if fi >= features {
			return nil, false
		}
		rec := featureList + 2 + 6*fi
		if t := r.u32(rec); t != tag("kern") && t != tag("dist") {
			continue
		}
		feature := featureList + r.u16(rec+4)
		for k := 0; k < r.u16(feature+2); k++ {
			li := r.u16(feature + 4 + 2*k)
			if li >= lookups {
				return nil, false
			}
			indices = append(indices, li)
		}
	}
	sort.Ints(indices)
	return indices, true
}

// pairLookup reads the subtables of lookup li, which must all be pair
// adjustments (directly or through extensions).
func (r *gposReader) pairLookup(lookupList, li int) ([]pairSubtable, bool) {
	lookup := lookupList + r.u16(lookupList+2+2*li)
	kind := r.u16(lookup)
	var subtables []pairSubtable
	for s := 0; s < r.u16(lookup+4); s++ {
		at := lookup + r.u16(lookup+6+2*s)
		stKind := kind
		if kind == 9 { // extension: the real subtable lies further on
			stKind = r.u16(at + 2)
			at += r.u32(at + 4)
		}
		if stKind != 2 {
			return nil, false
		}
		st, ok := readPairSubtable(r, at)
		if !ok {
			return nil, false
		}
		subtables = append(subtables, st)
	}
	return subtables, r.ok
}

// readPairSubtable locates a PairPos subtable's parts.
func readPairSubtable(r *gposReader, at int) (pairSubtable, bool) {
	st := pairSubtable{format: r.u16(at), coverage: at + r.u16(at+2),
		valueFormat1: uint16(r.u16(at + 4)), valueFormat2: uint16(r.u16(at + 6))}
	switch st.format {
	case 1:
		n := r.u16(at + 8)
		for i := 0; i < n; i++ {
			st.pairSets = append(st.pairSets, at+r.u16(at+10+2*i))
		}
	case 2:
		st.classDef1, st.classDef2 = at+r.u16(at+8), at+r.u16(at+10)
		st.class1Count, st.class2Count = r.u16(at+12), r.u16(at+14)
		st.records = at + 16
		size := st.class1Count * st.class2Count * (valueSize(st.valueFormat1) + valueSize(st.valueFormat2))
		if st.records+size > len(r.b) {
			return st, false
		}
	default:
		return st, false
	}
	return st, r.ok
}

// valueSize is the size in bytes of a value record of the given format.
func valueSize(format uint16) int { return 2 * bits.OnesCount16(format) }

// xAdvance reads a value record's XAdvance (0 when the format has none).
func xAdvance(r *gposReader, record int, format uint16) int {
	if format&0x4 == 0 {
		return 0
	}
	return int(int16(r.u16(record + 2*bits.OnesCount16(format&0x3))))
}

// coverageIndex finds a glyph in a coverage table (formats 1 and 2).
func coverageIndex(r *gposReader, at int, glyph int) (int, bool) {
	switch r.u16(at) {
	case 1:
		n := r.u16(at + 2)
		i := sort.Search(n, func(i int) bool { return r.u16(at+4+2*i) >= glyph })
		if i < n && r.u16(at+4+2*i) == glyph {
			return i, r.ok
		}
	case 2:
		n := r.u16(at + 2)
		i := sort.Search(n, func(i int) bool { return r.u16(at+4+6*i+2) >= glyph })
		if i < n {
			rec := at + 4 + 6*i
			if start := r.u16(rec); start <= glyph {
				return r.u16(rec+4) + glyph - start, r.ok
			}
		}
	}
	return 0, false
}

// class finds a glyph's class in a class definition (formats 1 and 2);
// glyphs it does not list are class 0.
func class(r *gposReader, at int, glyph int) int {
	switch r.u16(at) {
	case 1:
		start, n := r.u16(at+2), r.u16(at+4)
		if glyph >= start && glyph < start+n {
			return r.u16(at + 6 + 2*(glyph-start))
		}
	case 2:
		n := r.u16(at + 2)
		i := sort.Search(n, func(i int) bool { return r.u16(at+4+6*i+2) >= glyph })
		if i < n {
			rec := at + 4 + 6*i
			if r.u16(rec) <= glyph {
				return r.u16(rec + 4)
			}
		}
	}
	return 0
}

// advanceAdjustment is how much the face's GPOS changes the advance of
// glyph left when glyph right follows, in font units: each lookup
// contributes through the first of its subtables that covers the pair.
func (p *gposPairs) advanceAdjustment(left, right uint16) int {
	r := &gposReader{b: p.table, ok: true}
	l, rt := int(left), int(right)
	total := 0
	for _, subtables := range p.lookups {
		for _, st := range subtables {
			idx, covered := coverageIndex(r, st.coverage, l)
			if !covered {
				continue
			}
			applied := false
			switch st.format {
			case 1:
				if idx >= len(st.pairSets) {
					break
				}
				set := st.pairSets[idx]
				recSize := 2 + valueSize(st.valueFormat1) + valueSize(st.valueFormat2)
				n := r.u16(set)
				i := sort.Search(n, func(i int) bool { return r.u16(set+2+recSize*i) >= rt })
				if i < n && r.u16(set+2+recSize*i) == rt {
					total += xAdvance(r, set+2+recSize*i+2, st.valueFormat1)
					applied = true
				}
			case 2:
				c1, c2 := class(r, st.classDef1, l), class(r, st.classDef2, rt)
				if c1 < st.class1Count && c2 < st.class2Count {
					size := valueSize(st.valueFormat1) + valueSize(st.valueFormat2)
					total += xAdvance(r, st.records+(c1*st.class2Count+c2)*size, st.valueFormat1)
					applied = true
				}
			}
			if !r.ok {
				return 0
			}
			if applied {
				break
			}
		}
	}
	return total
}
