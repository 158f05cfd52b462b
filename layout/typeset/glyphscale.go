package typeset

// Glyph-scale smoothing. Glyphs take a justified line's adjustment first
// (font expansion, within the limit), so a line set 2 % wide may follow
// one set 2 % narrow: a change of glyph width the eye notices in the
// block. The breaker already weighs such jumps (BreakParams'
// ScaleJumpDemerits); once the breaks are chosen, each line's scale can
// still move within a band, giving a little of its adjustment to its
// spaces or taking a little from them, towards its neighbours'.
//
// The band: a line's glyphs may take more than glyph first gives them,
// so that its spaces shrink by at most smoothingAllowance per cent of
// their natural width (never past their shrink), or less, so that its
// spaces widen by at most smoothingWiden per cent: a little tight reads
// better than a little loose, and loose lines are what the widest gaps
// are made of. The glyphs stay within the expansion limit.
//
// The scales then minimise, by Gauss–Seidel sweeps in integer arithmetic
// (the same pages on every machine), the squared distance of each line
// from its glyph-first scale plus smoothingWeight times the square of
// what each difference between neighbouring lines exceeds smoothingFree
// by. Differences the eye does not see cost nothing, so most lines keep
// the even spaces glyph first gives them, and only the few jumps past
// smoothingFree are evened out, as far as the band allows. The lines
// before the first and after the last (a heading, the previous
// paragraph's unjustified last line) count as unscaled.

// smoothingAllowance is how far, in per cent of their natural width, the
// spaces of a line may shrink so that its glyph scale nears its
// neighbours'.
const smoothingAllowance = 30

// smoothingWiden is how far, in per cent of their natural width, they
// may widen for the same.
const smoothingWiden = 1

// smoothingFree is the difference of glyph scale between neighbouring
// lines, in ten-thousandths, that costs nothing (1.7 %): the smoothing
// works on the jumps above it, which keeps 95 % of them under 2 % on long
// text (docs/typography).
const smoothingFree = 170

// smoothingWeight weighs the excess of a jump over smoothingFree against
// a line's distance from its glyph-first scale.
const smoothingWeight = 10

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
			if s := bestScale(f, prev, next); s != f.scale {
				f.scale, changed = s, true
			}
		}
		if !changed {
			break
		}
	}
}

// bestScale is the scale in f's band that minimises the line's share of
// the smoothing's cost: smoothingWeight times the square of what each
// neighbour difference exceeds smoothingFree by, plus the square of the
// distance from glyph first. The cost is convex, so the scale is where
// its slope turns from negative to positive, found by bisection.
func bestScale(f *lineFit, prev, next int64) int64 {
	slope := func(s int64) int64 {
		return smoothingWeight*(excess(s-prev)+excess(s-next)) + (s - f.glyphFirst)
	}
	lo, hi := f.lo, f.hi
	for lo < hi {
		mid := lo + (hi-lo)/2
		if slope(mid) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// excess is how far a difference of glyph scale d goes past
// smoothingFree, with its sign.
func excess(d int64) int64 {
	switch {
	case d > smoothingFree:
		return d - smoothingFree
	case d < -smoothingFree:
		return d + smoothingFree
	}
	return 0
}

// scaleBand is the range of glyph scales (ten-thousandths off 100 %) a
// line may take: its glyph-first scale give or take what its spaces can
// give or take, within the expansion limit.
func scaleBand(f lineFit) (lo, hi int64) {
	if f.capacity <= 0 || f.boxes <= 0 {
		return f.glyphFirst, f.glyphFirst
	}

	room := ScaleBy(f.glue, smoothingAllowance, 100)
	widen := ScaleBy(f.glue, smoothingWiden, 100)
	glyphs := ScaleBy(f.boxes, f.glyphFirst, 10000) // the glyph-first width change
	// Glyphs wider than glyph first take from the spaces, which may not
	// shrink past their shrink.
	spacesLeft := f.extra - glyphs // what glyph first leaves the spaces
	more := min(room, f.capacity-glyphs)
	if f.shrinking || spacesLeft <= 0 {
		more = min(more, max(0, f.gluePool+spacesLeft))
	}
	less := min(widen, f.capacity+glyphs)
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
