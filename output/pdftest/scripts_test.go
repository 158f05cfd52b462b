package pdftest

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckColourReadsTheOperators: check-colour.py, which parses only
// the colour operators and inline images of a content stream, still
// finds them — rg and RG on the page and in a form of the RGB test logo
// (print), k and K of the CMYK one (screen) — besides the device colour
// spaces named in objects.
func TestCheckColourReadsTheOperators(t *testing.T) {
	logos := filepath.Join("..", "..", "cmd", "brochure", "testdata", "logos")
	for _, c := range []struct {
		logo, edition string
		want          []string
	}{
		{"rgb-logo.pdf", "print", []string{"page 1: rg operator", "page 1: RG operator", "form 7: rg operator"}},
		{"cmyk-logo.pdf", "screen", []string{"page 1: k operator", "page 1: K operator", "form 7: k operator"}},
	} {
		out, ok := CheckColour(t, filepath.Join(logos, c.logo), c.edition)
		if ok {
			t.Errorf("%s (%s): check-colour.py passed it:\n%s", c.logo, c.edition, out)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w+"\n") {
				t.Errorf("%s (%s): check-colour.py does not say %q:\n%s", c.logo, c.edition, w, out)
			}
		}
	}
}
