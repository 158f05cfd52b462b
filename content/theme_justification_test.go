package content

import (
	"strings"
	"testing"
)

// TestThemeHyphenDemerits: [justification] hyphen_demerits is read
// (default 20000 from the built-in theme), and a value out of range is
// one error naming the key.
func TestThemeHyphenDemerits(t *testing.T) {
	if got := DefaultTheme().Justification.HyphenDemerits; got != 20000 {
		t.Errorf("default hyphen_demerits %d, want 20000", got)
	}
	cases := []struct {
		toml    string
		want    int
		wantErr string
	}{
		{"[justification]\nhyphen_demerits = 5000\n", 5000, ""},
		{"[justification]\nhyphen_demerits = 0\n", 0, ""},
		{"[justification]\nhyphen_demerits = -1\n", 0, "justification.hyphen_demerits"},
		{"[justification]\nhyphen_demerits = 2000000\n", 0, "justification.hyphen_demerits"},
	}
	for _, c := range cases {
		th, err := ParseTheme("theme.toml", []byte(c.toml), t.TempDir(), false)
		switch {
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%q: error %v, want one naming %s", c.toml, err, c.wantErr)
		case c.wantErr == "" && err != nil:
			t.Errorf("%q: %v", c.toml, err)
		case c.wantErr == "" && th.Justification.HyphenDemerits != c.want:
			t.Errorf("%q: hyphen_demerits %d, want %d", c.toml, th.Justification.HyphenDemerits, c.want)
		}
	}
}

// TestThemeShrinkFlexibility: [justification] shrink_flexibility is read
// on its own (default 56, as space_flexibility), reaches the theme apart
// from space_flexibility, and a value out of range is one error naming
// the key.
func TestThemeShrinkFlexibility(t *testing.T) {
	if got := DefaultTheme().Justification.ShrinkFlexibility; got != 56 {
		t.Errorf("default shrink_flexibility %d, want 56", got)
	}
	cases := []struct {
		toml    string
		want    int
		wantErr string
	}{
		{"[justification]\nshrink_flexibility = 100\n", 100, ""},
		{"[justification]\nshrink_flexibility = 10\nspace_flexibility = 90\n", 10, ""},
		{"[justification]\nshrink_flexibility = 9\n", 0, "justification.shrink_flexibility"},
		{"[justification]\nshrink_flexibility = 101\n", 0, "justification.shrink_flexibility"},
	}
	for _, c := range cases {
		th, err := ParseTheme("theme.toml", []byte(c.toml), t.TempDir(), false)
		switch {
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%q: error %v, want one naming %s", c.toml, err, c.wantErr)
		case c.wantErr == "" && err != nil:
			t.Errorf("%q: %v", c.toml, err)
		case c.wantErr == "" && th.Justification.ShrinkFlexibility != c.want:
			t.Errorf("%q: shrink_flexibility %d, want %d", c.toml, th.Justification.ShrinkFlexibility, c.want)
		}
	}
}
