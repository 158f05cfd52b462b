package assets

import "math"

// The EU emblem (Council of Europe specification, as required by Annex IX of
// Regulation (EU) 2021/1060): a blue rectangle 1.5 times as wide as high;
// twelve gold five-pointed stars, one point straight up, placed like the
// hours of a clock on an invisible circle of radius h/3 centred on the
// rectangle; each star's points lie on a circle of radius h/18.
//
// Geometry here is in units of the emblem's height, with y growing
// downwards as on a page.
const (
	EmblemAspect     = 1.5      // width / height
	EmblemStarCircle = 1.0 / 3  // radius of the circle of star centres, × height
	EmblemStarRadius = 1.0 / 18 // radius of each star's points, × height
	EmblemStarCount  = 12
	// EmblemBorder is the white border drawn round the emblem on coloured
	// backgrounds, × height.
	EmblemBorder = 1.0 / 25
)

// pentagramInner is the inner-vertex radius of a regular five-pointed star
// whose points lie on the unit circle: cos 72° / cos 36° = 1/φ².
var pentagramInner = math.Cos(72*math.Pi/180) / math.Cos(36*math.Pi/180)

// Emblem colours: process values for print, sRGB for screen.
var (
	EmblemBlueCMYK   = [4]uint8{100, 80, 0, 0}
	EmblemYellowCMYK = [4]uint8{0, 0, 100, 0}
	EmblemBlueRGB    = [3]uint8{0x00, 0x33, 0x99}
	EmblemYellowRGB  = [3]uint8{0xFF, 0xCC, 0x00}
)

// StarCentre returns the centre of star i (0 at twelve o'clock, counting
// clockwise) for an emblem of height 1 whose top-left corner is the origin.
func StarCentre(i int) (x, y float64) {
	angle := float64(i) * 2 * math.Pi / EmblemStarCount
	return EmblemAspect/2 + EmblemStarCircle*math.Sin(angle), 0.5 - EmblemStarCircle*math.Cos(angle)
}

// Star returns the ten vertices of star i, alternating outer point and
// inner notch, starting with the point straight up.
func Star(i int) [10][2]float64 {
	cx, cy := StarCentre(i)
	var v [10][2]float64
	for k := range v {
		r := EmblemStarRadius
		if k%2 == 1 {
			r *= pentagramInner
		}
		a := float64(k) * math.Pi / 5 // 36° steps, clockwise from straight up
		v[k] = [2]float64{cx + r*math.Sin(a), cy - r*math.Cos(a)}
	}
	return v
}
