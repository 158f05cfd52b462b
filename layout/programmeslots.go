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

// programmeSlots sets a day's items (day, the first of them item from
// of the section) as rows, in time slots. Consecutive items with the
// same time share one time cell: the time stands once, with „parallel“
// under it, and the rules between them run under the titles only. A
// page may break between them at a cost (parallelBreak), but not after
// a first row of one line, whose „parallel“ hangs into the next row; the
// first row on the new page then repeats the time, as an artifact (a
// screen reader has it from the shared cell), under the repeated header
// row.
func (c *composer) programmeSlots(i int, day []content.ProgrammeItem, from int, body *typeset.StructElement, cols programmeColumns) []programmeSlot {
	var slots []programmeSlot
	for k := 0; k < len(day); {
		n := 1
		for k+n < len(day) && day[k+n].Time == day[k].Time {
			n++
		}
		slot := programmeSlot{first: k, shared: n > 1}
		for m, item := range day[k : k+n] {
			where := c.where(i, fmt.Sprintf(".items[%d]", from+k+m))
			cell := programmeTimeCell{show: m == 0, ruleUnderText: m < n-1}
			if n > 1 && m == 0 {
				cell.span = n
			}
			row := c.programmeRow(item, where, body, cols, cell)
			if m > 0 {
				row.box.Header = c.continuedSlotHeader(item.Time, cols, row)
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
// row above when it begins a page: the table's header row, then the
// time, standing in the row's empty time cell on its first baseline (in
// a box of no height, hanging into the row), as an artifact; with
// „parallel“ under it where the row is tall enough.
func (c *composer) continuedSlotHeader(time string, cols programmeColumns, row programmeRowSet) func() []typeset.VNode {
	return func() []typeset.VNode {
		run := c.programmeTime(time, row.roomy, cols, row.baseline)
		markArtifacts(run, typeset.PaginationArtifact)
		return []typeset.VNode{c.programmeHeaderRow(nil, cols), typeset.Box(0, run...)}
	}
}
