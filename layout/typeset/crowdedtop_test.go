package typeset

import (
	"strings"
	"testing"
)

// TestCrowdedTopCosts: floats at a frame's top that take more than 80 %
// of it while text follows them cost PageParams.CrowdedTop (LaTeX's
// \topfraction), so the breaker sets fewer of them there — one ahead of
// its section's text and the other after it — or sets them alone, rather
// than a frame of floats with a line or two of text at its foot. With
// the cost 0 the same lists crowd a frame.
func TestCrowdedTopCosts(t *testing.T) {
	cases := []struct {
		a, f, g, ahead int
		want           string
	}{
		{4, 7, 2, 150, "F a.1 a.2 | a.3 a.4 G b.1"},
		{5, 4, 5, 0, "| F G | b.6"},
		{4, 6, 3, 150, "| F G | b.7"},
	}
	for _, c := range cases {
		for _, cost := range []int{3000, 0} {
			p := DefaultPageParams(Pt(100), 1, 1)
			p.CrowdedTop, p.FloatAhead = cost, c.ahead
			v := append(lineBoxes("a", c.a), floatBox("F", 1, c.f), floatBox("G", 2, c.g))
			v = append(v, lineBoxes("b", 30)...)
			got := pageTexts(BreakPages(v, p))
			if crowded := !strings.Contains(got, c.want); crowded != (cost == 0) {
				t.Errorf("%+v, cost %d: %s", c, cost, got)
			}
		}
	}
}
