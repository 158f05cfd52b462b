package content

import (
	"fmt"
	"strconv"
	"strings"
)

// eventTimePattern is the event's time of day as organisers write it
// under [document]: 9.30 Uhr, 9:30-16:30 Uhr, 9.30–16.30, 14 bis 17 Uhr.
var eventTimePattern = lazyRegexp(`^(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:-|–|bis)\s*(\d{1,2})(?:[:.](\d{2}))?)?(\s*Uhr)?$`)

// innerUhr is an „Uhr“ written after a range's first time („14 Uhr bis
// 15.30 Uhr“), and a „von“ before it („von 9 bis 12 Uhr“).
var (
	innerUhr   = lazyRegexp(`(?i)\s*\bUhr(\s*(?:-|–|bis)\s*\d)`)
	leadingVon = lazyRegexp(`(?i)^von\s+(\d)`)
)

// plainRange writes a time range the way the time patterns read it, with
// „Uhr“ at its end only: „14 Uhr bis 15.30 Uhr“ is read as „14 bis 15.30
// Uhr“, as „10.15 bis 11 Uhr“ is, „9 Uhr bis 12“ as „9 bis 12 Uhr“, and
// „von 9 bis 12 Uhr“ as „9 bis 12 Uhr“.
func plainRange(s string) string {
	s = leadingVon().ReplaceAllString(strings.TrimSpace(s), "$1")
	if !innerUhr().MatchString(s) {
		return s
	}
	s = innerUhr().ReplaceAllString(s, "$1")
	if !strings.HasSuffix(strings.ToLower(s), "uhr") {
		s += " Uhr" // „9 Uhr bis 12“: the Uhr said is kept
	}
	return s
}

// houseTime writes the event's time of day in the form the programme's
// times take, so one brochure shows one form (A10): two-digit hours, a
// colon, two-digit minutes, „Uhr“ after it — „9.30-16.30 Uhr“ becomes
// „09:30–16:30 Uhr“, as the programme prints „09:30“, and once one end
// has minutes both do („9–16.30 Uhr“, „09:00–16:30 Uhr“). Whole hours keep their form („14–17
// Uhr“). A text that is not a time of day („ab 19 Uhr“, „ganztägig“), or
// names an hour or minute that does not exist, or whole hours without
// „Uhr“ (which could be anything), is left as written.
func houseTime(s string) string {
	g := eventTimePattern().FindStringSubmatch(plainRange(s))
	if g == nil {
		return s
	}
	withMinutes := g[2] != "" || g[4] != ""
	if !withMinutes && g[5] == "" {
		return s
	}
	part := func(hour, minute string) (string, bool) {
		h, _ := strconv.Atoi(hour)
		m, _ := strconv.Atoi(minute)
		if h > 24 || h == 24 && m > 0 || m > 59 {
			return "", false
		}
		if withMinutes {
			return fmt.Sprintf("%02d:%02d", h, m), true
		}
		return strconv.Itoa(h), true
	}
	out, ok := part(g[1], g[2])
	if !ok {
		return s
	}
	if g[3] != "" {
		end, ok := part(g[3], g[4])
		if !ok {
			return s
		}
		out += "–" + end
	}
	return out + " Uhr"
}
