package content

import (
	"strings"
	"testing"
)

// TestGermanDateSuggested: a date written in quotes as an organiser
// writes it in German is refused with the TOML date to write instead,
// whether in figures or with the month's name, written out or
// abbreviated; text that is no date gets the general example.
func TestGermanDateSuggested(t *testing.T) {
	for _, c := range []struct{ written, want string }{
		{"14.03.2025", "write 2025-03-14 without quotes"},
		{"9.10.2025", "write 2025-10-09 without quotes"},
		{"9. Oktober 2025", "write 2025-10-09 without quotes"},
		{"9. Okt. 2025", "write 2025-10-09 without quotes"},
		{"1. März 2026", "write 2026-03-01 without quotes"},
		{"24. Sept 2025", "write 2025-09-24 without quotes"},
		{"31. April 2025", "write a date such as 2024-06-26 without quotes"},
		{"nächsten Montag", "write a date such as 2024-06-26 without quotes"},
	} {
		src := "[document]\ntitle = \"Fachtag\"\ndate = \"" + c.written + "\"\n"
		_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
		if err == nil || !strings.Contains(err.Error(), "document.date") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("date = %q: %v, want %q", c.written, err, c.want)
		}
	}
}

// TestGermanDateUnquoted: the same dates written without quotes are no
// TOML at all; the parser's message is followed by the date to write.
func TestGermanDateUnquoted(t *testing.T) {
	for _, c := range []struct{ written, want string }{
		{"9. Oktober 2025", "dates are written year-month-day: 2025-10-09, not 9. Oktober 2025"},
		{"14.03.2025", "dates are written year-month-day: 2025-03-14, not 14.03.2025"},
	} {
		src := "[document]\ntitle = \"Fachtag\"\ndate = " + c.written + "\n"
		_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
		if err == nil || !strings.Contains(err.Error(), "content.toml:3:") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("date = %s: %v, want %q", c.written, err, c.want)
		}
	}
}
