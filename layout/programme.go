package layout

import (
	"fmt"

	"brochure/content"
	"brochure/layout/typeset"
)

// programme sets a programme section's agenda (see programmePlan for
// how its days and times decide the tables).
func (c *composer) programme(i int, s content.Section, sect *typeset.StructElement) []typeset.VNode {
	plan := c.planProgramme(i, s.Items)
	var v []typeset.VNode
	for n, d := range plan.days {
		if plan.dayHeadings {
			where := c.where(i, fmt.Sprintf(".items[%d].day", d.from))
			v = append(v, c.programmeDayHeading(d.day, plan.withYear, n == 0, sect.Child(typeset.RoleH3), plan.cols, where)...)
		}
		v = append(v, c.programmeTable(i, s.Items, d, sect.Child(typeset.RoleTable), plan)...)
	}
	return v
}

// programmeColumns are where a programme's rows set their cells: the
// table's left edge and width, and the column of the titles.
type programmeColumns struct {
	x, width         typeset.Scaled
	textX, textWidth typeset.Scaled
}

// programmeColumns gives the first column the width of the widest of
// labels (a time range, or the dates of a series) and 5 mm, at most a
// third of the column.
func (c *composer) programmeColumns(labels []string) programmeColumns {
	th := c.th
	x, width := th.MarginLeft, th.ColumnWidth()
	first := c.measure(plain("00:00–00:00"), th.Body)
	for _, l := range labels {
		first = max(first, c.measure(plain(l), th.Body))
	}
	first += typeset.MM(5)
	if first > width/3 {
		first = width / 3
	}
	return programmeColumns{x: x, width: width, textX: x + first, textWidth: width - first}
}

// programmeTable sets one day's items (all items of a programme set as
// one table) as a table: times in a column of their own, flush left and
// aligned, beside each item's title, speakers and note; a rule under the
// header row and between rows. Items at the same time (parallel forums)
// share one time cell (programmeSlots). A row never breaks across pages,
// and a page that continues the table begins with its header row again,
// under its day where the programme is set by days (continuedHeader; as
// artifacts: a screen reader hears them once). The structure is
// Table › THead › TR › TH, TBody › TR › TD.
func (c *composer) programmeTable(i int, items []content.ProgrammeItem, d programmeDay, table *typeset.StructElement, plan programmePlan) []typeset.VNode {
	header := func() []typeset.VNode { return c.continuedHeader(plan, d) }
	starts := dayStarts(items[d.from:d.to])
	v := []typeset.VNode{c.programmeHeaderRow(table.Child(typeset.RoleTHead).Child(typeset.RoleTR), plan)}
	body := table.Child(typeset.RoleTBody)
	slots := c.programmeSlots(i, items, d, body, plan)
	for _, slot := range slots {
		for n, row := range slot.rows {
			k := slot.first + n
			if k > 0 && row.Header == nil {
				row.Header = header
			}
			v = append(v, typeset.Penalty(rowBreak(k, n, d.to-d.from, slot, starts, plan)), row)
		}
	}
	return v
}

// rowBreak is the penalty of a page break before row k of a day's rows
// (n-th of its time slot's). A page may break between time slots; not
// between the header row and the first row, nor after a row that begins
// a day in a table of several (alone at a column's foot it would open a
// day the column does not show), nor after a shared time's first row
// of one line (slot.kept); between parallel rows at parallelBreak. The
// last row carried alone to the next column, under the repeated header,
// costs rowAloneBreak; so does, in a programme set a table a day under
// the day's title, the first row opening the day alone at a column's
// foot: the day begins and ends with company where it can.
func rowBreak(k, n, rows int, slot programmeSlot, starts []bool, plan programmePlan) int {
	dayEnd := plan.dayHeadings && (k == 1 || k == rows-1)
	if k == 0 || n == 1 && slot.kept || starts[k-1] && !plan.dated && !(dayEnd && k == 1) {
		return typeset.Infinity
	}
	pen := 0
	if n > 0 {
		pen = parallelBreak
	}
	if dayEnd || k == rows-1 {
		pen = max(pen, rowAloneBreak)
	}
	return pen
}

// rowAloneBreak is the cost of a column that ends before a table's last
// row, which then stands alone under the repeated header, or after a
// day's first row: about what a column a fifth empty costs, so the row
// goes with its neighbours where a column may end a row or two short.
// At 1000, and for a table's last row not at all, the probers' Jahres-
// tagung and Fachkonferenz carried their last row alone to the next
// column or page under „(Fortsetzung)“; at 3000 they still did, and a
// three-day congress opened its last day with one row at a column's
// foot instead of ending it with one.
const rowAloneBreak = 6000

// programmeHeaderRow is the table's header row, „Zeit“ (or „Termin“ for
// a series) and „Programmpunkt“ over an accent rule: tagged as TH cells
// under tr, or an artifact where a continued table repeats it (tr nil).
func (c *composer) programmeHeaderRow(tr *typeset.StructElement, plan programmePlan) typeset.VNode {
	label, cols := c.th.Label, plan.cols
	first := "Zeit"
	if plan.dated {
		first = "Termin"
	}
	var items []typeset.Item
	for k, text := range []string{first, "Programmpunkt"} {
		cellX := []typeset.Scaled{cols.x, cols.textX}[k]
		run, _ := c.oneLine(plain(text), label, cellX, label.Size)
		if tr != nil {
			tagItems(run, tr.Child(typeset.RoleTH))
		} else {
			markArtifacts(run, typeset.PaginationArtifact)
		}
		items = append(items, run...)
	}
	rule := &typeset.Rule{X: cols.x, Y: label.Leading + typeset.Pt(3), W: cols.width, H: typeset.Pt(0.6), Colour: c.th.Accent}
	rule.Artifact = typeset.DecorationArtifact
	items = append(items, rule)
	return typeset.Box(label.Leading+typeset.Pt(6), items...)
}

// continuedHeader is what a page or column that continues day d's table
// begins with: the header row, and above it, in a programme set by days,
// the day's title with „(Fortsetzung)“ (on a line of its own where the
// column is too narrow for both), so no row stands under the next day's
// heading or under none. Both are artifacts.
func (c *composer) continuedHeader(plan programmePlan, d programmeDay) []typeset.VNode {
	header := c.programmeHeaderRow(nil, plan)
	if !plan.dayHeadings {
		return []typeset.VNode{header}
	}
	st, title := c.th.Subheading, programmeDayTitle(d.day, plan.withYear)
	run, width := c.oneLine(plain(title+" (Fortsetzung)"), st, plan.cols.x, st.Size)
	h := st.Leading
	if width > plan.cols.width {
		// Too wide for the column (two columns): „(Fortsetzung)“
		// on a line of its own.
		run, _ = c.oneLine(plain(title), st, plan.cols.x, st.Size)
		more, _ := c.oneLine(plain("(Fortsetzung)"), st, plan.cols.x, st.Size+st.Leading)
		run, h = append(run, more...), h+st.Leading
	}
	markArtifacts(run, typeset.PaginationArtifact)
	return []typeset.VNode{typeset.Box(h+c.th.Body.Leading/2, run...), header}
}
