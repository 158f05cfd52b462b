package layout

import (
	"cmp"
	"slices"

	"brochure/layout/typeset"
)

// overprintTolerance is how far one run may reach over the next on its
// line before the two count as printed over each other: half a point
// (lengths are in 1/65536 pt), for the rounding of positions.
const overprintTolerance typeset.Scaled = 1 << 15

// overprintedText reports, as WarnOverprint, text printed over text: a
// glyph run whose letters (from its baseline up to its face's capital
// height) meet those of a run before it, on its line or on another line
// whose letters reach down into its own — a caption moved over itself
// when its picture was set smaller; a heading's word wider than its
// column, run on over the next column's text. No setting of a line does
// that; a fault of the make-up does. One finding a line, on every page.
func (r *compositionReader) overprintedText() {
	var runs []*typeset.GlyphRun
	for i, p := range r.d.Pages {
		runs = runs[:0]
		for _, it := range p.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Width > 0 {
				runs = append(runs, g)
			}
		}
		// A page's runs mostly come in reading order already (one column):
		// a stable sort of sorted runs would still compare them n log n times.
		if !slices.IsSortedFunc(runs, byLine) {
			slices.SortStableFunc(runs, byLine)
		}
		reported := map[typeset.Scaled]bool{} // the lines found, by baseline
		for k, over := range runs {
			if reported[over.Y] {
				continue
			}
			if under := printedUnder(runs[:k], over); under != nil {
				reported[over.Y] = true
				r.add(WarnOverprint, i, over.Y-over.Size, over.Size*13/10, "text", r.whereOfRun(i, over),
					"text is printed over text on page %d: „%s“ stands on „%s“ before it", i+1,
					shortForMessage(over.Text), shortForMessage(under.Text))
			}
		}
	}
}

// printedUnder is the run of before (the runs before g on its page, by
// line) whose letters g's meet most widely, nil for none: on g's
// baseline, one that reaches right past g's start; on a line above whose
// baseline lies below the top of g's capitals, one that overlaps g
// across.
func printedUnder(before []*typeset.GlyphRun, g *typeset.GlyphRun) *typeset.GlyphRun {
	top := g.Y - typeset.OfEm(g.Face.CapHeight, g.Size)
	var under *typeset.GlyphRun
	var most typeset.Scaled
	for k := len(before) - 1; k >= 0; k-- {
		h := before[k]
		if h.Y < top-typeset.OfEm(1000, g.Size) {
			break // lines an em above and more: none reaches down so far
		}
		if h.Y <= top+overprintTolerance || h.Y == g.Y && g.X < h.X {
			continue
		}
		if across := min(g.X+g.Width, h.X+h.Width) - max(g.X, h.X); across > overprintTolerance && across > most {
			under, most = h, across
		}
	}
	return under
}

// byLine orders glyph runs by their baseline, then from left to right.
func byLine(a, b *typeset.GlyphRun) int { return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X)) }

// whereOfRun is the content position of the element a run belongs to,
// as the report's entry of its line on page i gives it.
func (r *compositionReader) whereOfRun(i int, g *typeset.GlyphRun) string {
	for _, p := range r.pages[i] {
		if h, ok := p.item.(*typeset.GlyphRun); ok && h.Elem == g.Elem && h.Y == g.Y {
			return r.whereOf(p)
		}
	}
	return ""
}
