package layout

import (
	"cmp"
	"slices"

	"brochure/layout/typeset"
)

// overprintTolerance is how far one run may reach over the next on its
// line before the two count as printed over each other: a hair, for the
// rounding of positions.
var overprintTolerance = typeset.Pt(0.5)

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
		slices.SortStableFunc(runs, func(a, b *typeset.GlyphRun) int { return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X)) })
		for k := 0; k < len(runs); {
			line := k
			right, over := runs[k].X+runs[k].Width, -1
			for k++; k < len(runs) && runs[k].Y == runs[line].Y; k++ {
				if over < 0 && runs[k].X < right-overprintTolerance {
					over = k
				}
				right = max(right, runs[k].X+runs[k].Width)
			}
			if over >= 0 {
				g := runs[over]
				r.add(WarnOverprint, i, g.Y-g.Size, g.Size*13/10, "text", r.whereOfRun(i, g),
					"text is printed over text on page %d: „%s“ stands on „%s“ before it on its line", i+1,
					shortForMessage(g.Text), shortForMessage(runs[over-1].Text))
			}
		}
	}
}

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
