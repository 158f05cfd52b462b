package layout

import (
	"fmt"

	"brochure/content"
	"brochure/fonts"
)

// programme sets a programme section's agenda as a table: times in a
// column of their own, flush left and aligned, beside each item's title,
// speakers and note; a rule under the header row and between rows. A row
// never breaks across pages, and a page that continues the table begins
// with its header row again (as an artifact: a screen reader hears it
// once). The structure is Table › THead › TR › TH, TBody › TR › TD.
func (c *composer) programme(i int, s content.Section, sect *StructElement) []VNode {
	th := c.th
	x, width := th.MarginLeft, th.ColumnWidth()
	timeWidth := measure(plain("00:00–00:00"), th.Body) + MM(5)
	if timeWidth > width/3 {
		timeWidth = width / 3
	}
	textX, textWidth := x+timeWidth, width-timeWidth
	table := sect.Child(RoleTable)

	headerRow := func(tr *StructElement) VNode {
		label := th.Label
		var items []Item
		for k, text := range []string{"Zeit", "Programmpunkt"} {
			cellX := []Scaled{x, textX}[k]
			run, _ := oneLine(plain(text), label, cellX, label.Size)
			if tr != nil {
				tagItems(run, tr.Child(RoleTH))
			} else {
				markArtifacts(run, PaginationArtifact)
			}
			items = append(items, run...)
		}
		rule := &Rule{X: x, Y: label.Leading + Pt(3), W: width, H: Pt(0.6), Colour: th.Accent}
		rule.Artifact = DecorationArtifact
		items = append(items, rule)
		return Box(label.Leading+Pt(6), items...)
	}
	header := func() []VNode { return []VNode{headerRow(nil)} }

	v := []VNode{headerRow(table.Child(RoleTHead).Child(RoleTR))}
	body := table.Child(RoleTBody)
	for k, item := range s.Items {
		where := c.where(i, fmt.Sprintf(".items[%d]", k))
		tr := body.Child(RoleTR)
		timeCell := tr.Child(RoleTD)
		textCell := tr.Child(RoleTD)
		top := Pt(5)
		var items []Item

		cell := tag(c.displayText([]Span{{Text: item.Title, Style: fonts.Bold}}, th.Body, textX, textWidth, where+".title"), textCell.Child(RoleP))
		if len(item.Speakers) > 0 {
			spans := []Span{}
			for n, name := range item.Speakers {
				if n > 0 {
					spans = append(spans, Span{Text: ", "})
				}
				spans = append(spans, Span{Text: name, Keep: true})
			}
			cell = append(cell, tag(c.displayText(spans, th.SpeakerRole, textX, textWidth, where+".speakers"), textCell.Child(RoleP))...)
		}
		if item.Note != "" {
			note := th.Caption
			note.Colour = th.Muted
			cell = append(cell, tag(c.displayText(plain(item.Note), note, textX, textWidth, where+".note"), textCell.Child(RoleP))...)
		}
		baseline := top + th.Body.Leading
		for n, it := range flatten(cell) {
			moveDown(it, top)
			if g, ok := it.(*GlyphRun); ok && n == 0 {
				baseline = g.Y // the time stands on the title's first baseline
			}
			items = append(items, it)
		}
		timeRun, _ := oneLine(plain(item.Time), th.Body, x, baseline)
		tagItems(timeRun, timeCell)
		items = append(timeRun, items...)
		height := top + max(stackHeight(cell), th.Body.Leading) + Pt(5)
		rule := &Rule{X: x, Y: height - Pt(0.4), W: width, H: Pt(0.4), Colour: th.Muted}
		rule.Artifact = DecorationArtifact
		items = append(items, rule)
		row := Box(height, items...)
		if k > 0 {
			row.Header = header
			v = append(v, Penalty(0)) // a page may break between rows
		} else {
			v = append(v, Penalty(Infinity)) // the header row stays with the first row
		}
		v = append(v, row)
	}
	return v
}
