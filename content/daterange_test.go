package content

import (
	"strings"
	"testing"
)

// TestEventDates: an event over several days is entered with date_end or
// as a range of days in time; the date then leaves time, so it is printed
// once. Contradictions are errors at the key with its position.
func TestEventDates(t *testing.T) {
	cases := []struct {
		document        string // the lines after title
		end, time, fail string // date_end (2006-01-02, "" for none), time, or the error's text
	}{
		{"date = 2026-02-24\ntime = \"24.-25. Februar 2026\"", "2026-02-25", "", ""},
		{"date = 2026-02-24\ntime = \"24.–25. Februar 2026, 9–17 Uhr\"", "2026-02-25", "9–17 Uhr", ""},
		{"date = 2026-02-24\ntime = \"24.-25.02.2026\"", "2026-02-25", "", ""},
		{"date = 2026-02-24\ntime = \"24. Februar 2026, 10 Uhr\"", "", "10 Uhr", ""},
		{"date = 2026-02-24\ndate_end = 2026-02-25\ntime = \"9-17 Uhr\"", "2026-02-25", "9–17 Uhr", ""},
		{"date = 2026-02-24\ndate_end = 2026-02-24", "", "", ""},
		// What is not a date: a time of day, a time range (in the
		// programme's form, houseTime).
		{"date = 2026-02-24\ntime = \"14:30 Uhr\"", "", "14:30 Uhr", ""},
		{"date = 2026-02-24\ntime = \"9.30-17.00 Uhr\"", "", "09:30–17:00 Uhr", ""},
		{"date = 2026-02-24\ntime = \"ab 9 Uhr\"", "", "ab 9 Uhr", ""},
		// Contradictions.
		{"date = 2026-02-24\ndate_end = 2026-02-23", "", "", "t.toml:4:1: document.date_end: 2026-02-23 is before date 2026-02-24"},
		{"date = 2026-02-23\ntime = \"24.-25. Februar 2026\"", "", "", "t.toml:4:1: document.time: \"24.-25. Februar 2026\" starts on 2026-02-24, but date is 2026-02-23"},
		{"date = 2026-02-24\ndate_end = 2026-02-26\ntime = \"24.-25. Februar 2026\"", "", "", "t.toml:5:1: document.time: \"24.-25. Februar 2026\" ends on 2026-02-25, but date_end is 2026-02-26"},
		{"date = 2026-02-24\ntime = \"24.-31. Februar 2026\"", "", "", "document.time: \"24.-31. Februar 2026\" names a day its month does not have"},
		{"date = 2026-02-24\ndate_end = \"25.02.2026\"", "", "", "document.date_end: expected a TOML date, got a string; write 2026-02-25 without quotes"},
	}
	for _, c := range cases {
		src := "[document]\ntitle = \"T\"\n" + c.document + "\n[[sections]]\nkind = \"talk\"\ntitle = \"V\"\nbody = \"Text.\"\n"
		doc, err := Parse("t.toml", []byte(src), Options{Dir: t.TempDir()})
		if c.fail != "" {
			if err == nil || !strings.Contains(err.Error(), c.fail) {
				t.Errorf("%q: error %v, want %q", c.document, err, c.fail)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.document, err)
			continue
		}
		end := ""
		if !doc.Meta.DateEnd.IsZero() {
			end = doc.Meta.DateEnd.Format("2006-01-02")
		}
		if end != c.end || doc.Meta.Time != c.time {
			t.Errorf("%q: date_end %q time %q, want %q %q", c.document, end, doc.Meta.Time, c.end, c.time)
		}
	}
}
