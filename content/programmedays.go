package content

import (
	"fmt"
	"strconv"
	"time"
)

// ItemDays returns the day of each of a programme's items: the day an
// item gives (its day key), else the day of the item before it; items
// before the first that gives a day are on first, the event's first day.
// It returns nil when no item gives a day: the programme then names no
// days, and its times are those of one day (or of days the author tells
// apart in the titles).
func ItemDays(items []ProgrammeItem, first time.Time) []time.Time {
	named := false
	for _, it := range items {
		named = named || !it.Day.IsZero()
	}
	if !named {
		return nil
	}
	days := make([]time.Time, len(items))
	day := first
	for k, it := range items {
		if !it.Day.IsZero() {
			day = it.Day
		}
		days[k] = day
	}
	return days
}

// checkProgrammeDays reports, for every programme, an item whose day
// comes before the day of the item before it (a programme is read day by
// day), or that is not one of the event's days ([document] date to
// date_end). It runs after the sections are read, kept ones too, since
// the event's days may have changed while a section did not.
func (d *decoder) checkProgrammeDays(doc *Document) {
	first, last := doc.Meta.Date, doc.Meta.DateEnd
	if last.IsZero() {
		last = first
	}
	for i, s := range doc.Sections {
		days := ItemDays(s.Items, first)
		for k, it := range s.Items {
			if it.Day.IsZero() {
				continue
			}
			path := fmt.Sprintf("sections[%d].items[%d].day", i, k)
			switch {
			case k > 0 && it.Day.Before(days[k-1]):
				d.errorf(path, "%s is before the day of the item before it (%s); list a programme's items day by day, in the order of the days",
					isoDate(it.Day), isoDate(days[k-1]))
			case !first.IsZero() && (it.Day.Before(first) || it.Day.After(last)):
				d.errorf(path, "%s is not a day of the event (%s)", isoDate(it.Day), eventDaysText(first, doc.Meta.DateEnd))
			}
		}
	}
}

// eventDaysText names the event's days for a message, with the keys
// that set them.
func eventDaysText(first, last time.Time) string {
	if last.IsZero() || last.Equal(first) {
		return fmt.Sprintf("document.date is %s; an event over several days gives its last day in date_end", isoDate(first))
	}
	return fmt.Sprintf("document.date %s to date_end %s", isoDate(first), isoDate(last))
}

// isoDate writes a day as TOML writes it (2025-09-18).
func isoDate(t time.Time) string { return t.Format(time.DateOnly) }

// writtenDate is a date written in text: 18.01.2024, 18.1., 18. Januar
// 2024 or 18. Januar (the year is then the event's).
var writtenDate = lazyRegexp(`(?:^|[^\d.])(\d{1,2})\.\s?(?:(\d{1,2})\.|\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)(?:\s?(\d{4}))?`)

// DayInText finds a date written in the item's note or title, in the
// given year where the text names none: the day, the text it stands in,
// and whether there is one (a day its month lacks is none).
func (it ProgrammeItem) DayInText(year int) (time.Time, string, bool) {
	for _, text := range []string{it.Note, it.Title} {
		m := writtenDate().FindStringSubmatch(text)
		if m == nil {
			continue
		}
		day, _ := strconv.Atoi(m[1])
		month := germanMonthNumbers[m[3]]
		if m[2] != "" {
			n, _ := strconv.Atoi(m[2])
			month = time.Month(n)
		}
		y := year
		if m[4] != "" {
			y, _ = strconv.Atoi(m[4])
		}
		t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if month >= time.January && month <= time.December && t.Day() == day && t.Month() == month {
			return t, text, true
		}
	}
	return time.Time{}, "", false
}
