package content

import "testing"

func TestKeyLocator(t *testing.T) {
	src := `title = "x"   # top-level key
[document]
date = 2024-06-26
"quoted key" = 1
a.b = 2

[[sections]]
kind = "talk"
body = """
first line
[[not.a.table]]
"""

  [[sections.speakers]]
  name = "A"

  [[sections.speakers]]
  name = "B"
  tags = [
    "x",
  ]
  role = "R"

[[sections]]
kind = 'workshop'
text = '''
lit'''
  [[sections.speakers]]
  name = "C"

[funding]
statement = "S"
`
	kl := locateKeys(src)
	cases := map[string]Position{
		"title":                        {1, 1},
		"document":                     {2, 1},
		"document.date":                {3, 1},
		"document.quoted key":          {4, 1},
		"document.a.b":                 {5, 1},
		"sections[0]":                  {7, 1},
		"sections[0].body":             {9, 1},
		"sections[0].speakers[0]":      {14, 3},
		"sections[0].speakers[1].name": {18, 3},
		"sections[0].speakers[1].role": {22, 3},
		"sections[1]":                  {24, 1},
		"sections[1].kind":             {25, 1},
		"sections[1].speakers[0].name": {29, 3},
		"funding.statement":            {32, 1},
		// Unrecorded keys fall back to their nearest ancestor.
		"sections[1].speakers[0].photo":   {28, 3},
		"sections[0].speakers[1].tags[0]": {19, 3},
	}
	for path, want := range cases {
		if got := kl.find(path); got != want {
			t.Errorf("find(%q) = %v, want %v", path, got, want)
		}
	}
	if got, _ := kl.valueLineOf("sections[0].body"); got != 10 {
		t.Errorf("body's first content line = %d, want 10", got)
	}
	if _, ok := kl.at("not.a.table"); ok {
		t.Errorf("a header inside a multi-line string was taken for a table")
	}
}
