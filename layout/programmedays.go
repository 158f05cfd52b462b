package layout

import (
	"fmt"
	"strings"

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
// better as a section a day; the warning names the event's first two
// days as their titles.
func (c *composer) warnTimeGoingBack(i int, items []content.ProgrammeItem, starts []bool) {
	for k := 1; k < len(items); k++ {
		if starts[k] {
			first := c.doc.Meta.Date
			c.warn(WarnProgrammeOrder, c.where(i, fmt.Sprintf(".items[%d].time", k)),
				"the programme goes back from %s to %s, as if a new day began: give each day a programme section of its own, titled with its day (title = \"Programm %s\", then \"Programm %s\")",
				items[k-1].Time[:5], items[k].Time[:5], plainSpaces(dayTitle(first)), plainSpaces(dayTitle(first.AddDate(0, 0, 1))))
			return
		}
	}
}

// plainSpaces writes the no-break spaces of set text as spaces, for a
// message the author copies into the content file.
func plainSpaces(s string) string { return strings.ReplaceAll(s, "\u00A0", " ") }
