package layout

import (
	"fmt"

	"brochure/content"
)

// warnTimeGoingBack warns when a programme's times go back (16:30, then
// 09:00): one table then runs one day into the next with nothing to tell
// them apart. Such a programme reads better as a section a day.
func (c *composer) warnTimeGoingBack(i int, items []content.ProgrammeItem) {
	for k := 1; k < len(items); k++ {
		before, now := startOf(items[k-1].Time), startOf(items[k].Time)
		if now < before {
			c.warn(WarnProgrammeOrder, c.where(i, fmt.Sprintf(".items[%d].time", k)),
				"the programme goes back from %s to %s, as if a new day began: give each day a programme section of its own, titled with its day (title = \"Programm Mittwoch, 25. März\")",
				before, now)
			return
		}
	}
}

// startOf is the start of a programme item's time as written once
// normalised, „09:30“ of „09:30–10:15“: times compare as text.
func startOf(time string) string {
	if len(time) > 5 {
		return time[:5]
	}
	return time
}
