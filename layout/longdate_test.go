package layout

import (
	"testing"
	"time"

	"brochure/content"
)

// TestLongDate: one day, and the days of an event over several: within a
// month, across months, across years (en dash, no-break space between
// day and month).
func TestLongDate(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct{ from, to, want string }{
		{"2024-06-26", "", "26.\u00A0Juni 2024"},
		{"2026-02-24", "2026-02-24", "24.\u00A0Februar 2026"},
		{"2026-02-24", "2026-02-25", "24.–25.\u00A0Februar 2026"},
		{"2026-05-03", "2026-05-05", "3.–5.\u00A0Mai 2026"},
		{"2026-03-30", "2026-04-02", "30.\u00A0März\u00A0– 2.\u00A0April 2026"},
		{"2025-12-30", "2026-01-02", "30.\u00A0Dezember 2025\u00A0– 2.\u00A0Januar 2026"},
	}
	for _, c := range cases {
		var d content.Document
		d.Meta.Date = day(c.from)
		if c.to != "" {
			d.Meta.DateEnd = day(c.to)
		}
		if got := longDate(d); got != c.want {
			t.Errorf("%s–%s: %q, want %q", c.from, c.to, got, c.want)
		}
	}
}
