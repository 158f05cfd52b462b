package fonts

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/go-text/typesetting/di"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// pairKerning answers kerning questions for one face: from the GPOS pair
// lookups directly when that is all the face's kerning is, otherwise by
// shaping the pair with HarfBuzz (which also reads the legacy kern table)
// and caching the answer. Ligatures are switched off so each character
// keeps its own glyph, which is what the PDF's character-to-glyph map
// draws.
type pairKerning struct {
	face *Face
	// gposTable is the face's GPOS table; gpos, read from it at first
	// need (pairs), reads the pairs directly when the face's kerning is
	// plain GPOS pair adjustment (nil otherwise): the same answers, a
	// hundred times faster than shaping each pair. An embedded face
	// answers Latin-1 pairs from its table and may never need it.
	gposTable []byte
	gposOnce  sync.Once
	gpos      *gposPairs
	mu        sync.Mutex
	cache     map[[2]rune]int16 // pairs beyond the Latin runes
	shaper    shaping.HarfbuzzShaper
	// latin caches the pairs of Latin runes without a lock (known + the
	// kern once looked up, 0 before): a row for each left rune, made at
	// its first pair, so a face keeps only the rows its text uses.
	latin [latinRunes]atomic.Pointer[[latinRunes]atomic.Int32]
	// table, when tabled (an embedded face), answers for the pairs of
	// Latin runes instead of latin: their kerning read from the font when
	// the program was made, so a build neither looks them up nor
	// allocates rows. rows[l] is where left rune l's pairs start in it
	// (in pairs), rows[l+1] where they end.
	table  kernTable
	rows   [latinRunes + 1]uint16
	tabled bool
}

// kernTable lists the non-zero kerning between the runes below
// latinRunes: left, right (a byte each) and the kern in thousandths of
// an em (big-endian int16), ascending by left and then right; a pair not
// listed kerns 0.
type kernTable string

// kernPairSize is the size of a pair in a kernTable.
const kernPairSize = 4

// useTable has k answer for the Latin runes' pairs from t, read from the
// face when the program was made.
func (k *pairKerning) useTable(t string) {
	k.table, k.tabled = kernTable(t), true
	at := 0
	for l := range latinRunes {
		k.rows[l] = uint16(at)
		for at < len(t)/kernPairSize && int(t[kernPairSize*at]) == l {
			at++
		}
	}
	k.rows[latinRunes] = uint16(at)
}

// tableKern is the kern between two Latin runes from the table.
func (k *pairKerning) tableKern(left, right rune) int {
	row := k.table[kernPairSize*int(k.rows[left]) : kernPairSize*int(k.rows[left+1])]
	for ; len(row) >= kernPairSize; row = row[kernPairSize:] {
		if r := rune(row[1]); r >= right {
			if r > right {
				return 0
			}
			return int(int16(uint16(row[2])<<8 | uint16(row[3])))
		}
	}
	return 0
}

func newPairKerning(f *Face, gposTable []byte) *pairKerning {
	return &pairKerning{face: f, gposTable: gposTable, cache: map[[2]rune]int16{}}
}

// pairs is the face's GPOS pair lookups, read on first use; nil when the
// face's kerning must be shaped.
func (k *pairKerning) pairs() *gposPairs {
	k.gposOnce.Do(func() { k.gpos = newGPOSPairs(k.gposTable) })
	return k.gpos
}

// maxKernCache bounds the pairs a face remembers (text in many scripts
// could otherwise grow it without end).
const maxKernCache = 1 << 16

// shapeSize is the size pairs are shaped at: large, so that the rounding of
// 26.6 fixed-point advances stays far below a thousandth of an em.
const shapeSize = 2048

var noLigatures = []shaping.FontFeature{
	{Tag: ot.MustNewTag("liga"), Value: 0},
	{Tag: ot.MustNewTag("clig"), Value: 0},
	{Tag: ot.MustNewTag("kern"), Value: 1},
}

func (k *pairKerning) between(left, right rune) int {
	if left == ' ' || right == ' ' {
		return 0
	}
	if uint32(left) < latinRunes && uint32(right) < latinRunes {
		if k.tabled {
			return k.tableKern(left, right)
		}
		row := k.latin[left].Load()
		if row == nil {
			k.latin[left].CompareAndSwap(nil, new([latinRunes]atomic.Int32))
			row = k.latin[left].Load()
		}
		entry := &row[right]
		if v := entry.Load(); v != 0 {
			return int(v - known)
		}
		k.mu.Lock()
		v := k.lookUp(left, right)
		k.mu.Unlock()
		entry.Store(int32(v) + known)
		return v
	}
	key := [2]rune{left, right}
	k.mu.Lock()
	defer k.mu.Unlock()
	if v, ok := k.cache[key]; ok {
		return int(v)
	}
	v := k.lookUp(left, right)
	if len(k.cache) < maxKernCache {
		k.cache[key] = int16(v)
	}
	return v
}

// lookUp reads the kern between left and right from the GPOS pairs or
// by shaping them (under k.mu: the shaper is not safe for concurrent use).
func (k *pairKerning) lookUp(left, right rune) int {
	var v int
	if gpos := k.pairs(); gpos != nil {
		l, okl := k.face.Glyph(left)
		r, okr := k.face.Glyph(right)
		if okl && okr {
			v = k.face.thousandths(float64(gpos.advanceAdjustment(l, r)))
		}
	} else {
		v = k.shapePair(left, right)
	}
	return v
}

// shapePair shapes "left right" and returns how far the first glyph's
// shaped advance differs from its nominal advance.
func (k *pairKerning) shapePair(left, right rune) int {
	f := k.face
	if !f.Has(left) || !f.Has(right) {
		return 0
	}
	out := k.shaper.Shape(shaping.Input{
		Text:         []rune{left, right},
		RunStart:     0,
		RunEnd:       2,
		Direction:    di.DirectionLTR,
		Face:         f.goText(),
		FontFeatures: noLigatures,
		Size:         fixed.I(shapeSize),
		Script:       language.Latin,
		Language:     language.NewLanguage("de"),
	})
	if len(out.Glyphs) != 2 {
		return 0
	}
	shaped := float64(out.Glyphs[0].Advance) / 64 // 26.6 → units at shapeSize
	gid, _ := f.goText().NominalGlyph(left)
	nominal := float64(f.goText().HorizontalAdvance(gid)) * shapeSize / f.upem
	return int(math.Round((shaped - nominal) * 1000 / shapeSize))
}
