package pageimage

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"

	"golang.org/x/image/vector"
)

// canvas is an RGBA image being drawn. Shapes arrive in device pixels;
// each is rasterised in its own bounding box, so a small glyph costs
// little on a large page.
type canvas struct {
	img  *image.RGBA
	rast vector.Rasterizer
	// clip, when set, is the coverage shapes are limited to (PDF
	// artwork's clipping path).
	clip *clipMask
	// frame is the region shapes are drawn in and clipping masks cover:
	// the artwork's box while one is drawn, else the whole image.
	frame image.Rectangle
}

// clipMask is a clipping coverage over the whole image and the bounds of
// what it lets through.
type clipMask struct {
	a      *image.Alpha
	bounds image.Rectangle
}

// newClip makes a clip from a coverage image.
func newClip(a *image.Alpha) *clipMask { return &clipMask{a: a, bounds: alphaBounds(a)} }

func newCanvas(w, h int) *canvas {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	adviseHugePages(img.Pix) // before the white fill writes it all
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	return &canvas{img: img, frame: img.Bounds()}
}

// maxCoordinate bounds the device coordinates of a shape that is drawn
// (pixels; a page at 1200 dpi is some 14,000 wide).
const maxCoordinate = 1e6

// bandRows is the height of the bands a shape is rasterised in: the
// rasteriser keeps four bytes for every pixel it covers, so a shape as
// large as the page (a cover's background at 600 dpi) would otherwise
// need as much again as the page itself.
const bandRows = 256

// area is the rectangle of the image p (device pixels) may cover, or ok
// false when it covers nothing.
func (c *canvas) area(p *path) (image.Rectangle, bool) {
	x0, y0, x1, y1, ok := p.bounds()
	if !ok || !(math.Abs(x0) < maxCoordinate && math.Abs(y0) < maxCoordinate && math.Abs(x1) < maxCoordinate && math.Abs(y1) < maxCoordinate) {
		return image.Rectangle{}, false // nothing, or absurd coordinates (a damaged logo) the rasteriser would crawl along
	}
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1).Intersect(c.frame)
	if c.clip != nil {
		r = r.Intersect(c.clip.bounds)
	}
	return r, !r.Empty()
}

// rasterise calls draw once for each band of r, with the rasteriser
// holding the part of p (device pixels) in that band; a band that solid
// (when not nil) takes is passed to it instead, the rasteriser left
// alone.
func (c *canvas) rasterise(p *path, r image.Rectangle, draw func(band image.Rectangle), solid func(band image.Rectangle) bool) {
	for y := r.Min.Y; y < r.Max.Y; y += bandRows {
		band := image.Rect(r.Min.X, y, r.Max.X, min(y+bandRows, r.Max.Y))
		if solid != nil && solid(band) {
			continue
		}
		c.load(p, band)
		draw(band)
	}
}

// load puts p into the rasteriser, the band's corner at its origin.
func (c *canvas) load(p *path, band image.Rectangle) {
	c.rast.Reset(band.Dx(), band.Dy())
	ox, oy := float64(band.Min.X), float64(band.Min.Y)
	f := func(q point) (float32, float32) { return float32(q.x - ox), float32(q.y - oy) }
	open := false
	for _, s := range p.segs {
		switch s.kind {
		case segMove:
			if open {
				c.rast.ClosePath()
			}
			c.rast.MoveTo(f(s.p[0]))
			open = true
		case segLine:
			c.rast.LineTo(f(s.p[0]))
		case segCube:
			bx, by := f(s.p[0])
			cx, cy := f(s.p[1])
			dx, dy := f(s.p[2])
			c.rast.CubeTo(bx, by, cx, cy, dx, dy)
		case segClose:
			c.rast.ClosePath()
			open = false
		}
	}
	if open {
		c.rast.ClosePath()
	}
}

// fill paints p (device pixels) in colour col. The bands that a
// rectangle along the axes covers wholly (a cover's background, drawn
// past the page's edges) are painted without the rasteriser, when the
// colour is opaque and nothing clips: it would find full coverage in
// each of their pixels and paint the colour over it, which is the
// colour itself — the same bytes, without the work (35 million pixels
// for a whole page at 600 dpi). The other bands are rasterised as
// before, from the same origins.
func (c *canvas) fill(p *path, col color.Color) {
	r, ok := c.area(p)
	if !ok {
		return
	}
	src := image.NewUniform(col)
	var solid func(band image.Rectangle) bool
	if _, _, _, a := col.RGBA(); a == 0xffff && c.clip == nil && p.isRect() {
		solid = func(band image.Rectangle) bool {
			if !p.covers(band) {
				return false
			}
			draw.Draw(c.img, band, src, image.Point{}, draw.Src)
			return true
		}
	}
	c.fillRasterised(p, r, src, solid)
}

// fillRasterised paints p in the colour src through the rasteriser, in
// the area r of the canvas (c.area), but the bands solid paints.
func (c *canvas) fillRasterised(p *path, r image.Rectangle, src *image.Uniform, solid func(band image.Rectangle) bool) {
	c.rasterise(p, r, func(band image.Rectangle) {
		if c.clip == nil {
			c.rast.Draw(c.img, band, src, image.Point{})
			return
		}
		mask := image.NewAlpha(band)
		c.rast.Draw(mask, band, image.Opaque, image.Point{})
		intersectAlpha(mask, c.clip.a)
		draw.DrawMask(c.img, band, src, image.Point{}, mask, band.Min, draw.Over)
	}, solid)
}

// mask rasterises p into a coverage image of the part of the canvas's
// frame (and the current clip) it covers; it is zero everywhere else.
func (c *canvas) mask(p *path) *image.Alpha {
	r, ok := c.area(p)
	if !ok {
		return image.NewAlpha(image.Rectangle{})
	}
	m := image.NewAlpha(r)
	c.rasterise(p, r, func(band image.Rectangle) { c.rast.Draw(m, band, image.Opaque, image.Point{}) }, nil)
	return m
}

// intersectAlpha multiplies m by the coverage of clip (zero outside it).
func intersectAlpha(m, clip *image.Alpha) {
	r := m.Rect
	both := r.Intersect(clip.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := m.Pix[m.PixOffset(r.Min.X, y) : m.PixOffset(r.Min.X, y)+r.Dx()]
		if y < both.Min.Y || y >= both.Max.Y || both.Empty() {
			clear(row)
			continue
		}
		clear(row[:both.Min.X-r.Min.X])
		clear(row[both.Max.X-r.Min.X:])
		in := row[both.Min.X-r.Min.X : both.Max.X-r.Min.X]
		c := clip.Pix[clip.PixOffset(both.Min.X, y):]
		for i, a := range in {
			in[i] = uint8(uint16(a) * uint16(c[i]) / 255)
		}
	}
}

// alphaBounds is the smallest rectangle holding m's non-zero coverage.
func alphaBounds(m *image.Alpha) image.Rectangle {
	r := m.Rect
	out := image.Rectangle{}
	if r.Empty() {
		return out
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := m.Pix[m.PixOffset(r.Min.X, y) : m.PixOffset(r.Min.X, y)+r.Dx()]
		first := slices.IndexFunc(row, func(a uint8) bool { return a != 0 })
		if first < 0 {
			continue
		}
		last := len(row) - 1
		for row[last] == 0 {
			last--
		}
		out = out.Union(image.Rect(r.Min.X+first, y, r.Min.X+last+1, y+1))
	}
	return out
}

// strokePath outlines the segments of p (device pixels) at the given
// width: each straight piece (curves flattened) becomes a rectangle, and
// each joint a square, so joins have no gaps. Caps are butt.
func strokePath(p *path, width float64) *path {
	out := &path{}
	hw := width / 2
	var cur, start point
	piece := func(a, b point) {
		dx, dy := b.x-a.x, b.y-a.y
		l := math.Hypot(dx, dy)
		if l == 0 {
			return
		}
		nx, ny := -dy/l*hw, dx/l*hw
		out.moveTo(point{a.x + nx, a.y + ny})
		out.lineTo(point{b.x + nx, b.y + ny})
		out.lineTo(point{b.x - nx, b.y - ny})
		out.lineTo(point{a.x - nx, a.y - ny})
		out.close()
	}
	joint := func(q point) { out.rect(q.x-hw, q.y-hw, width, width) }
	for _, s := range p.segs {
		switch s.kind {
		case segMove:
			cur, start = s.p[0], s.p[0]
		case segLine:
			piece(cur, s.p[0])
			joint(s.p[0])
			cur = s.p[0]
		case segCube:
			const steps = 16
			prev := cur
			for i := 1; i <= steps; i++ {
				t := float64(i) / steps
				q := cubicAt(cur, s.p[0], s.p[1], s.p[2], t)
				piece(prev, q)
				prev = q
			}
			joint(s.p[2])
			cur = s.p[2]
		case segClose:
			piece(cur, start)
			joint(start)
			cur = start
		}
	}
	return out
}

// cubicAt is the point at t on the cubic from a with controls b, c to d.
func cubicAt(a, b, c, d point, t float64) point {
	u := 1 - t
	w0, w1, w2, w3 := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return point{w0*a.x + w1*b.x + w2*c.x + w3*d.x, w0*a.y + w1*b.y + w2*c.y + w3*d.y}
}
