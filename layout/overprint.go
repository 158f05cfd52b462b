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
// glyph run that begins on its line before a run left of it ends. No
// setting of a line does that; a fault of the make-up does (a caption
// moved over itself when its picture was set smaller). One finding a
// line, on every page.
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
		for k := 0; k < len(runs); {
			line := k
			reach := runs[k] // the run that reaches furthest right so far
			var over, under *typeset.GlyphRun
			for k++; k < len(runs) && runs[k].Y == runs[line].Y; k++ {
				if over == nil && runs[k].X < reach.X+reach.Width-overprintTolerance {
					over, under = runs[k], reach
				}
				if runs[k].X+runs[k].Width > reach.X+reach.Width {
					reach = runs[k]
				}
			}
			if over != nil {
				r.add(WarnOverprint, i, over.Y-over.Size, over.Size*13/10, "text", r.whereOfRun(i, over),
					"text is printed over text on page %d: „%s“ stands on „%s“ before it on its line", i+1,
					shortForMessage(over.Text), shortForMessage(under.Text))
			}
		}
	}
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
