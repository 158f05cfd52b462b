package layout

import (
	"fmt"

	"brochure/content"
)

// dayStarts marks the agenda items that begin a day: the first, and
// each whose time (normalised, „09:30“ or „09:30–10:15“) begins earlier
// than the time of the item before it, as a programme of several days
// starts each day's times afresh.
func dayStarts(items []content.ProgrammeItem) []bool {
	out := make([]bool, len(items))
	for k := range items {
		out[k] = k == 0 || len(items[k].Time) >= 5 && len(items[k-1].Time) >= 5 && items[k].Time[:5] < items[k-1].Time[:5]
	}
	return out
}

// warnTimeGoingBack warns at the first day a programme's times start
// again (16:30, then 09:00): one table then runs one day into the next
// with nothing but the times to tell them apart. Such a programme reads
// better as a section a day.
func (c *composer) warnTimeGoingBack(i int, items []content.ProgrammeItem, starts []bool) {
	for k := 1; k < len(items); k++ {
		if starts[k] {
			c.warn(WarnProgrammeOrder, c.where(i, fmt.Sprintf(".items[%d].time", k)),
				"the programme goes back from %s to %s, as if a new day began: give each day a programme section of its own, titled with its day (title = \"Programm Mittwoch, 25. März\")",
				items[k-1].Time[:5], items[k].Time[:5])
			return
		}
	}
}
