package pageimage

import (
	"fmt"
	"image"
	"image/color"
	"math"

	xdraw "golang.org/x/image/draw"

	"brochure/layout"
	"brochure/layout/typeset"
)

// Raster draws a page at dpi pixels per inch: the trimmed page, white,
// with everything on it that the PDF draws.
func (r *Renderer) Raster(p layout.Page, dpi float64) (*image.RGBA, error) {
	if dpi <= 0 || dpi > 1200 {
		return nil, fmt.Errorf("resolution %g dpi: expected 1 to 1200", dpi)
	}
	scale := dpi / 72
	w := int(math.Ceil(p.Width.Points()*scale - 1e-6))
	h := int(math.Ceil(p.Height.Points()*scale - 1e-6))
	c := newCanvas(w, h)
	toPx := affine{scale, 0, 0, scale, 0, 0}
	for _, it := range p.Items {
		switch x := it.(type) {
		case *typeset.GlyphRun:
			var run path
			if err := r.outlines.runPath(x, &run); err != nil {
				return nil, err
			}
			c.fill(transformed(&run, toPx), rgb(x.Colour))
		case *typeset.Rule:
			var q path
			q.rect(x.X.Points(), x.Y.Points(), x.W.Points(), x.H.Points())
			c.fill(transformed(&q, toPx), rgb(x.Colour))
		case *typeset.Polygon:
			var q path
			for i, v := range x.Points {
				if i == 0 {
					q.moveTo(point{v.X.Points(), v.Y.Points()})
				} else {
					q.lineTo(point{v.X.Points(), v.Y.Points()})
				}
			}
			q.close()
			c.fill(transformed(&q, toPx), rgb(x.Colour))
		case *typeset.QRCode:
			c.fill(transformed(qrPath(x), toPx), rgb(x.Colour))
		case *layout.Picture:
			if err := r.drawPicture(c, x, scale); err != nil {
				return nil, err
			}
		}
	}
	return c.img, nil
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

// rgb is a layout colour on screen.
func rgb(c typeset.Colour) color.RGBA { return color.RGBA{c.R, c.G, c.B, 255} }

// drawPicture draws a picture in its box: a raster image turned as its
// EXIF orientation says and scaled smoothly, or PDF artwork drawn by the
// content-stream interpreter.
func (r *Renderer) drawPicture(c *canvas, p *layout.Picture, scale float64) error {
	box := image.Rect(int(math.Round(p.X.Points()*scale)), int(math.Round(p.Y.Points()*scale)),
		int(math.Round((p.X+p.W).Points()*scale)), int(math.Round((p.Y+p.H).Points()*scale)))
	if p.Source == nil || box.Empty() {
		return nil
	}
	if p.Source.Format == "pdf" {
		return r.drawArtwork(c, p, scale)
	}
	img, err := r.images.oriented(p.Source)
	if err != nil {
		return err
	}
	xdraw.CatmullRom.Scale(c.img, box, img, img.Bounds(), xdraw.Over, nil)
	return nil
}
