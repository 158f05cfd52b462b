package content

import (
	"strconv"
	"strings"
)

// A programme item's time, as the content gives it and as it is kept
// (ProgrammeItem.Time): a time of day, a range, or a time open at one
// end — an evening „ab 19 Uhr“, an arrival „bis 12 Uhr“.

// programmeTimePattern is a time or a range: 9:30, 09.30, 9:30-10:15,
// 9:30 – 10:15 Uhr, whole hours with their Uhr: 9 Uhr, 9–17 Uhr; and an
// open end or beginning: ab 19 Uhr, ab 19:00, bis 12 Uhr.
var programmeTimePattern = lazyRegexp(`^(?i:(ab|bis)\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:-|–|bis)\s*(\d{1,2})(?:[:.](\d{2}))?)?(\s*Uhr)?$`)

// parseProgrammeTime reads a time as programmeTimePattern matches it:
// „ab“ or „bis“ (lower case) before a single time, and the minutes after
// midnight of the time and of the range's end (-1 for none). Whole hours
// need their „Uhr“ (9 Uhr, ab 19 Uhr) unless a time of the range has
// its minutes (9-12.30); a range has no „ab“ or „bis“ before it.
func parseProgrammeTime(s string) (open string, minutes [2]int, ok bool) {
	g := programmeTimePattern().FindStringSubmatch(plainRange(s))
	if g == nil || g[6] == "" && g[3] == "" && g[5] == "" || g[1] != "" && g[4] != "" {
		return "", minutes, false
	}
	for k := range 2 {
		if g[2+2*k] == "" {
			minutes[k] = -1
			continue
		}
		h, _ := strconv.Atoi(g[2+2*k])
		mm, _ := strconv.Atoi(g[3+2*k])
		if h > 23 || mm > 59 {
			return "", minutes, false
		}
		minutes[k] = h*60 + mm
	}
	return strings.ToLower(g[1]), minutes, true
}

// OrderTime is the time of day an item is ordered by within its day, as
// „HH:MM“ (so times compare as strings): the time it begins, or, for an
// item open at its beginning („bis 12:00“), the time it ends; "" for an
// item without a time.
func (it ProgrammeItem) OrderTime() string {
	t := strings.TrimPrefix(strings.TrimPrefix(it.Time, openFrom+" "), openUntil+" ")
	if len(t) < 5 || t[2] != ':' {
		return ""
	}
	return t[:5]
}

// The words of a time open at one end, as ProgrammeItem.Time writes them.
const (
	openFrom  = "ab"
	openUntil = "bis"
)
