package typeset

// Glyph-scale smoothing. Glyphs take a justified line's adjustment first
// (font expansion, within the limit), so a line set 2 % wide may follow
// one set 2 % narrow: a change of glyph width the eye notices in the
// block. The breaker already weighs such jumps (BreakParams'
// ScaleJumpDemerits); once the breaks are chosen, each line's scale can
// still move within a band, giving a little of its adjustment to its
// spaces or taking a little from them, towards its neighbours'.
//
// The band: a line's glyphs may take a little more or less than glyph
// first gives them, so that its spaces move from what glyph first leaves
// them by at most smoothingAllowance per cent of their natural width, the
// glyphs stay within the expansion limit and the spaces never shrink past
// their shrink.
//
// The scales then minimise the sum of squared differences between
// neighbouring lines plus a pull towards glyph first (so that a run of
// similar lines keeps its even spaces), by Gauss–Seidel sweeps in integer
// arithmetic: the same pages on every machine. The lines before the first
// and after the last (a heading, the previous paragraph's unjustified last
// line) count as unscaled.

// smoothingAllowance is how far, in per cent of their natural width, the
// spaces of a line may move so that its glyph scale nears its
// neighbours'.
const smoothingAllowance = 10

// smoothingPull weighs the pull of each line towards its glyph-first
// scale against the two neighbour differences (in per cent).
const smoothingPull = 400

// smoothingSweeps bounds the sweeps; the scales settle well before.
const smoothingSweeps = 12

// smoothGlyphScales sets the scale of each fitted line of a paragraph.
func smoothGlyphScales(fits []lineFit) {
	for i := range fits {
		fits[i].lo, fits[i].hi = scaleBand(fits[i])
	}
	for range smoothingSweeps {
		changed := false
		for i := range fits {
			f := &fits[i]
			if f.lo == f.hi {
				continue
			}
			var prev, next int64
			if i > 0 {
				prev = fits[i-1].scale
			}
			if i+1 < len(fits) {
				next = fits[i+1].scale
			}
			s := divRound((prev+next)*100+smoothingPull*f.glyphFirst, 200+smoothingPull)
			s = max(f.lo, min(f.hi, s))
			if s != f.scale {
				f.scale, changed = s, true
			}
		}
		if !changed {
			break
		}
	}
}

// scaleBand is the range of glyph scales (ten-thousandths off 100 %) a
// line may take: its glyph-first scale give or take what its spaces can
// give or take, within the expansion limit.
func scaleBand(f lineFit) (lo, hi int64) {
	if f.capacity <= 0 || f.boxes <= 0 {
		return f.glyphFirst, f.glyphFirst
	}
	room := ScaleBy(f.glue, smoothingAllowance, 100)
	glyphs := ScaleBy(f.boxes, f.glyphFirst, 10000) // the glyph-first width change
	// Glyphs wider than glyph first take from the spaces, which may not
	// shrink past their shrink.
	spacesLeft := f.extra - glyphs // what glyph first leaves the spaces
	more := min(room, f.capacity-glyphs)
	if f.shrinking || spacesLeft <= 0 {
		more = min(more, max(0, f.gluePool+spacesLeft))
	}
	less := min(room, f.capacity+glyphs)
	if !f.shrinking && f.extra == 0 {
		less = min(less, f.gluePool)
	}
	lo = divRound(int64(glyphs-less)*10000, int64(f.boxes))
	hi = divRound(int64(glyphs+more)*10000, int64(f.boxes))
	return min(lo, f.glyphFirst), max(hi, f.glyphFirst)
}

func abs64[T ~int64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}
