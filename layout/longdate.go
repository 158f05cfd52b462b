package layout

import (
	"fmt"
	"time"

	"brochure/content"
)

// germanMonths are the month names for long-form dates.
var germanMonths = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember"}

// germanWeekdays are the days of the week, from Sunday as time.Weekday
// counts them.
var germanWeekdays = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}

// dayTitle names a day as a programme section's title does: „Dienstag,
// 24. März“.
func dayTitle(t time.Time) string {
	return fmt.Sprintf("%s, %d.\u00A0%s", germanWeekdays[t.Weekday()], t.Day(), germanMonths[t.Month()-1])
}

// longDate formats the event's date as „26. Juni 2024“, with a no-break
// space between day and month, or its days as a range (DIN 5008): „24.–25.
// Februar 2026“, „30. März – 2. April 2026“, „30. Dezember 2025 – 2.
// Januar 2026“.
func longDate(d content.Document) string {
	t, end := d.Meta.Date, d.Meta.DateEnd
	day := func(t time.Time) string { return fmt.Sprintf("%d.\u00A0%s", t.Day(), germanMonths[t.Month()-1]) }
	switch {
	case end.IsZero() || !end.After(t):
		return fmt.Sprintf("%s %d", day(t), t.Year())
	case end.Year() != t.Year():
		return fmt.Sprintf("%s %d\u00A0– %s %d", day(t), t.Year(), day(end), end.Year())
	case end.Month() != t.Month():
		return fmt.Sprintf("%s\u00A0– %s %d", day(t), day(end), end.Year())
	}
	return fmt.Sprintf("%d.–%s %d", t.Day(), day(end), end.Year())
}
