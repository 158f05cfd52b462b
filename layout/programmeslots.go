package layout

import (
	"fmt"

	"brochure/content"
	"brochure/layout/typeset"
)

// programmeSlot is one time slot of a day's agenda: the rows of the
// items from first on that begin at the same time, one after another
// (parallel forums). shared says they are set with one time cell,
// spanning them.
type programmeSlot struct {
	first  int
	rows   []typeset.VNode
	shared bool
	// kept is set when the first row is kept with the second: its
	// „parallel“ hangs into the second's time cell.
	kept bool
}

// programmeSlots sets the items of day d as rows, in time slots. Where
// the plan shares parallel times, consecutive items with the same time
// share one time cell: the time stands once, with „parallel“ under it,
// and the rules between them run under the titles only. A page may break
// between them at a cost (parallelBreak), but not after a first row of
// one line, whose „parallel“ hangs into the next row; the first row on
// the new page then repeats the time, as an artifact (a screen reader
// has it from the shared cell), under the repeated header row.
func (c *composer) programmeSlots(i int, items []content.ProgrammeItem, d programmeDay, body *typeset.StructElement, plan programmePlan) []programmeSlot {
	var slots []programmeSlot
	for k := d.from; k < d.to; {
		n := 1
		for plan.parallel && k+n < d.to && items[k+n].Time == items[k].Time && (plan.ownDay == nil || !plan.ownDay[k+n]) {
			n++
		}
		slot := programmeSlot{first: k - d.from, shared: n > 1}
		for m, item := range items[k : k+n] {
			where := c.where(i, fmt.Sprintf(".items[%d]", k+m))
			cell := programmeTimeCell{show: m == 0, ruleUnderText: m < n-1}
			if n > 1 && m == 0 {
				cell.span = n
			}
			if plan.dated {
				cell.date = plan.dates[k]
			}
			row := c.programmeRow(item, where, body, plan.cols, cell)
			if m > 0 {
				row.box.Header = c.continuedSlotHeader(item.Time, plan, d, row)
			}
			slot.kept = slot.kept || n > 1 && m == 0 && !row.roomy
			slot.rows = append(slot.rows, row.box)
		}
		slots = append(slots, slot)
		k += n
	}
	return slots
}

// parallelBreak is the cost of a page break between items that share a
// time: a shared cell split over two columns, its time shown twice.
const parallelBreak = 1500

// continuedSlotHeader is the header of a row that shares the time of the
// row above when it begins a page: the table's continued header, then the
// time, standing in the row's empty time cell on its first baseline (in
// a box of no height, hanging into the row), as an artifact; with
// „parallel“ under it where the row is tall enough.
func (c *composer) continuedSlotHeader(time string, plan programmePlan, d programmeDay, row programmeRowSet) func() []typeset.VNode {
	return func() []typeset.VNode {
		run := c.programmeTime(programmeTimeCell{span: 2}, time, row.roomy, plan.cols, row.baseline)
		markArtifacts(run, typeset.PaginationArtifact)
		return append(c.continuedHeader(plan, d), typeset.Box(0, run...))
	}
}
