package typeset

import "testing"

// TestBestScaleEvensOnlyVisibleJumps: a line keeps its glyph-first scale
// while its neighbours differ by no more than smoothingFree; past that,
// the scale moves towards them (within its band) until what the jumps
// exceed smoothingFree by balances its distance from glyph first.
func TestBestScaleEvensOnlyVisibleJumps(t *testing.T) {
	for _, c := range []struct {
		name               string
		glyphFirst, lo, hi int64
		prev, next         int64
		wantMin, wantMax   int64
	}{
		{"jumps under the free difference", 100, -200, 200, -50, 0, 100, 100},
		{"a wide line between two narrow ones", 200, -200, 200, -200, -200, -30, 0},
		{"the band stops it", 200, 150, 200, -200, -200, 150, 150},
		{"between a wide and a narrow line: midway", -200, -200, 200, 200, -200, -20, 0},
	} {
		f := lineFit{glyphFirst: c.glyphFirst, lo: c.lo, hi: c.hi}
		if got := bestScale(&f, c.prev, c.next); got < c.wantMin || got > c.wantMax {
			t.Errorf("%s: scale %d, want %d … %d", c.name, got, c.wantMin, c.wantMax)
		}
	}
}
