package content

import (
	"strings"
	"testing"
)

// TestThemeJustificationKeys: [justification] hyphen_demerits (default
// 100000) and shrink_flexibility (default 100, read on its own, not as
// space_flexibility) are read, and a value out of range is one error
// naming the key.
func TestThemeJustificationKeys(t *testing.T) {
	type justificationCase struct {
		toml    string
		want    int
		wantErr string
	}
	type justificationKey struct {
		get   func(*Theme) int
		deflt int
		cases []justificationCase
	}
	keys := map[string]justificationKey{
		"hyphen_demerits": {func(th *Theme) int { return th.Justification.HyphenDemerits }, 100000, []justificationCase{
			{"[justification]\nhyphen_demerits = 5000\n", 5000, ""},
			{"[justification]\nhyphen_demerits = 0\n", 0, ""},
			{"[justification]\nhyphen_demerits = -1\n", 0, "justification.hyphen_demerits"},
			{"[justification]\nhyphen_demerits = 2000000\n", 0, "justification.hyphen_demerits"},
		}},
		"shrink_flexibility": {func(th *Theme) int { return th.Justification.ShrinkFlexibility }, 100, []justificationCase{
			{"[justification]\nshrink_flexibility = 70\n", 70, ""},
			{"[justification]\nshrink_flexibility = 10\nspace_flexibility = 90\n", 10, ""},
			{"[justification]\nshrink_flexibility = 9\n", 0, "justification.shrink_flexibility"},
			{"[justification]\nshrink_flexibility = 101\n", 0, "justification.shrink_flexibility"},
		}},
	}
	for key, k := range keys {
		if got := k.get(DefaultTheme()); got != k.deflt {
			t.Errorf("default %s %d, want %d", key, got, k.deflt)
		}
		for _, c := range k.cases {
			th, err := ParseTheme("theme.toml", []byte(c.toml), t.TempDir(), false)
			switch {
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Errorf("%q: error %v, want one naming %s", c.toml, err, c.wantErr)
			case c.wantErr == "" && err != nil:
				t.Errorf("%q: %v", c.toml, err)
			case c.wantErr == "" && k.get(th) != c.want:
				t.Errorf("%q: %s %d, want %d", c.toml, key, k.get(th), c.want)
			}
		}
	}
}
