package content

import (
	"strings"
	"testing"
)

// TestProgrammeTimes: an item's time is normalised as the time column
// sets it, two-digit hours and minutes (DIN 5008) and an en dash in a
// range; an evening with an open end („ab 19 Uhr“) or an arrival open at
// its beginning („bis 12 Uhr“) is a time too, set „ab 19:00“ and „bis
// 12:00“ and ordered by the time it gives (OrderTime). Before, „ab 19
// Uhr“ was refused as no time of day, and „14 Uhr bis 15.30 Uhr“ was
// refused while „10.15 bis 11 Uhr“ was read.
func TestProgrammeTimes(t *testing.T) {
	for _, c := range []struct{ raw, want, order string }{
		{"9:30", "09:30", "09:30"},
		{"9 Uhr", "09:00", "09:00"},
		{"9.30 Uhr", "09:30", "09:30"},
		{"9–12.30 Uhr", "09:00–12:30", "09:00"},
		{"9-12.30", "09:00–12:30", "09:00"},
		{"9:30 bis 10:15 Uhr", "09:30–10:15", "09:30"},
		{"ab 19 Uhr", "ab 19:00", "19:00"},
		{"ab 19:00", "ab 19:00", "19:00"},
		{"Ab 19.00 Uhr", "ab 19:00", "19:00"},
		{"bis 12 Uhr", "bis 12:00", "12:00"},
		{"bis 12:30", "bis 12:30", "12:30"},
		{"14 Uhr bis 15.30 Uhr", "14:00–15:30", "14:00"},
		{"10.15 bis 11 Uhr", "10:15–11:00", "10:15"},
		{"von 9 bis 12 Uhr", "09:00–12:00", "09:00"},
		{"9 Uhr - 12", "09:00–12:00", "09:00"},
	} {
		src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n" +
			"  [[sections.items]]\n  time = \"" + c.raw + "\"\n  title = \"Punkt\"\n"
		doc, err := Parse("content.toml", []byte(src), Options{Dir: "."})
		if err != nil {
			t.Errorf("time = %q: %v", c.raw, err)
			continue
		}
		it := doc.Sections[0].Items[0]
		if it.Time != c.want || it.OrderTime() != c.order {
			t.Errorf("time = %q: set %q, ordered by %q; want %q, %q", c.raw, it.Time, it.OrderTime(), c.want, c.order)
		}
	}
	for _, raw := range []string{"9", "ab 19", "ab 9-12 Uhr", "bis 24 Uhr", "ab", "morgens", "19 Uhr ab"} {
		src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n" +
			"  [[sections.items]]\n  time = \"" + raw + "\"\n  title = \"Punkt\"\n"
		if _, err := Parse("content.toml", []byte(src), Options{Dir: "."}); err == nil || !strings.Contains(err.Error(), "sections[0].items[0].time") {
			t.Errorf("time = %q: accepted (%v), want an error at its key", raw, err)
		}
	}
}
