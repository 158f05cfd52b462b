package content

import (
	"testing"
	"time"
)

// TestItemDays: an item without a day is on the day of the item before
// it, the items before the first day given on the event's first day; a
// programme that gives no day has none.
func TestItemDays(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 9, d, 0, 0, 0, 0, time.UTC) }
	items := []ProgrammeItem{{Time: "09:00"}, {Time: "12:00"}, {Day: day(19), Time: "09:00"}, {Time: "11:00"}, {Day: day(20), Time: "10:00"}}
	got := ItemDays(items, day(18))
	want := []time.Time{day(18), day(18), day(19), day(19), day(20)}
	for k := range want {
		if !got[k].Equal(want[k]) {
			t.Errorf("item %d: %s, want %s", k, got[k].Format(time.DateOnly), want[k].Format(time.DateOnly))
		}
	}
	if days := ItemDays(items[:2], day(18)); days != nil {
		t.Errorf("a programme without days: %v, want nil", days)
	}
}
