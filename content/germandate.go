package content

import (
	"strconv"
	"strings"
	"time"
)

// readGermanDate reads a date as an organiser writes it in German: 14.03.2025,
// 9.10.2025, or with the month's name, written out or abbreviated
// („9. Oktober 2025“, „9. Okt. 2025“). It is what a message suggests in
// place of a date in quotes; TOML itself takes only 2025-10-09.
func readGermanDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2.1.2006", s); err == nil {
		return t, true
	}
	fields := strings.Fields(s)
	if len(fields) != 3 {
		return time.Time{}, false
	}
	day, err := strconv.Atoi(strings.TrimSuffix(fields[0], "."))
	if err != nil || !strings.HasSuffix(fields[0], ".") {
		return time.Time{}, false
	}
	month, ok := germanMonth(fields[1])
	if !ok {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(fields[2])
	if err != nil || year < 1000 || year > 9999 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != month {
		return time.Time{}, false // 31. April
	}
	return t, true
}

// germanMonth reads a month's German name (germanMonthNumbers), written
// out or abbreviated to three letters or more, with or without a full
// stop (Okt., Sept, Mrz.). No two months share their first three letters.
func germanMonth(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if s == "mrz" {
		return time.March, true
	}
	if len([]rune(s)) < 3 {
		return 0, false
	}
	for name, month := range germanMonthNumbers {
		if strings.HasPrefix(strings.ToLower(name), s) {
			return month, true
		}
	}
	return 0, false
}
