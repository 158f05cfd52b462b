package layout

// Align says how lines of a paragraph meet the right margin.
type Align uint8

// Line alignments.
const (
	Justified   Align = iota // glue stretches or shrinks to fill every line but the last
	RaggedRight              // glue keeps its natural width; lines end where they end
)

// Page-break penalties between the lines of a paragraph, after TeX.
const (
	// ClubPenalty and WidowPenalty forbid a page break after a paragraph's
	// first line and before its last: German practice allows neither.
	ClubPenalty   = Infinity
	WidowPenalty  = Infinity
	BrokenPenalty = 100 // a page break after a hyphenated line
)

// SetParagraph breaks p into lines of the given width (starting at x on
// the page) and returns them as vertical boxes of the style's leading, with
// penalties between them that keep at least two lines together at either
// end. It also returns the chosen lines for inspection.
func SetParagraph(p *Paragraph, x, width Scaled, align Align, params BreakParams) ([]VNode, []Line) {
	if align == RaggedRight {
		params.RightSkipStretch = 3 * p.Base.Size
	}
	lines := BreakLines(p.Nodes, func(int) Scaled { return width }, params)
	var out []VNode
	for i, ln := range lines {
		if i > 0 {
			pen := 0
			if i == 1 {
				pen = ClubPenalty
			}
			if i == len(lines)-1 {
				pen = WidowPenalty
			}
			if lines[i-1].Hyphenated && pen < Infinity {
				pen += BrokenPenalty
			}
			out = append(out, Penalty(pen))
		}
		items := setLine(p.Nodes, ln, x, width, p.Base.Leading, align, i == len(lines)-1)
		out = append(out, Box(p.Base.Leading, items...))
	}
	return out, lines
}

// setLine positions the boxes of one line; the baseline lies at the
// bottom of the line's box (the leading above it holds the text).
func setLine(nodes []Node, ln Line, x, width, leading Scaled, align Align, last bool) []Item {
	start := ln.Start
	for start < ln.End && nodes[start].Kind != BoxNode {
		start++ // glue and penalties vanish at a line's start
	}
	end := ln.End // the break node; a penalty there may add a hyphen
	natural, stretch, shrink := Scaled(0), Scaled(0), Scaled(0)
	fil := false
	for i := start; i < end; i++ {
		n := nodes[i]
		switch n.Kind {
		case BoxNode:
			natural += n.Width
		case GlueNode:
			natural += n.Width
			stretch += n.Stretch
			shrink += n.Shrink
			fil = fil || n.Fil
		}
	}
	brk := nodes[end]
	if brk.Kind == PenaltyNode && brk.Width > 0 {
		natural += brk.Width
	}
	// Distribute the difference over the glue in proportion to its
	// stretch (or shrink), exactly, in integers: the last glue takes the
	// remainder so the line ends precisely at the margin.
	// Any line too long for the measure shrinks its glue (the breaker
	// chose it counting on that); only justified lines other than a
	// paragraph's last also stretch.
	extra := width - natural
	pool := Scaled(0)
	switch {
	case extra < 0:
		pool = shrink
		if -extra > shrink {
			extra = -shrink // overfull: shrink no further than allowed
		}
	case align == Justified && !fil && !last:
		pool = stretch
	default:
		extra = 0
	}
	var items []Item
	pos := x
	distributed, seen := Scaled(0), Scaled(0)
	for i := start; i < end; i++ {
		n := nodes[i]
		switch n.Kind {
		case BoxNode:
			items = appendBox(items, n, pos, leading)
			pos += n.Width
		case GlueNode:
			g := n.Width
			if pool > 0 {
				share := n.Stretch
				if extra < 0 {
					share = n.Shrink
				}
				seen += share
				target := scaleBy(extra, int64(seen), int64(pool))
				g += target - distributed
				distributed = target
			}
			pos += g
		}
	}
	if brk.Kind == PenaltyNode && end > 0 && nodes[end-1].Kind == BoxNode && nodes[end-1].TrailingKern != 0 {
		// Broken inside a word: the kern to the next piece does not apply.
		for k := len(items) - 1; k >= 0; k-- {
			if run, ok := items[k].(*GlyphRun); ok {
				run.Kern = append([]int(nil), run.Kern...)
				run.Kern[len(run.Kern)-1] = 0
				run.Width -= nodes[end-1].TrailingKern
				break
			}
		}
		pos -= nodes[end-1].TrailingKern
	}
	if brk.Kind == PenaltyNode && brk.Text != "" {
		items = appendBox(items, Node{Kind: BoxNode, Width: brk.Width, Text: brk.Text, Face: brk.Face,
			Size: brk.Size, Style: brk.Style}, pos, leading)
	}
	return items
}

// appendBox adds a box's glyph run (and link area) at x on the baseline.
func appendBox(items []Item, n Node, x, baseline Scaled) []Item {
	if n.Text == "" {
		return items
	}
	items = append(items, &GlyphRun{X: x, Y: baseline, Face: n.Face, Size: n.Size, Text: n.Text, Kern: n.Kern,
		Tracking: n.Tracking, Colour: n.Colour, Width: n.Width})
	if n.URL != "" {
		asc := ofEm(n.Face.Ascent, n.Size)
		desc := ofEm(-n.Face.Descent, n.Size)
		items = append(items, &LinkArea{X: x, Y: baseline - asc, W: n.Width, H: asc + desc, URL: n.URL})
	}
	return items
}
