package pageimage

import (
	"fmt"
	"image"
	"image/color"
	"math"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"brochure/content"
	"brochure/layout"
	"brochure/layout/typeset"
)

// The raster budget: the resolutions a page image may be drawn at, and
// the pixels one page may have. A page is drawn whole in memory (four
// bytes a pixel, and its artwork's clipping masks beside it), so the
// budget bounds the memory a page image takes: 36 megapixels is an A4
// page at 600 dpi, some 140 MB drawn. A larger page or resolution is
// refused before anything is drawn, with the resolution that would fit.
const (
	MinDPI          = 10
	MaxDPI          = 1200
	MaxRasterPixels = 36_000_000
)

// RasterSize is the size in pixels of page p drawn at dpi, or an error
// when dpi is not a finite resolution from MinDPI to MaxDPI or the page
// would exceed MaxRasterPixels.
func RasterSize(p layout.Page, dpi float64) (w, h int, err error) {
	if !(dpi >= MinDPI && dpi <= MaxDPI) { // also refuses NaN
		return 0, 0, fmt.Errorf("resolution %g dpi: expected %d to %d", dpi, MinDPI, MaxDPI)
	}
	scale := dpi / 72
	fw := math.Ceil(p.Width.Points()*scale - 1e-6)
	fh := math.Ceil(p.Height.Points()*scale - 1e-6)
	if !(fw >= 1 && fh >= 1) {
		return 0, 0, fmt.Errorf("the page is %g × %g pt: nothing to draw", p.Width.Points(), p.Height.Points())
	}
	if fw*fh > MaxRasterPixels {
		fit := math.Floor(72 * math.Sqrt(MaxRasterPixels/(p.Width.Points()*p.Height.Points())))
		return 0, 0, fmt.Errorf("a page of %.0f × %.0f mm at %g dpi is %.0f megapixels, over the %d megapixels a page image may have; use -dpi %g or less",
			p.Width.Points()/72*25.4, p.Height.Points()/72*25.4, dpi, fw*fh/1e6, MaxRasterPixels/1_000_000, fit)
	}
	return int(fw), int(fh), nil
}

// Raster draws a page at dpi pixels per inch: the trimmed page, white,
// with everything on it that the PDF draws. The page must fit the raster
// budget (RasterSize).
func (r *Renderer) Raster(p layout.Page, dpi float64) (*image.RGBA, error) {
	w, h, err := RasterSize(p, dpi)
	if err != nil {
		return nil, err
	}
	scale := dpi / 72
	rd := &rasterDrawer{r: r, c: newCanvas(w, h), toPx: affine{scale, 0, 0, scale, 0, 0}, scale: scale}
	for _, it := range p.Items {
		it.Draw(rd)
		if rd.err != nil {
			return nil, rd.err
		}
	}
	return rd.c.img, nil
}

// rasterDrawer draws items onto a canvas (a typeset.Drawer).
type rasterDrawer struct {
	r     *Renderer
	c     *canvas
	toPx  affine
	scale float64 // pixels per point
	err   error   // the first error met
}

// GlyphRun implements typeset.Drawer.
func (rd *rasterDrawer) GlyphRun(g *typeset.GlyphRun) {
	var run path
	if err := rd.r.outlines.runPath(g, &run); err != nil {
		rd.err = err
		return
	}
	rd.c.fill(transformed(&run, rd.toPx), rgb(g.Colour))
}

// Rule implements typeset.Drawer.
func (rd *rasterDrawer) Rule(x *typeset.Rule) {
	var q path
	q.rect(x.X.Points(), x.Y.Points(), x.W.Points(), x.H.Points())
	rd.c.fill(transformed(&q, rd.toPx), rgb(x.Colour))
}

// Polygon implements typeset.Drawer.
func (rd *rasterDrawer) Polygon(x *typeset.Polygon) {
	rd.c.fill(transformed(polygonPath(x), rd.toPx), rgb(x.Colour))
}

// QRCode implements typeset.Drawer.
func (rd *rasterDrawer) QRCode(x *typeset.QRCode) {
	rd.c.fill(transformed(qrPath(x), rd.toPx), rgb(x.Colour))
}

// Picture implements typeset.Drawer.
func (rd *rasterDrawer) Picture(x *typeset.Picture) {
	rd.err = rd.r.drawPicture(rd.c, x, rd.scale)
}

// LinkArea implements typeset.Drawer: a raster page has no links.
func (*rasterDrawer) LinkArea(*typeset.LinkArea) {}

// Mark implements typeset.Drawer: a mark draws nothing.
func (*rasterDrawer) Mark(*typeset.Mark) {}

// polygonPath is a polygon's outline, in points.
func polygonPath(x *typeset.Polygon) *path {
	var q path
	for i, v := range x.Points {
		if i == 0 {
			q.moveTo(point{v.X.Points(), v.Y.Points()})
		} else {
			q.lineTo(point{v.X.Points(), v.Y.Points()})
		}
	}
	q.close()
	return &q
}

// qrPath is the dark modules of a QR symbol as one path, in points.
func qrPath(q *typeset.QRCode) *path {
	var p path
	m := q.Module.Points()
	for row, cols := range q.Modules {
		for col, dark := range cols {
			if dark {
				p.rect(q.X.Points()+float64(col)*m, q.Y.Points()+float64(row)*m, m, m)
			}
		}
	}
	return &p
}

// transformed is p with every point mapped by m.
func transformed(p *path, m affine) *path {
	out := &path{segs: make([]segment, len(p.segs))}
	for i, s := range p.segs {
		for k := range s.p {
			s.p[k] = m.apply(s.p[k].x, s.p[k].y)
		}
		out.segs[i] = s
	}
	return out
}

// pictureSource is the image file a picture shows: nil for a picture
// without one, an error for a source the page images cannot draw.
func pictureSource(p *layout.Picture) (*content.Image, error) {
	if p.Source == nil {
		return nil, nil
	}
	src, ok := p.Source.(*content.Image)
	if !ok {
		return nil, fmt.Errorf("pageimage: a picture of %T, which page images do not draw", p.Source)
	}
	return src, nil
}

// rgb is a layout colour on screen.
func rgb(c typeset.Colour) color.RGBA { return color.RGBA{c.R, c.G, c.B, 255} }

// drawPicture draws a picture in its box: a raster image turned as its
// EXIF orientation says and scaled smoothly, or PDF artwork drawn by the
// content-stream interpreter.
func (r *Renderer) drawPicture(c *canvas, p *layout.Picture, scale float64) error {
	box := image.Rect(int(math.Round(p.X.Points()*scale)), int(math.Round(p.Y.Points()*scale)),
		int(math.Round((p.X+p.W).Points()*scale)), int(math.Round((p.Y+p.H).Points()*scale)))
	src, err := pictureSource(p)
	if src == nil || box.Empty() {
		return err
	}
	if src.Format == "pdf" {
		return r.drawArtwork(c, p, src, scale)
	}
	img, err := r.images.oriented(src)
	if err != nil {
		return err
	}
	drawScaled(c.img, box, img, windowOf(img.Bounds(), p.Window))
	return nil
}

// windowOf is the part of an image's pixels (bounds b) a picture's
// window shows, at least one pixel each way.
func windowOf(b image.Rectangle, w typeset.Window) image.Rectangle {
	w = w.Bounds()
	at := func(from, size int, frac int32) int { return from + int(int64(size)*int64(frac)/typeset.WindowUnit) }
	r := image.Rect(at(b.Min.X, b.Dx(), w.X0), at(b.Min.Y, b.Dy(), w.Y0), at(b.Min.X, b.Dx(), w.X1), at(b.Min.Y, b.Dy(), w.Y1))
	r.Max.X, r.Max.Y = max(r.Max.X, r.Min.X+1), max(r.Max.Y, r.Min.Y+1)
	return r.Intersect(b)
}

// maxScaleBuffer bounds the buffer a separable scaling takes (32 bytes
// for every pixel of the box's width times the image's height: a 16
// megapixel photo drawn 4000 pixels wide would take 500 MB).
const maxScaleBuffer = 64 << 20

// drawScaled draws the part sb of img smoothly into box: separably
// (fast) when the buffer that takes is small, else pixel by pixel (no
// buffer).
func drawScaled(dst *image.RGBA, box image.Rectangle, img image.Image, sb image.Rectangle) {
	if int64(box.Dx())*int64(sb.Dy())*32 <= maxScaleBuffer {
		xdraw.CatmullRom.Scale(dst, box, img, sb, xdraw.Over, nil)
		return
	}
	sx, sy := float64(box.Dx())/float64(sb.Dx()), float64(box.Dy())/float64(sb.Dy())
	m := f64.Aff3{sx, 0, float64(box.Min.X) - sx*float64(sb.Min.X), 0, sy, float64(box.Min.Y) - sy*float64(sb.Min.Y)}
	xdraw.CatmullRom.Transform(dst.SubImage(box).(*image.RGBA), m, img, sb, xdraw.Over, nil)
}
