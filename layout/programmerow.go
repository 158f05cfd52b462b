package layout

import (
	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// programmeTimeCell says how a row sets its time cell: show the time (a
// row that shares the cell of the row above shows none and has no time
// cell in the structure), span the rows of a shared cell (with
// „parallel“ under the time; 0 for a cell of its own), and rule only
// under the title column (a row followed by one that shares its time).
type programmeTimeCell struct {
	show          bool
	span          int
	ruleUnderText bool
	// date is the item's day in a series („18. Januar“), set above its
	// time; "" otherwise.
	date string
}

// programmeRowSet is a set row: its box, the baseline of its first line
// from the row's top, and whether its text is tall enough to take a
// time with „parallel“ under it in its time cell.
type programmeRowSet struct {
	box      typeset.VNode
	baseline typeset.Scaled
	roomy    bool
}

// programmeRow sets one agenda item as a table row (a TR under body):
// the time on the title's first baseline, the title, speakers and note
// beside it, and a rule below. The „parallel“ of a shared time cell may
// hang below a row of one line into the empty time cell of the next.
func (c *composer) programmeRow(item content.ProgrammeItem, where string, body *typeset.StructElement, cols programmeColumns, cell programmeTimeCell) programmeRowSet {
	th := c.th
	tr := body.Child(typeset.RoleTR)
	var timeCell *typeset.StructElement
	if cell.show {
		timeCell = tr.Child(typeset.RoleTD)
		if cell.span > 1 {
			timeCell.SetRowSpan(cell.span)
		}
	}
	textCell := tr.Child(typeset.RoleTD)
	top := typeset.Pt(5)
	text := c.programmeItemText(item, where, textCell, cols)
	set := programmeRowSet{baseline: top + th.Body.Leading, roomy: typeset.StackHeight(text) >= th.Body.Leading+th.Caption.Leading}
	var items []typeset.Item
	for n, it := range flatten(text) {
		typeset.MoveDown(it, top)
		if g, ok := it.(*typeset.GlyphRun); ok && n == 0 {
			set.baseline = g.Y // the time stands on the title's first baseline
		}
		items = append(items, it)
	}
	timeHeight := th.Body.Leading
	if cell.show {
		timeRun := c.programmeTime(cell, item.Time, cell.span > 1, cols, set.baseline)
		tagItems(timeRun, timeCell)
		items = append(timeRun, items...)
		if cell.date != "" {
			timeHeight += th.Caption.Leading
		}
	}
	height := top + max(typeset.StackHeight(text), timeHeight) + typeset.Pt(5)
	ruleX, ruleW := cols.x, cols.width
	if cell.ruleUnderText {
		ruleX, ruleW = cols.textX, cols.textWidth
	}
	rule := &typeset.Rule{X: ruleX, Y: height - typeset.Pt(0.4), W: ruleW, H: typeset.Pt(0.4), Colour: th.Muted}
	rule.Artifact = typeset.DecorationArtifact
	items = append(items, rule)
	set.box = typeset.Box(height, items...)
	return set
}

// programmeTime sets a time cell's text on the given baseline: the time
// (under the cell's date in a series, muted in the caption style), and
// „parallel“ under it, likewise, for a time shared by parallel items
// where parallel is set.
func (c *composer) programmeTime(cell programmeTimeCell, time string, parallel bool, cols programmeColumns, baseline typeset.Scaled) []typeset.Item {
	th := c.th
	note := th.Caption
	note.Colour = th.Muted
	if cell.date != "" {
		run, _ := c.oneLine(plain(cell.date), th.Body, cols.x, baseline)
		at, _ := c.oneLine(plain(time), note, cols.x, baseline+note.Leading)
		return append(run, at...)
	}
	run, _ := c.oneLine(plain(time), th.Body, cols.x, baseline)
	if !parallel {
		return run
	}
	mark, _ := c.oneLine(plain("parallel"), note, cols.x, baseline+note.Leading)
	return append(run, mark...)
}

// programmeItemText sets an item's title (bold, balanced), its speakers
// and its note, each a paragraph in the text cell.
func (c *composer) programmeItemText(item content.ProgrammeItem, where string, textCell *typeset.StructElement, cols programmeColumns) []typeset.VNode {
	th := c.th
	text := tag(c.balancedText([]typeset.Span{{Text: item.Title, Style: fonts.Bold}}, th.Body, cols.textX, cols.textWidth, where+".title"), textCell.Child(typeset.RoleP))
	if len(item.Speakers) > 0 {
		spans := []typeset.Span{}
		for n, name := range item.Speakers {
			if n > 0 {
				spans = append(spans, typeset.Span{Text: ", "})
			}
			spans = append(spans, typeset.Span{Text: name, Name: true})
		}
		text = append(text, tag(c.displayText(spans, th.SpeakerRole, cols.textX, cols.textWidth, where+".speakers"), textCell.Child(typeset.RoleP))...)
	}
	if item.Note != "" {
		note := th.Caption
		note.Colour = th.Muted
		text = append(text, tag(c.balancedText(plain(item.Note), note, cols.textX, cols.textWidth, where+".note"), textCell.Child(typeset.RoleP))...)
	}
	return text
}
