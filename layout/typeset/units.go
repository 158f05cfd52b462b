package typeset

import "math"

// Scaled is a length in units of 1/65536 of a PostScript point (1/72 inch).
type Scaled int64

// Common lengths.
const (
	SP    Scaled = 1
	Point Scaled = 65536
)

// Pt converts points to Scaled, rounding to the nearest unit.
func Pt(points float64) Scaled { return Scaled(math.Round(points * float64(Point))) }

// MM converts millimetres to Scaled, rounding to the nearest unit.
func MM(mm float64) Scaled { return Pt(mm * 72 / 25.4) }

// Points is the length in points, for output.
func (s Scaled) Points() float64 { return float64(s) / float64(Point) }

// MM is the length in millimetres, for messages.
func (s Scaled) MM() float64 { return s.Points() * 25.4 / 72 }

// Millimetres is the length in millimetres.
func (s Scaled) Millimetres() float64 { return s.Points() * 25.4 / 72 }

// OfEm converts thousandths of an em (the unit of font metrics) at the
// given size to Scaled, rounding half away from zero.
func OfEm(thousandths int, size Scaled) Scaled {
	return Scaled(divRound(int64(thousandths)*int64(size), 1000))
}

// divRound divides rounding half away from zero.
func divRound(a, b int64) int64 {
	if (a < 0) != (b < 0) {
		return (a - b/2) / b
	}
	return (a + b/2) / b
}

// ScaleBy multiplies s by num/den exactly, rounding to the nearest unit.
func ScaleBy(s Scaled, num, den int64) Scaled {
	return Scaled(divRound(int64(s)*num, den))
}
