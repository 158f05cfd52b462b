package layout_test

import (
	"strings"
	"testing"

	"brochure/layout"
)

// TestLocateFollowsAKeyOntoItsNextLines: the corpus reader finds a link
// block by its label where the label is, also when the label is broken
// after its first word and another block's label begins with the same
// word higher on the page (event 29's codes were looked for, and its
// blocks ordered, at the wrong block); a key that agrees with a line only
// up to its end is still found there, and one that turns away inside a
// line is not found.
func TestLocateFollowsAKeyOntoItsNextLines(t *testing.T) {
	ev := &builtEvent{th: layout.DefaultTheme()}
	var page []textLine
	for i, text := range []string{"Präsentation", "1.0: Gesundheitsversorgung", "example.org/e29/s1/l0",
		"Präsentation", "1.1: Landesarbeitsmarktpolitik", "Die Unterlagen zum Herunterladen:", "example.org/e29/s1/l1"} {
		l := textLine{x0: 200, y0: 100 + 12*float64(i), x1: 400, y1: 110 + 12*float64(i)}
		for k, w := range strings.Fields(text) {
			l.words = append(l.words, textWord{text: w, x0: 200 + 40*float64(k), x1: 235 + 40*float64(k)})
		}
		page = append(page, l)
	}
	ev.lines = [][]textLine{page}
	for _, c := range []struct {
		label string
		y     float64 // 0: not found
	}{
		{"Präsentation 1.0: Gesundheitsversorgung", 100},
		{"Präsentation 1.1: Landesarbeitsmarktpolitik", 136},
		{"Präsentation 1.1: Landesarbeitsmarktpolitik und mehr", 136}, // the next line turns away: found as far as whole lines agree
		{"Landesarbeitsmarktpolitik", 148},
		{"Landesarbeitsmarktberatung", 0},
	} {
		pos, ok := ev.locate(0, alnum(c.label))
		if found := ok && pos.y == c.y; !found && (c.y != 0 || ok) {
			t.Errorf("„%s“: found %v at y %v, want y %v", c.label, ok, pos.y, c.y)
		}
	}
}
