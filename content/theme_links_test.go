package content

import (
	"strings"
	"testing"
)

// TestLinkArrangementKey reads links.arrangement: the built-in theme's
// "beside", a user's "below", and a wrong value or a misspelt key refused
// at its line.
func TestLinkArrangementKey(t *testing.T) {
	cases := []struct {
		name, toml string
		want       LinkArrangement
		err        string // in the error, with its position
	}{
		{"built-in", "", LinksBeside, ""},
		{"below", "[links]\narrangement = \"below\"\n", LinksBelow, ""},
		{"beside", "[links]\narrangement = \"beside\"\n", LinksBeside, ""},
		{"wrong value", "[links]\narrangement = \"around\"\n", 0, "theme.toml:2:1: links.arrangement: \"around\": expected \"beside\""},
		{"not a string", "[links]\narrangement = 2\n", 0, "theme.toml:2:1: links.arrangement: expected text in quotes, got the number 2"},
		{"misspelt", "[links]\narangement = \"below\"\n", 0, "theme.toml:2:1: links.arangement"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th, err := ParseTheme("theme.toml", []byte(tc.toml), ".", false)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one with %q", err, tc.err)
				}
				if strings.Count(err.Error(), "links.ar") != 1 {
					t.Errorf("want one error about the key, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if th.Links.Arrangement != tc.want {
				t.Errorf("arrangement %v, want %v", th.Links.Arrangement, tc.want)
			}
		})
	}
}
