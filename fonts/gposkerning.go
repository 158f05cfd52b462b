package fonts

import (
	"slices"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// gposPairs reads pair kerning straight from a face's GPOS table: the
// pair-adjustment lookups of the features HarfBuzz applies between two
// Latin letters ('kern' and 'dist'), for German or the script's default
// language. It gives what shaping the pair would give, without building a
// shaping buffer for every pair; faces whose positioning is more than
// pair adjustments are left to HarfBuzz.
type gposPairs struct {
	lookups []font.GPOSLookup // in the order they apply
}

// newGPOSPairs returns the face's pair lookups, or nil when the face must
// be shaped instead: no GPOS kerning (HarfBuzz then uses the legacy kern
// table), a required feature, or lookups of other kinds.
func newGPOSPairs(f *font.Font) *gposPairs {
	g := &f.GPOS
	if len(g.Lookups) == 0 {
		return nil
	}
	si := g.FindScript(ot.NewTag('l', 'a', 't', 'n'))
	if si < 0 {
		si = g.FindScript(ot.NewTag('D', 'F', 'L', 'T'))
	}
	if si < 0 {
		return nil
	}
	script := g.Scripts[si]
	lang := script.DefaultLangSys
	for i, rec := range script.LangSysRecords {
		if rec.Tag == ot.NewTag('D', 'E', 'U', ' ') {
			lang = &script.LangSys[i]
		}
	}
	if lang == nil || lang.RequiredFeatureIndex != 0xFFFF {
		return nil
	}
	var indices []int
	for _, fi := range lang.FeatureIndices {
		if int(fi) >= len(g.Features) {
			return nil
		}
		feat := g.Features[fi]
		if feat.Tag != ot.NewTag('k', 'e', 'r', 'n') && feat.Tag != ot.NewTag('d', 'i', 's', 't') {
			continue
		}
		for _, li := range feat.LookupListIndices {
			if int(li) >= len(g.Lookups) {
				return nil
			}
			indices = append(indices, int(li))
		}
	}
	if len(indices) == 0 {
		return nil
	}
	slices.Sort(indices)
	indices = slices.Compact(indices)
	p := &gposPairs{}
	for _, li := range indices {
		lk := g.Lookups[li]
		for _, st := range lk.Subtables {
			if _, ok := st.(tables.PairPos); !ok {
				return nil
			}
		}
		p.lookups = append(p.lookups, lk)
	}
	return p
}

// advanceAdjustment is how much the face's GPOS changes the advance of
// glyph left when glyph right follows, in font units: each lookup
// contributes through the first of its subtables that covers the pair.
func (p *gposPairs) advanceAdjustment(left, right tables.GlyphID) int {
	total := 0
	for _, lk := range p.lookups {
		for _, st := range lk.Subtables {
			pp := st.(tables.PairPos)
			idx, covered := pp.Data.Cov().Index(left)
			if !covered {
				continue
			}
			applied := false
			switch d := pp.Data.(type) {
			case tables.PairPosData1:
				if idx < len(d.PairSets) {
					if rec, ok := d.PairSets[idx].FindGlyph(right); ok {
						total += int(rec.ValueRecord1.XAdvance)
						applied = true
					}
				}
			case tables.PairPosData2:
				c1, _ := d.ClassDef1.Class(left)
				c2, _ := d.ClassDef2.Class(right)
				if int(c1) < d.ClassDef1.Extent() && int(c2) < d.ClassDef2.Extent() {
					total += int(d.Record(c1, c2).ValueRecord1.XAdvance)
					applied = true
				}
			}
			if applied {
				break
			}
		}
	}
	return total
}
