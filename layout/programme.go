package layout

import (
	"fmt"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// programme sets a programme section's agenda as a table: times in a
// column of their own, flush left and aligned, beside each item's title,
// speakers and note; a rule under the header row and between rows. A row
// never breaks across pages, and a page that continues the table begins
// with its header row again (as an artifact: a screen reader hears it
// once). The structure is Table › THead › TR › TH, TBody › TR › TD.
func (c *composer) programme(i int, s content.Section, sect *typeset.StructElement) []typeset.VNode {
	th := c.th
	x, width := th.MarginLeft, th.ColumnWidth()
	timeWidth := c.measure(plain("00:00–00:00"), th.Body) + typeset.MM(5)
	if timeWidth > width/3 {
		timeWidth = width / 3
	}
	textX, textWidth := x+timeWidth, width-timeWidth
	cols := programmeColumns{x: x, width: width, textX: textX, textWidth: textWidth}
	table := sect.Child(typeset.RoleTable)

	headerRow := func(tr *typeset.StructElement) typeset.VNode {
		label := th.Label
		var items []typeset.Item
		for k, text := range []string{"Zeit", "Programmpunkt"} {
			cellX := []typeset.Scaled{x, textX}[k]
			run, _ := c.oneLine(plain(text), label, cellX, label.Size)
			if tr != nil {
				tagItems(run, tr.Child(typeset.RoleTH))
			} else {
				markArtifacts(run, typeset.PaginationArtifact)
			}
			items = append(items, run...)
		}
		rule := &typeset.Rule{X: x, Y: label.Leading + typeset.Pt(3), W: width, H: typeset.Pt(0.6), Colour: th.Accent}
		rule.Artifact = typeset.DecorationArtifact
		items = append(items, rule)
		return typeset.Box(label.Leading+typeset.Pt(6), items...)
	}
	header := func() []typeset.VNode { return []typeset.VNode{headerRow(nil)} }

	starts := dayStarts(s.Items)
	c.warnTimeGoingBack(i, s.Items, starts)
	v := []typeset.VNode{headerRow(table.Child(typeset.RoleTHead).Child(typeset.RoleTR))}
	body := table.Child(typeset.RoleTBody)
	for k, item := range s.Items {
		where := c.where(i, fmt.Sprintf(".items[%d]", k))
		row := c.programmeRow(item, where, body.Child(typeset.RoleTR), cols)
		pen := 0 // a page may break between rows
		if k > 0 {
			row.Header = header
		}
		if k == 0 || starts[k-1] {
			// The header row stays with the first row, and a day's first
			// row with the next: alone at a column's foot it would open a
			// day the column does not show.
			pen = typeset.Infinity
		}
		v = append(v, typeset.Penalty(pen))
		v = append(v, row)
	}
	return v
}

// programmeColumns are where a programme's rows set their cells: the
// table's left edge and width, and the column of the titles.
type programmeColumns struct {
	x, width         typeset.Scaled
	textX, textWidth typeset.Scaled
}

// programmeRow sets one agenda item as a table row: the time on the
// title's first baseline, the title, speakers and note beside it, and a
// rule below.
func (c *composer) programmeRow(item content.ProgrammeItem, where string, tr *typeset.StructElement, cols programmeColumns) typeset.VNode {
	th := c.th
	timeCell := tr.Child(typeset.RoleTD)
	textCell := tr.Child(typeset.RoleTD)
	top := typeset.Pt(5)
	var items []typeset.Item

	cell := tag(c.balancedText([]typeset.Span{{Text: item.Title, Style: fonts.Bold}}, th.Body, cols.textX, cols.textWidth, where+".title"), textCell.Child(typeset.RoleP))
	if len(item.Speakers) > 0 {
		spans := []typeset.Span{}
		for n, name := range item.Speakers {
			if n > 0 {
				spans = append(spans, typeset.Span{Text: ", "})
			}
			spans = append(spans, typeset.Span{Text: name, Name: true})
		}
		cell = append(cell, tag(c.displayText(spans, th.SpeakerRole, cols.textX, cols.textWidth, where+".speakers"), textCell.Child(typeset.RoleP))...)
	}
	if item.Note != "" {
		note := th.Caption
		note.Colour = th.Muted
		cell = append(cell, tag(c.balancedText(plain(item.Note), note, cols.textX, cols.textWidth, where+".note"), textCell.Child(typeset.RoleP))...)
	}
	baseline := top + th.Body.Leading
	for n, it := range flatten(cell) {
		typeset.MoveDown(it, top)
		if g, ok := it.(*typeset.GlyphRun); ok && n == 0 {
			baseline = g.Y // the time stands on the title's first baseline
		}
		items = append(items, it)
	}
	timeRun, _ := c.oneLine(plain(item.Time), th.Body, cols.x, baseline)
	tagItems(timeRun, timeCell)
	items = append(timeRun, items...)
	height := top + max(typeset.StackHeight(cell), th.Body.Leading) + typeset.Pt(5)
	rule := &typeset.Rule{X: cols.x, Y: height - typeset.Pt(0.4), W: cols.width, H: typeset.Pt(0.4), Colour: th.Muted}
	rule.Artifact = typeset.DecorationArtifact
	items = append(items, rule)
	return typeset.Box(height, items...)
}
