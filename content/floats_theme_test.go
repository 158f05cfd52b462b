package content

import (
	"strings"
	"testing"
)

// TestFloatsThemeKeys: [floats] takes "page" or "here" per kind and
// [pagination] a space_flex percentage; a wrong value or an unknown key
// is one error at its key, with its line.
func TestFloatsThemeKeys(t *testing.T) {
	th, err := ParseTheme("theme.toml", []byte("[floats]\npictures = \"here\"\n\n[pagination]\nspace_flex = 10\n"), ".", false)
	if err != nil {
		t.Fatal(err)
	}
	if th.Floats != (FloatsTheme{Pictures: FloatHere, Links: FloatPage}) || th.Pagination.SpaceFlex != 10 {
		t.Errorf("got %+v, %+v", th.Floats, th.Pagination)
	}
	cases := []struct{ toml, want string }{
		{"[floats]\npictures = \"elsewhere\"\n", `theme.toml:2:1: floats.pictures: "elsewhere": expected "page"`},
		{"[floats]\nimages = \"page\"\n", "theme.toml:2:1: floats.images"},
		{"[pagination]\nspace_flex = 80\n", "theme.toml:2:1: pagination.space_flex"},
	}
	for _, c := range cases {
		_, err := ParseTheme("theme.toml", []byte(c.toml), ".", false)
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Count(err.Error(), "\n") > 0 {
			t.Errorf("%q: got %v, want one error containing %q", c.toml, err, c.want)
		}
	}
}
