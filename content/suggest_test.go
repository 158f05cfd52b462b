package content

import "testing"

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"speakers", "speakers", 0},
		{"speakres", "speakers", 1}, // swapped neighbours
		{"speaker", "speakers", 1},
		{"tlak", "talk", 1},
		{"Grüßwort", "Grußwort", 1}, // runes, not bytes
		{"abc", "", 3},
	}
	for _, c := range cases {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"name", "role", "organisation", "photo"}
	cases := map[string]string{
		"nmae":         "name",
		"organization": "organisation",
		"foto":         "photo",
		"xyzzy":        "",
		"Role":         "role",
	}
	for in, want := range cases {
		if got := Suggest(in, keys); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}
