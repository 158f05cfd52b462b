package content

import (
	"fmt"
	"strconv"
	"strings"
)

// eventTimePattern is the event's time of day as organisers write it
// under [document]: 9.30 Uhr, 9:30-16:30 Uhr, 9.30–16.30, 14 bis 17 Uhr.
var eventTimePattern = lazyRegexp(`^(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:-|–|bis)\s*(\d{1,2})(?:[:.](\d{2}))?)?(\s*Uhr)?$`)

// houseTime writes the event's time of day in the form the programme's
// times take, so one brochure shows one form (A10): a colon between hour
// and minutes, no leading zero, „Uhr“ after it — „9.30-16.30 Uhr“
// becomes „9:30–16:30 Uhr“, and once one end has minutes both do
// („9–16.30 Uhr“, „9:00–16:30 Uhr“). Whole hours keep their form („14–17
// Uhr“). A text that is not a time of day („ab 19 Uhr“, „ganztägig“), or
// names an hour or minute that does not exist, or whole hours without
// „Uhr“ (which could be anything), is left as written.
func houseTime(s string) string {
	g := eventTimePattern().FindStringSubmatch(strings.TrimSpace(s))
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
			return fmt.Sprintf("%d:%02d", h, m), true
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
