package layout

import (
	"fmt"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// Speaker grids size their columns from their content: of the splits of
// the measure into two columns (in steps of gridStep), the one whose rows
// are lowest — each row as tall as its taller cell — wins, the most even
// split on a tie. A column with a portrait keeps at least
// minPortraitText for its text beside the photo; where two such columns
// do not fit, the portraits stand over their text in as many columns as
// fit (one speaker a row where not even two do). The search measures each
// speaker's text at each width once (cached); a grid whose even split is
// already as low as its cells can be is not searched at all.

// Speaker grid dimensions.
var (
	speakerGap      = typeset.MM(8)  // between two columns
	speakerRowGap   = typeset.Pt(8)  // between two rows
	stackedRowGap   = typeset.Pt(20) // between two rows whose portraits stand over their text (7 mm)
	portraitGap     = typeset.MM(4)  // between a portrait and its text
	minPortraitText = typeset.MM(45)
	minSpeakerText  = typeset.MM(30) // a column without a portrait
	minTwoUpMeasure = typeset.MM(100)
	gridStep        = typeset.MM(2)
)

// speakerColumns returns the widths of the speaker grid's columns: one
// (the whole measure), two, or, where two columns leave a portrait's text
// too narrow beside it, as many equal columns as fit with each portrait
// over its text (stackedColumns).
func (c *composer) speakerColumns(people []content.Person) []typeset.Scaled {
	widths, _ := c.speakerLayout(people)
	return widths
}

// speakerLayout is speakerColumns that also returns the speakers' texts
// as the search for two columns prepared them (nil where there was no
// search), for personCell to set: they are normalised and broken into
// their stages once.
func (c *composer) speakerLayout(people []content.Person) ([]typeset.Scaled, []personText) {
	total := c.th.ColumnWidth()
	if len(people) < 2 || total < minTwoUpMeasure {
		return []typeset.Scaled{total}, nil
	}
	avail := total - speakerGap
	lo, hi := c.columnMinimum(people, 0), avail-c.columnMinimum(people, 1)
	if lo > hi {
		// A portrait's text would be squeezed beside it: the portraits
		// stand over their text instead, in as many columns as fit.
		return stackedColumns(total, len(people)), nil
	}
	texts := make([]personText, len(people))
	for k, p := range people {
		texts[k] = c.newPersonText(p)
	}
	search := func() typeset.Scaled { return c.bestSplit(people, texts, avail, lo, hi) }
	var best typeset.Scaled
	if c.opts.Reuse != nil {
		best = c.opts.Reuse.split(c.gridKeyOf(people, texts, avail, lo, hi), search)
	} else {
		best = search()
	}
	return []typeset.Scaled{best, avail - best}, texts
}

// minStackedColumn is the narrowest column of a grid whose portraits
// stand over their text, and maxStackedColumns the most columns.
var (
	minStackedColumn  = typeset.MM(35)
	maxStackedColumns = 4
)

// stackedColumns is a grid of n speakers in equal columns, as many as fit
// at minStackedColumn and the speakers fill (up to maxStackedColumns):
// each cell a portrait with the name and role under it (personCell sets
// them so in a column too narrow for text beside the portrait). One
// column where not even two fit.
func stackedColumns(total typeset.Scaled, n int) []typeset.Scaled {
	cols := min(int((total+speakerGap)/(minStackedColumn+speakerGap)), maxStackedColumns, n)
	if cols < 2 {
		return []typeset.Scaled{total}
	}
	w := (total - speakerGap*typeset.Scaled(cols-1)) / typeset.Scaled(cols)
	widths := make([]typeset.Scaled, cols)
	for k := range widths {
		widths[k] = w
	}
	return widths
}

// bestSplit searches the first column's width, between lo and hi, whose
// rows are lowest.
func (c *composer) bestSplit(people []content.Person, texts []personText, avail, lo, hi typeset.Scaled) typeset.Scaled {
	heights := map[[2]int]typeset.Scaled{}
	aligned := [2]bool{columnHasPortrait(people, 0, 2), columnHasPortrait(people, 1, 2)}
	cell := func(k int, w typeset.Scaled) typeset.Scaled {
		key := [2]int{k, int(w)}
		h, ok := heights[key]
		if !ok {
			h = c.personHeight(people[k], texts[k], w, aligned[k%2])
			heights[key] = h
		}
		return h
	}
	cost := func(w0 typeset.Scaled) typeset.Scaled {
		var sum typeset.Scaled
		for k := 0; k < len(people); k += 2 {
			h := cell(k, w0)
			if k+1 < len(people) {
				h = max(h, cell(k+1, avail-w0))
			}
			sum += h
		}
		return sum
	}
	best := min(max(avail/2, lo), hi)
	bestCost := cost(best)
	var floor typeset.Scaled // no split can do better: each cell at its widest
	for k := 0; k < len(people); k += 2 {
		h := cell(k, hi)
		if k+1 < len(people) {
			h = max(h, cell(k+1, avail-lo))
		}
		floor += h
	}
	even := best
	for d := gridStep; bestCost > floor && (even-d >= lo || even+d <= hi); d += gridStep {
		for _, w := range []typeset.Scaled{even - d, even + d} {
			if w >= lo && w <= hi {
				if h := cost(w); h < bestCost {
					best, bestCost = w, h
				}
			}
		}
	}
	return best
}

// gridKeyOf is the key a carried grid split is kept by (gridKey).
func (c *composer) gridKeyOf(people []content.Person, texts []personText, avail, lo, hi typeset.Scaled) gridKey {
	style := func(st typeset.TextStyle) paragraphKey {
		var faces []typeset.Span // one span a face, so the key holds all four
		for s := range fonts.BoldItalic + 1 {
			faces = append(faces, typeset.Span{Style: s})
		}
		k := keyOf(faces, st, c.protrusionKey(st.Protrusion), c.hyph, 0, typeset.RaggedRight, displayParams(c.th, st))
		k.spans, k.display = "", true
		return k
	}
	var b strings.Builder
	for k, t := range texts {
		writeSpans(&b, t.name.spans)
		b.WriteByte(1)
		if t.about != nil {
			writeSpans(&b, t.about.spans)
		}
		b.WriteByte(1)
		photo := typeset.Scaled(-1)
		if people[k].Photo != nil {
			photo = c.portraitHeight(people[k].Photo)
		}
		fmt.Fprintf(&b, "%d\x02", photo)
	}
	return gridKey{name: style(c.th.SpeakerName), role: style(c.th.SpeakerRole), people: b.String(),
		avail: avail, lo: lo, hi: hi, photo: c.th.PhotoWidth, photoGap: portraitGap}
}

// columnMinimum is the narrowest the grid's column col (0 or 1) may be:
// room for a portrait and minPortraitText beside it if any speaker in it
// has one.
func (c *composer) columnMinimum(people []content.Person, col int) typeset.Scaled {
	if columnHasPortrait(people, col, 2) {
		return max(minSpeakerText, c.th.PhotoWidth+portraitGap+minPortraitText)
	}
	return minSpeakerText
}

// columnHasPortrait reports whether column col of a grid of perRow
// columns, filled row by row, holds a speaker with a portrait.
func columnHasPortrait(people []content.Person, col, perRow int) bool {
	for k := col; k < len(people); k += perRow {
		if people[k].Photo != nil {
			return true
		}
	}
	return false
}

// textIndent is how far a speaker's text stands from the left edge of
// a grid cell of the width: past the portrait where one stands beside
// it, and as far for a speaker without one in a column whose portraits
// stand beside their text (aligned), so the names of a column line up.
func (c *composer) textIndent(p content.Person, width typeset.Scaled, aligned bool) typeset.Scaled {
	if (p.Photo != nil || aligned) && c.portraitBeside(width) {
		return c.th.PhotoWidth + portraitGap
	}
	return 0
}

// portraitBeside reports whether a cell of the width sets its portrait
// beside the text (else above it): where the text keeps minPortraitText.
func (c *composer) portraitBeside(width typeset.Scaled) bool {
	return width-c.th.PhotoWidth-portraitGap >= minPortraitText
}

// personText is a speaker's name and „Rolle, Organisation“ prepared for
// measuring in many widths.
type personText struct {
	name, about *gridText // about is nil when there is none
}

// gridText is display text measured in the grid's many widths. Most of
// it (a name, a short role) is one line in every width the search tries:
// where its natural width fits, its height is one line without running
// the line breaker, which would find the same one line (its last line
// costs nothing, and no break inside it is forced or rewarded, so any
// break would only add a line's demerits).
type gridText struct {
	*preparedDisplay
	natural  typeset.Scaled // the width of its one line
	single   bool           // whether it is one line wherever natural fits
	measured bool           // whether natural and single are known
}

// newGridText prepares display text for the grid; measure measures it.
func newGridText(d *preparedDisplay) *gridText {
	return &gridText{preparedDisplay: d}
}

// measure measures the text's one line: the first stage's paragraph is
// the same in every width.
func (t *gridText) measure() {
	if t.measured {
		return
	}
	t.stageParagraph(wordsOnly, 0)
	t.natural, t.single = oneLineWidth(t.paras[wordsOnly].Nodes)
	t.measured = true
}

// oneLineWidth is the natural width of a paragraph's nodes set on one
// line, and whether that one line is what the breaker makes of them
// wherever it fits: there is some text, and the only forced break and the
// only break with a negative cost is the paragraph's end.
func oneLineWidth(nodes []typeset.Node) (typeset.Scaled, bool) {
	var w typeset.Scaled
	boxes := false
	for k, n := range nodes {
		switch n.Kind {
		case typeset.BoxNode:
			w += n.Width
			boxes = true
		case typeset.GlueNode:
			w += n.Width
		case typeset.PenaltyNode:
			if n.Penalty < 0 && k != len(nodes)-1 {
				return 0, false
			}
		}
	}
	return w, boxes
}

// height is the text's height in the width: one line where its natural
// width fits, else as the display-break rule breaks it.
func (t *gridText) height(width typeset.Scaled) typeset.Scaled {
	t.measure()
	if t.single && t.natural <= width {
		return t.st.Leading
	}
	return t.preparedDisplay.height(width)
}

// newPersonText prepares a speaker's lines from the same spans personCell
// sets (nameSpans), so the grid is sized for the lines it gets. They are
// normalised here and measured when first asked their height.
func (c *composer) newPersonText(p content.Person) personText {
	t := personText{name: newGridText(c.newPreparedDisplay(nameSpans(p), c.th.SpeakerName))}
	if about := roleAndOrganisation(p); about != "" {
		t.about = newGridText(c.newPreparedDisplay(plain(about), c.th.SpeakerRole))
	}
	return t
}

// nameSpans is a speaker's name as set in its cell: a name, which breaks
// only where the display-break rule lets names break.
func nameSpans(p content.Person) []typeset.Span {
	return []typeset.Span{{Text: p.Name, Name: true}}
}

// personHeight is the height personCell gives a speaker in a cell of the
// width, measured without setting the cell.
func (c *composer) personHeight(p content.Person, t personText, width typeset.Scaled, aligned bool) typeset.Scaled {
	var photo typeset.Scaled
	beside := false
	if p.Photo != nil {
		photo = c.portraitHeight(p.Photo)
		beside = c.portraitBeside(width)
	}
	width -= c.textIndent(p, width, aligned)
	text := t.name.height(width)
	if t.about != nil {
		text += t.about.height(width)
	}
	switch {
	case beside:
		return max(text, photo)
	case p.Photo != nil:
		return photo + portraitGap + text
	}
	return text
}
