package assets

import (
	"math"
	"testing"
)

const eps = 1e-12

func TestStarCentresLieOnTheCircleLikeClockHours(t *testing.T) {
	for i := 0; i < EmblemStarCount; i++ {
		x, y := StarCentre(i)
		dx, dy := x-0.75, y-0.5
		if r := math.Hypot(dx, dy); math.Abs(r-1.0/3) > eps {
			t.Errorf("star %d centre at distance %.6f from the middle, want 1/3", i, r)
		}
		// Clockwise from twelve o'clock in 30° steps (y grows downwards).
		want := float64(i) * 30
		got := math.Mod(math.Atan2(dx, -dy)*180/math.Pi+360, 360)
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("star %d at %.3f°, want %.0f°", i, got, want)
		}
	}
	if x, y := StarCentre(0); math.Abs(x-0.75) > eps || math.Abs(y-(0.5-1.0/3)) > eps {
		t.Errorf("star 0 should stand at twelve o'clock, got (%.4f, %.4f)", x, y)
	}
}

func TestStarPointsOnRadiusOneEighteenthWithOnePointUp(t *testing.T) {
	for i := 0; i < EmblemStarCount; i++ {
		cx, cy := StarCentre(i)
		v := Star(i)
		for k, p := range v {
			r := math.Hypot(p[0]-cx, p[1]-cy)
			want := 1.0 / 18
			if k%2 == 1 {
				want *= 0.3819660112501051 // regular pentagram notch radius
			}
			if math.Abs(r-want) > eps {
				t.Errorf("star %d vertex %d at radius %.6f, want %.6f", i, k, r, want)
			}
		}
		if math.Abs(v[0][0]-cx) > eps || v[0][1] >= cy {
			t.Errorf("star %d: first point must be straight up, got (%.5f, %.5f) for centre (%.5f, %.5f)", i, v[0][0], v[0][1], cx, cy)
		}
	}
}

func TestEmblemColours(t *testing.T) {
	if EmblemBlueCMYK != [4]uint8{100, 80, 0, 0} || EmblemYellowCMYK != [4]uint8{0, 0, 100, 0} {
		t.Errorf("process colours must be C100 M80 and Y100")
	}
	if EmblemBlueRGB != [3]uint8{0x00, 0x33, 0x99} || EmblemYellowRGB != [3]uint8{0xFF, 0xCC, 0x00} {
		t.Errorf("screen colours must be #003399 and #FFCC00")
	}
	if EmblemAspect != 1.5 {
		t.Errorf("emblem must be 3:2")
	}
}
