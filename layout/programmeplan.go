package layout

import (
	"fmt"
	"slices"
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
// parallel forums from meetings on different days: there they are shared
// only where the programme has more than one time slot (a programme all
// at one time is a series), and an item that writes a date in its title
// or note begins a slot of its own (ownDay; the author is told to give
// its day instead).
type programmePlan struct {
	cols        programmeColumns
	days        []programmeDay
	dayHeadings bool
	withYear    bool // the days run into another year: their titles say it
	dated       bool
	dates       []string // by item, when dated
	parallel    bool
	ownDay      []bool // by item: it writes its day in its text (no days named)
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
	if itemDays == nil {
		plan.ownDay = c.warnDaysInText(i, items)
	}
	plan.parallel = !plan.dated && (itemDays != nil || !oneSlot(items))
	if !plan.dated && !slices.Contains(plan.ownDay, true) {
		// Items that write their days were told to give them instead;
		// a day guessed from the event's first would be wrong for them.
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

// seriesDate is an item's day in a series' first column: „Do., 18.
// Januar“, the weekday abbreviated as Duden does, with the year where the
// series runs into another.
func seriesDate(day time.Time, withYear bool) string {
	s := fmt.Sprintf("%s,\u00A0%d.\u00A0%s", weekdayShort(day), day.Day(), germanMonths[day.Month()-1])
	if withYear {
		s += fmt.Sprintf(" %d", day.Year())
	}
	return s
}

// numericDate is seriesDate in figures, „Do., 18.01.“ (or „Do.,
// 18.01.2024“), for a first column too narrow for the month's name.
func numericDate(day time.Time, withYear bool) string {
	layout := "02.01."
	if withYear {
		layout = "02.01.2006"
	}
	return weekdayShort(day) + ",\u00A0" + day.Format(layout)
}

// weekdayShort is a day's weekday in two letters and a full stop (Mo.,
// Di., Mi., Do., Fr., Sa., So.).
func weekdayShort(day time.Time) string { return germanWeekdays[day.Weekday()][:2] + "." }

// warnDaysInText marks the items of a programme that names no days
// whose title or note writes a date, and warns once, at the first: a
// date in the text does not make the item's day.
func (c *composer) warnDaysInText(i int, items []content.ProgrammeItem) []bool {
	own := make([]bool, len(items))
	first, n := -1, 0
	var day time.Time
	var text string
	for k, it := range items {
		d, t, ok := it.DayInText(c.doc.Meta.Date.Year())
		if !ok {
			continue
		}
		own[k], n = true, n+1
		if first < 0 {
			first, day, text = k, d, t
		}
	}
	switch {
	case n == 1:
		c.warn(WarnProgrammeDay, c.where(i, fmt.Sprintf(".items[%d]", first)),
			"%q writes the item's day in its text: give it as the item's day (day = %s, a TOML date without quotes; the items after it are on that day too), and the programme is set by its days",
			text, day.Format(time.DateOnly))
	case n > 1:
		c.warn(WarnProgrammeDay, c.where(i, fmt.Sprintf(".items[%d]", first)),
			"%d items write their day in their text, the first %q: give each its day (here day = %s, a TOML date without quotes; an item without one is on the day of the item before), and the programme is set by its days",
			n, text, day.Format(time.DateOnly))
	}
	return own
}
