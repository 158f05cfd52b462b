package output

import (
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestFillColourWrittenOnlyWhenItChanges: a colour is written when it
// differs from the one in force, the same colour again writes nothing,
// and a new page (reset) writes its first colour again whatever the page
// before ended with.
func TestFillColourWrittenOnlyWhenItChanges(t *testing.T) {
	red, blue := typeset.Colour{M: 100, Y: 100, R: 255}, typeset.Colour{C: 100, M: 60, B: 255}
	printProfile, err := PrintProfile("", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, prof := range []Profile{printProfile, ScreenProfile()} {
		d := &document{prof: prof}
		for _, c := range []typeset.Colour{red, red, blue, red, red} {
			d.fill(c)
		}
		if ops := strings.Count(string(d.cs.buf), "\n"); ops != 3 {
			t.Errorf("%s: %d colour operators for red, red, blue, red, red; want 3:\n%s", prof.Version, ops, d.cs.buf)
		}
		d.cs.reset()
		d.fill(red)
		if ops := strings.Count(string(d.cs.buf), "\n"); ops != 1 {
			t.Errorf("%s: the first colour of a new page is not written: %q", prof.Version, d.cs.buf)
		}
	}
}
