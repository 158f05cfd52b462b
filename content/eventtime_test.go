package content

import "testing"

// TestHouseTime: the event's time of day takes the programme's form
// (two-digit hours, a colon, „Uhr“), whole hours keep theirs, a range
// may say „Uhr“ at both ends or begin with „von“, and what is not a time
// of day is left as written.
func TestHouseTime(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"9.30-16.30 Uhr", "09:30–16:30 Uhr"},
		{"9.30–16.30", "09:30–16:30 Uhr"},
		{"09:30 bis 16:00 Uhr", "09:30–16:00 Uhr"},
		{"9-16.30 Uhr", "09:00–16:30 Uhr"},
		{"9.30 Uhr", "09:30 Uhr"},
		{"14 Uhr bis 15.30 Uhr", "14:00–15:30 Uhr"},
		{"von 9 bis 12 Uhr", "9–12 Uhr"},
		{"10 Uhr - 12 Uhr", "10–12 Uhr"},
		{"14-17 Uhr", "14–17 Uhr"},
		{"14 Uhr", "14 Uhr"},
		{"14-17", "14-17"},
		{"ab 19 Uhr", "ab 19 Uhr"},
		{"ganztägig", "ganztägig"},
		{"25.99 Uhr", "25.99 Uhr"},
		{"9.30-24.30 Uhr", "9.30-24.30 Uhr"},
		{"18-24 Uhr", "18–24 Uhr"},
		{"", ""},
	} {
		if got := houseTime(c.in); got != c.want {
			t.Errorf("houseTime(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
