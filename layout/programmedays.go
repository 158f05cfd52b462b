package layout

import (
	"fmt"
	"strings"
	"time"

	"brochure/content"
	"brochure/layout/typeset"
)

// programmeDay is the items [from, to) of a programme that are on one
// day; day is zero when the programme names no days.
type programmeDay struct {
	from, to int
	day      time.Time
}

// splitProgrammeDays splits n items by their days (content.ItemDays;
// nil: one run of all items).
func splitProgrammeDays(days []time.Time, n int) []programmeDay {
	if days == nil {
		return []programmeDay{{from: 0, to: n}}
	}
	var out []programmeDay
	for k := range n {
		if k == 0 || !days[k].Equal(days[k-1]) {
			out = append(out, programmeDay{from: k, day: days[k]})
		}
		out[len(out)-1].to = k + 1
	}
	return out
}

// programmeDayHeading sets a day's title over its table, „Donnerstag,
// 18. September“ (with the year when the programme runs into another),
// as a sub-heading kept with the table, half a line above its header
// row. It opens a part of the section (typeset.VNode.Opening): a column
// whose room the day's opening does not fit ends there as one that ends
// a section does, rather than carry the day before's last row alone.
func (c *composer) programmeDayHeading(day time.Time, withYear, first bool, h *typeset.StructElement, cols programmeColumns, where string) []typeset.VNode {
	b := content.Block{Kind: content.Subheading, Inlines: []content.Inline{{Text: programmeDayTitle(day, withYear)}}}
	v := c.subheading(b, first, h, cols.x, cols.width, where)
	if k := firstBox(v); k >= 0 {
		v[k].Opening = true
	}
	// Half a line apart from the header row (the sub-heading keeps
	// itself with what follows: no break at this space).
	return append(v, typeset.Space(c.th.Body.Leading/2))
}

// dayStarts marks the agenda items that begin a day: the first, and
// each ordered earlier (OrderTime: its beginning, or the end of an item
// open at its beginning, „bis 12:00“) than the item before it, as a
// programme of several days starts each day's times afresh.
func dayStarts(items []content.ProgrammeItem) []bool {
	out := make([]bool, len(items))
	for k := range items {
		if k == 0 {
			out[k] = true
			continue
		}
		at, before := items[k].OrderTime(), items[k-1].OrderTime()
		out[k] = at != "" && before != "" && at < before
	}
	return out
}

// warnTimeGoingBack warns at the first item whose time goes back within
// one day (16:30, then 09:00). In a programme that names no days of an
// event over several, one table then runs one day into the next with
// nothing but the times to tell them apart: the warning asks for the
// item's day, named as the event's second day. At an event of one day,
// or in a programme that names its days, the items are out of order (a
// parallel item listed after others): the warning asks for their order,
// and proposes no day nobody planned.
func (c *composer) warnTimeGoingBack(i int, items []content.ProgrammeItem, days []programmeDay) {
	for _, d := range days {
		starts := dayStarts(items[d.from:d.to])
		for k := 1; k < len(starts); k++ {
			if !starts[k] {
				continue
			}
			prev, item := items[d.from+k-1], items[d.from+k]
			where := c.where(i, fmt.Sprintf(".items[%d].time", d.from+k))
			switch {
			case d.day.IsZero() && c.doc.Meta.DateEnd.IsZero():
				c.warn(WarnProgrammeOrder, where,
					"the programme goes back from %s to %s, and the event has one day: list the items in the order of their times (an item that runs beside another right after it, with the same time); an event over several days gives its last day in date_end",
					prev.Time, item.Time)
			case d.day.IsZero():
				next := c.doc.Meta.Date.AddDate(0, 0, 1)
				c.warn(WarnProgrammeOrder, where,
					"the programme goes back from %s to %s, as if a new day began: give the first item of each new day its day (day = %s, a TOML date without quotes), and the programme is set a table a day, each under its day („%s“)",
					prev.Time, item.Time, next.Format(time.DateOnly), plainSpaces(dayTitle(next)))
			default:
				c.warn(WarnProgrammeOrder, where,
					"the programme goes back from %s to %s on %s: list a day's items in the order of their times (an item that runs beside another right after it, with the same time)",
					prev.Time, item.Time, plainSpaces(dayTitle(d.day)))
			}
			return
		}
	}
}

// plainSpaces writes the no-break spaces of set text as spaces, for a
// message the author copies into the content file.
func plainSpaces(s string) string { return strings.ReplaceAll(s, "\u00A0", " ") }

// programmeDayTitle is a day's title over its table, „Donnerstag, 18.
// September“, with the year where the programme runs into another.
func programmeDayTitle(day time.Time, withYear bool) string {
	if withYear {
		return fmt.Sprintf("%s %d", dayTitle(day), day.Year())
	}
	return dayTitle(day)
}
