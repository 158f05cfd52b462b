package content

import (
	"strings"
	"testing"
)

// TestTimeWrittenAsNumber: time = 9.30 without quotes (the number 9.3 to
// TOML) is refused with what to write, time = "09:30", not in a
// programmer's terms („got a float“); a title written as a number is
// asked for in quotes.
func TestTimeWrittenAsNumber(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"time = 9.30", `sections[0].items[0].time: expected text in quotes, got the number 9.3; a time is written in quotes: time = "09:30"`},
		{"time = 14.05", `time = "14:05"`},
		{"time = 9", `time = "09:00"`},
		{"time = 9.30\n  title = 2024", `sections[0].items[0].title: expected text in quotes, got the number 2024; write title = "…"`},
	} {
		src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n" +
			"  [[sections.items]]\n  " + tc.line + "\n"
		if !strings.Contains(tc.line, "title") {
			src += "  title = \"Punkt\"\n"
		}
		_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "float") {
			t.Errorf("%s: %v, want %s", tc.line, err, tc.want)
		}
	}
}

// TestBodyWrittenAsList: body = ["…", "…"] asks for one text of
// paragraphs in triple quotes.
func TestBodyWrittenAsList(t *testing.T) {
	src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n\n[[sections]]\nkind = \"talk\"\ntitle = \"V\"\nbody = [\"Eins.\", \"Zwei.\"]\n"
	_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
	if want := `sections[0].body: expected text in quotes, got a list in brackets; write one text, its paragraphs a blank line apart: body = """…"""`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%v, want %s", err, want)
	}
}
