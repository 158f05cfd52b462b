package content

import (
	"strings"
	"testing"
)

// TestSyntaxHintsSayWhatToWrite: the TOML slips organisers make, each
// answered at its line with what to write instead of the parser's words —
// a list of tables written with one pair of brackets (even where the file
// never writes it with two, and misspelt one letter short), a time of day
// without quotes, a section's picture written above the first section,
// a multi-line text never closed, answered at its opening rather than
// at the end of the file, and one whose end is mistyped, answered there
// rather than at the next text's end; a key joined by a colon, a quote
// not closed, a day the month does not have, and a key twice in an entry.
func TestSyntaxHintsSayWhatToWrite(t *testing.T) {
	const sections = "\n[section]\nkind = \"talk\"\ntitle = \"A\"\n\n[section]\nkind = \"talk\"\ntitle = \"B\"\n"
	const images = "\n  [sections.images]\n  file = \"a.png\"\n\n  [sections.images]\n  file = \"b.png\"\n"
	cases := []struct {
		name, src, want string
	}{
		{"images with one pair of brackets", baseContent + images,
			"content.toml:12:1: sections.images: [sections.images] with one pair of brackets is a single table; every entry of a list is written [[sections.images]] (two brackets)"},
		{"sections misspelt with one pair", strings.Replace(baseContent, "[[sections]]\nkind = \"talk\"\ntitle = \"Ein Vortrag\"\nbody = \"\"\"\nEin Absatz.\n\"\"\"\n", "", 1) + sections,
			"content.toml:6:1: section: [section] with one pair of brackets is a single table; every entry of a list is written [[sections]] (two brackets)"},
		{"time without quotes", strings.Replace(baseContent, "date = 2024-06-26\n", "date = 2024-06-26\ntime = 9:30\n", 1),
			`content.toml:4:8: document.time: a time is text, written in quotes: "9:30", not 9:30`},
		{"a picture above the first section", strings.Replace(baseContent, "[[sections]]", "[[sections.images]]\nfile = \"a.png\"\n\n[[sections]]", 1),
			"content.toml:5:1: sections.images: [[sections.images]] comes before the first [[sections]]: it belongs to one of them, so move it below the [[sections]] line (with its kind, title and body) of the entry it is part of"},
		{"a text never closed", strings.Replace(baseContent, "Ein Absatz.\n\"\"\"\n", "Ein Absatz.\n\n[[sections]]\nkind = \"contact\"\ntitle = \"Kontakt\"\n", 1),
			`content.toml:8:8: sections[0].body: the text begun with """ here is never closed: end it with """ after its last line, before the next key or [[…]] line`},
		{"a literal text never closed", strings.Replace(strings.Replace(baseContent, `body = """`, "body = '''", 1), "Ein Absatz.\n\"\"\"\n", "Ein Absatz.\n", 1),
			`content.toml:8:8: sections[0].body: the text begun with ''' here is never closed: end it with ''' after its last line, before the next key or [[…]] line`},
		{"a text's end mistyped", strings.Replace(baseContent, "Ein Absatz.\n\"\"\"\n", "Ein Absatz.\n\"\"\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Zwei\"\nbody = \"\"\"\nNoch ein Absatz.\n\"\"\"\n", 1),
			`content.toml:10:1: sections[0].body: the text begun with """ on line 8 is not closed here: "" has 2 quotes; end the text with three, """`},
		{"a slip after a text of one line in three quotes", strings.Replace(baseContent, "title = \"Fachtag\"\n", "title = \"\"\"Fachtag\"\"\"\nvenue: \"Erfurt\"\n", 1),
			`content.toml:3:6: a key and its value are joined by an equals sign: write venue = "Erfurt"`},
		{"a key joined by a colon", strings.Replace(baseContent, "date = 2024-06-26\n", "date = 2024-06-26\nvenue: \"Erfurt\"\n", 1),
			`content.toml:4:6: a key and its value are joined by an equals sign: write venue = "Erfurt"`},
		{"a quote never closed", strings.Replace(baseContent, `title = "Fachtag"`, `title = "Fachtag`, 1),
			`content.toml:2:17: document.title: the text in quotes is not closed on its line: end it with " before the line ends (a text of several lines is enclosed in """ … """)`},
		{"a day the month does not have", strings.Replace(baseContent, "2024-06-26", "2025-02-30", 1),
			`content.toml:3:8: document.date: 2025-02-30 is not a date: February 2025 has the days 1 to 28 (dates are written year-month-day)`},
		{"day 0", strings.Replace(baseContent, "2024-06-26", "2025-02-00", 1),
			`content.toml:3:8: document.date: 2025-02-00 is not a date: February 2025 has the days 1 to 28 (dates are written year-month-day)`},
		{"an hour the day does not have", strings.Replace(baseContent, "2024-06-26", "2025-02-28T25:00:00", 1),
			`content.toml:3:8: document.date: 2025-02-28T25:00:00 is not a date: a date is written year-month-day without a time (2025-02-28); the time of day goes in time`},
		{"a text after a colon", strings.Replace(baseContent, "date = 2024-06-26\n", "date = 2024-06-26\nvenue: Leipzig\n", 1),
			`content.toml:4:6: a key and its value are joined by an equals sign: write venue = "Leipzig"`},
		{"a link in a closed text, a slip after it", strings.Replace(baseContent, "Ein Absatz.\n\"\"\"\n", "Mehr dazu:\n[Anmeldung](https://example.org) bis Freitag.\n\"\"\"\nspeaker: \"Anna\"\n", 1),
			`content.toml:12:8: a key and its value are joined by an equals sign: write speaker = "Anna"`},
		{"a no-break space before the equals sign", strings.Replace(baseContent, "date = 2024-06-26", "date\u00a0= 2024-06-26", 1),
			`content.toml:3:5: an invisible no-break space (U+00A0) stands here, after date: replace it with a normal space (or delete it)`},
		{"a narrow no-break space indenting a key", strings.Replace(baseContent, "date = 2024-06-26", "\u202fdate = 2024-06-26", 1),
			`content.toml:3:1: an invisible narrow no-break space (U+202F) stands here, at the line's start: replace it with a normal space (or delete it)`},
		{"a key twice in an entry", baseContent + "\n  [[sections.links]]\n  label = \"A\"\n  url = \"https://a.de\"\n  url = \"https://b.de\"\n",
			`content.toml:15:3: sections[0].links[0].url: url is written twice in this entry: each [[sections.links]] takes one url; for another, begin a new entry with a line [[sections.links]]`},
	}
	for _, c := range cases {
		_, err := Parse("content.toml", []byte(c.src), Options{Dir: t.TempDir()})
		if err == nil || err.Error() != c.want {
			t.Errorf("%s:\n got %v\nwant %s", c.name, err, c.want)
		}
	}
}
