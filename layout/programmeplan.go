package layout

import (
	"fmt"
	"time"

	"brochure/content"
	"brochure/layout/typeset"
)

// programmePlan is how a programme is set, decided once from its items:
//   - a programme whose items name no days (content.ItemDays) is one
//     table of times;
//   - one whose items name several days, a day holding several items, is
//     a table a day, each under its day as a sub-heading (dayHeadings);
//   - one whose items name a day each (a series of meetings) is one
//     table whose first column gives each item's day with its time
//     under it (dated, with dates by item).
//
// Consecutive items at the same time on the same day share one time cell
// (parallel). In a programme that names no days, times alone cannot tell
// parallel forums from meetings on different days, so they are shared
// only where the programme has more than one time slot and no item
// writes a date in its title or note (the author is told to give it as
// its day instead).
type programmePlan struct {
	cols        programmeColumns
	days        []programmeDay
	dayHeadings bool
	withYear    bool // the days run into another year: their titles say it
	dated       bool
	dates       []string // by item, when dated
	parallel    bool
}

// planProgramme plans the programme of section i, and warns where its
// days are not given as days.
func (c *composer) planProgramme(i int, items []content.ProgrammeItem) programmePlan {
	itemDays := content.ItemDays(items, c.doc.Meta.Date)
	plan := programmePlan{days: splitProgrammeDays(itemDays, len(items))}
	first, last := plan.days[0].day, plan.days[len(plan.days)-1].day
	plan.withYear = len(plan.days) > 1 && first.Year() != last.Year()
	plan.dated = len(plan.days) > 1 && len(plan.days) == len(items)
	plan.dayHeadings = len(plan.days) > 1 && !plan.dated
	if plan.dated {
		plan.days = []programmeDay{{from: 0, to: len(items)}}
		plan.dates = c.seriesDates(itemDays, plan.withYear)
	}
	written := c.warnDaysInText(i, items, itemDays != nil)
	plan.parallel = !plan.dated && (itemDays != nil || !written && !oneSlot(items))
	if !plan.dated {
		c.warnTimeGoingBack(i, items, plan.days)
	}
	plan.cols = c.programmeColumns(plan.dates)
	return plan
}

// seriesDates are the days of a series' items as its first column
// writes them: with the month's name where the widest fits a third of
// the column, else in figures.
func (c *composer) seriesDates(days []time.Time, withYear bool) []string {
	long, short := make([]string, len(days)), make([]string, len(days))
	widest := typeset.Scaled(0)
	for k, d := range days {
		long[k], short[k] = seriesDate(d, withYear), numericDate(d, withYear)
		widest = max(widest, c.measure(plain(long[k]), c.th.Body))
	}
	if widest+typeset.MM(5) > c.th.ColumnWidth()/3 {
		return short
	}
	return long
}

// oneSlot reports whether every item is at the same time.
func oneSlot(items []content.ProgrammeItem) bool {
	for _, it := range items {
		if it.Time != items[0].Time {
			return false
		}
	}
	return true
}

// seriesDate is an item's day in a series' first column: „18. Januar“,
// with the year where the series runs into another.
func seriesDate(day time.Time, withYear bool) string {
	s := fmt.Sprintf("%d.\u00A0%s", day.Day(), germanMonths[day.Month()-1])
	if withYear {
		s += fmt.Sprintf(" %d", day.Year())
	}
	return s
}

// numericDate is seriesDate in figures, „18.01.“ (or „18.01.2024“), for
// a first column too narrow for the month's name.
func numericDate(day time.Time, withYear bool) string {
	if withYear {
		return day.Format("02.01.2006")
	}
	return day.Format("02.01.")
}

// warnDaysInText warns, in a programme whose items name no days, at the
// first item whose title or note writes a date: a date in the text does
// not make the item's day. It reports whether an item writes one.
func (c *composer) warnDaysInText(i int, items []content.ProgrammeItem, named bool) bool {
	if named {
		return false
	}
	for k, it := range items {
		day, text, ok := it.DayInText(c.doc.Meta.Date.Year())
		if !ok {
			continue
		}
		c.warn(WarnProgrammeDay, c.where(i, fmt.Sprintf(".items[%d]", k)),
			"%q writes the item's day in its text: give it as the item's day (day = %s, a TOML date without quotes; the items after it are on that day too), and the programme is set by its days",
			text, day.Format("2006-01-02"))
		return true
	}
	return false
}
