package content

import (
	"fmt"
	"strings"
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

// TestDayInText: a date written in an item's note or title, in figures
// or with the month's name, with or without its year; a room number, a
// day its month lacks and a bare time are none.
func TestDayInText(t *testing.T) {
	for _, c := range []struct {
		item ProgrammeItem
		want string // "" for none
	}{
		{ProgrammeItem{Note: "18.01.2024, Greifswald"}, "2024-01-18"},
		{ProgrammeItem{Note: "am 3. März in Anklam"}, "2025-03-03"},
		{ProgrammeItem{Title: "Treffen am 18.1."}, "2025-01-18"},
		{ProgrammeItem{Title: "Auftakt (12. Dezember 2024)"}, "2024-12-12"},
		{ProgrammeItem{Note: "Raum 4.1"}, ""},
		{ProgrammeItem{Note: "31.02.2024"}, ""},
		{ProgrammeItem{Note: "ab 9.30 Uhr"}, ""},
	} {
		day, _, ok := c.item.DayInText(2025)
		got := ""
		if ok {
			got = day.Format(time.DateOnly)
		}
		if got != c.want {
			t.Errorf("%+v: %q, want %q", c.item, got, c.want)
		}
	}
}

// TestGermanAndMisplacedKeys: a key written in German is told its English
// name, and an item's key written on its section is told where it
// belongs.
func TestGermanAndMisplacedKeys(t *testing.T) {
	src := "[document]\ntitle = \"Fachtag\"\ndate = 2024-06-26\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\nday = 2024-06-26\n\n" +
		"  [[sections.items]]\n  zeit = \"10:00\"\n  time = \"10:00\"\n  title = \"Start\"\n"
	_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
	msg := fmt.Sprint(err)
	for _, want := range []string{
		`content.toml:8:1: sections[0].day: unknown key "day"; day belongs to an entry under [[sections.items]] of this section`,
		`content.toml:11:3: sections[0].items[0].zeit: unknown key "zeit"; keys are written in English: did you mean "time"?`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("%s\nwant a line with %s", msg, want)
		}
	}
}
