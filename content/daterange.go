package content

import (
	"strconv"
	"strings"
	"time"
)

// germanMonthNumbers maps the German month names to their months.
var germanMonthNumbers = map[string]time.Month{"Januar": time.January, "Jänner": time.January, "Februar": time.February,
	"März": time.March, "April": time.April, "Mai": time.May, "Juni": time.June, "Juli": time.July, "August": time.August,
	"September": time.September, "Oktober": time.October, "November": time.November, "Dezember": time.December}

// dateInTime finds a date or a range of days written at the start of
// [document] time: „24.-25. Februar 2026“, „24.–25. Februar 2026, 9–17
// Uhr“, „24. Februar 2026“ or „24.–25.02.2026“.
var dateInTime = lazyRegexp(`^\s*(\d{1,2})\.(?:\s*[-–]\s*(\d{1,2})\.)?\s*(?:([A-Za-zÄÖÜäöü]+)\s+|(\d{1,2})\.)(\d{4})\s*(?:[,;]\s*|$)`)

// splitTimeDate takes a date written at the start of the event's time
// apart from the time of day: the first and last day it names (the same
// for one day) and the rest of the text. ok is false when the time does
// not start with a date; a date that does not exist is an error.
func splitTimeDate(s string) (first, last time.Time, rest string, ok bool, err string) {
	m := dateInTime().FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, time.Time{}, s, false, ""
	}
	month := germanMonthNumbers[m[3]]
	if m[3] == "" {
		n, _ := strconv.Atoi(m[4])
		month = time.Month(n)
	}
	if month < time.January || month > time.December {
		return time.Time{}, time.Time{}, s, false, ""
	}
	year, _ := strconv.Atoi(m[5])
	day := func(text string) (time.Time, bool) {
		d, _ := strconv.Atoi(text)
		t := time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d && t.Month() == month
	}
	first, okFirst := day(m[1])
	last, okLast := first, okFirst
	if m[2] != "" {
		last, okLast = day(m[2])
	}
	if !okFirst || !okLast {
		return time.Time{}, time.Time{}, s, true, "names a day its month does not have"
	}
	return first, last, strings.TrimSpace(s[len(m[0]):]), true, ""
}

// eventDates settles the event's days from [document] date, date_end and
// a date written into time: a range in time („24.-25. Februar 2026“)
// becomes date_end and leaves time with only the time of day, so the
// date is printed once, and the time of day left takes the house form
// (houseTime). Contradictions are errors at the key.
func (d *decoder) eventDates(path string, m map[string]any, meta *Meta) {
	meta.DateEnd = d.date(path, m, "date_end", false)
	first, last, rest, ok, problem := splitTimeDate(meta.Time)
	switch {
	case problem != "":
		d.errorf(joinPath(path, "time"), "%q %s", meta.Time, problem)
	case ok && !meta.Date.IsZero() && !first.Equal(meta.Date):
		d.errorf(joinPath(path, "time"), "%q starts on %s, but date is %s; write the days in date and date_end and only the time of day in time",
			meta.Time, first.Format("2006-01-02"), meta.Date.Format("2006-01-02"))
	case ok && !meta.DateEnd.IsZero() && !last.Equal(meta.DateEnd):
		d.errorf(joinPath(path, "time"), "%q ends on %s, but date_end is %s", meta.Time, last.Format("2006-01-02"), meta.DateEnd.Format("2006-01-02"))
	case ok:
		meta.Time = rest
		if last.After(first) {
			meta.DateEnd = last
		}
	}
	if !meta.DateEnd.IsZero() && !meta.Date.IsZero() && meta.DateEnd.Before(meta.Date) {
		d.errorf(joinPath(path, "date_end"), "%s is before date %s", meta.DateEnd.Format("2006-01-02"), meta.Date.Format("2006-01-02"))
	}
	if meta.DateEnd.Equal(meta.Date) {
		meta.DateEnd = time.Time{} // one day
	}
	meta.Time = houseTime(meta.Time)
}
