package pageimage

import (
	"image"
	"math"
)

// A path is a shape in device space (pixels for a raster, points for
// SVG): subpaths of lines and cubic curves.
type path struct {
	segs []segment
}

// segKind says what a segment does.
type segKind uint8

const (
	segMove segKind = iota
	segLine
	segCube
	segClose
)

// segment is one path operation; p holds its points (the control
// points of a cubic, then its end).
type segment struct {
	kind segKind
	p    [3]point
}

// point is a position in device space.
type point struct{ x, y float64 }

func (p *path) moveTo(a point) { p.segs = append(p.segs, segment{kind: segMove, p: [3]point{a}}) }
func (p *path) lineTo(a point) { p.segs = append(p.segs, segment{kind: segLine, p: [3]point{a}}) }
func (p *path) cubeTo(b, c, d point) {
	p.segs = append(p.segs, segment{kind: segCube, p: [3]point{b, c, d}})
}
func (p *path) close() { p.segs = append(p.segs, segment{kind: segClose}) }

// rect adds a closed rectangle.
func (p *path) rect(x, y, w, h float64) {
	p.moveTo(point{x, y})
	p.lineTo(point{x + w, y})
	p.lineTo(point{x + w, y + h})
	p.lineTo(point{x, y + h})
	p.close()
}

// isRect reports whether p is one rectangle with its sides along the
// axes: a moveto, three linetos and perhaps a closepath.
func (p *path) isRect() bool {
	s := p.segs
	if len(s) == 5 && s[4].kind == segClose {
		s = s[:4]
	}
	if len(s) != 4 || s[0].kind != segMove || s[1].kind != segLine || s[2].kind != segLine || s[3].kind != segLine {
		return false
	}
	a, b, c, d := s[0].p[0], s[1].p[0], s[2].p[0], s[3].p[0]
	return a.y == b.y && b.x == c.x && c.y == d.y && d.x == a.x || a.x == b.x && b.y == c.y && c.x == d.x && d.y == a.y
}

// covers reports whether p, a rectangle along the axes (isRect), holds
// every pixel of r wholly.
func (p *path) covers(r image.Rectangle) bool {
	a, c := p.segs[0].p[0], p.segs[2].p[0]
	x0, x1, y0, y1 := min(a.x, c.x), max(a.x, c.x), min(a.y, c.y), max(a.y, c.y)
	return x0 <= float64(r.Min.X) && float64(r.Max.X) <= x1 && y0 <= float64(r.Min.Y) && float64(r.Max.Y) <= y1
}

// bounds is the path's bounding box (of its points, control points
// included); ok is false for an empty path.
func (p *path) bounds() (x0, y0, x1, y1 float64, ok bool) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range p.segs {
		n := 1
		if s.kind == segCube {
			n = 3
		} else if s.kind == segClose {
			n = 0
		}
		for _, q := range s.p[:n] {
			x0, y0, x1, y1 = min(x0, q.x), min(y0, q.y), max(x1, q.x), max(y1, q.y)
		}
	}
	return x0, y0, x1, y1, x0 <= x1
}

// affine is a 2-D affine transform [a b c d e f] as in PDF:
// (x, y) ↦ (a x + c y + e, b x + d y + f).
type affine [6]float64

// identity leaves points where they are.
var identity = affine{1, 0, 0, 1, 0, 0}

// apply transforms a point.
func (m affine) apply(x, y float64) point {
	return point{m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]}
}

// then is m followed by n.
func (m affine) then(n affine) affine {
	return affine{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// invert is m's inverse (ok false when m is singular).
func (m affine) invert() (affine, bool) {
	det := m[0]*m[3] - m[1]*m[2]
	if math.Abs(det) < 1e-12 {
		return affine{}, false
	}
	a, b, c, d := m[3]/det, -m[1]/det, -m[2]/det, m[0]/det
	return affine{a, b, c, d, -(a*m[4] + c*m[5]), -(b*m[4] + d*m[5])}, true
}

// scaleFactor is how much m scales lengths on average.
func (m affine) scaleFactor() float64 {
	return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2]))
}
