package content

import (
	"strings"
	"testing"
)

// TestColourGivenHalfIsRefused: a colour of the built-in theme given with
// only its screen or only its print value is refused at its line, naming
// the half that is missing; it used to keep the built-in half, so a red
// accent on screen printed blue. Given whole, it replaces the built-in
// colour.
func TestColourGivenHalfIsRefused(t *testing.T) {
	cases := []struct {
		name, toml, err string
	}{
		{"screen only", "[colours]\naccent = { rgb = \"#ff0000\" }\n", "theme.toml:2:1: colours.accent.cmyk: required"},
		{"print only", "[colours]\naccent = { cmyk = [0, 100, 100, 0] }\n", "theme.toml:2:1: colours.accent.rgb: required"},
		{"whole", "[colours]\naccent = { cmyk = [0, 100, 100, 0], rgb = \"#ff0000\" }\n", ""},
	}
	for _, tc := range cases {
		th, err := ParseTheme("theme.toml", []byte(tc.toml), ".", false)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one with %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if c := th.Colours["accent"]; c.RGB != [3]uint8{255, 0, 0} || c.CMYK != [4]uint8{0, 100, 100, 0} {
			t.Errorf("%s: accent %+v, want the colour given", tc.name, c)
		}
	}
}
