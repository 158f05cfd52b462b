package pageimage

import (
	"bytes"
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
)

// TestCoveringRectangleFillsAsRasterised: a rectangle that covers its
// whole area, or some of its bands (canvas.fill paints those without the
// rasteriser), leaves the same pixels as the rasteriser does, on canvases the rasteriser works
// on in fixed-point (up to 512 pixels) and in floating-point arithmetic
// (in two bands), with edges on, between and beyond the pixels, and
// over a background that is not one colour; and so does every rectangle
// that does not cover its area, or is translucent (taking the
// rasteriser's way).
func TestCoveringRectangleFillsAsRasterised(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 2026))
	solid := 0
	for _, size := range []image.Point{{300, 200}, {512, 300}, {600, 300}} {
		background := stripedCanvas(size)
		for i := range 24 {
			edge := func(n int) float64 {
				switch r.IntN(4) {
				case 0:
					return float64(r.IntN(n + 1)) // on a pixel's edge
				case 1:
					return r.Float64() * float64(n) // between
				case 2:
					return -r.Float64() * 50 // before the canvas
				}
				return float64(n) + r.Float64()*50 // past it
			}
			x0, x1, y0, y1 := edge(size.X), edge(size.X), edge(size.Y), edge(size.Y)
			if i%2 == 0 { // one that covers the canvas: edges on its edges or beyond
				x0, y0 = -50*r.Float64()*float64(r.IntN(2)), -50*r.Float64()*float64(r.IntN(2))
				x1, y1 = float64(size.X)+50*r.Float64()*float64(r.IntN(2)), float64(size.Y)+50*r.Float64()*float64(r.IntN(2))
				if i%6 == 2 { // or nearly: one edge a quarter of a pixel in
					x0 = 0.25
				}
				switch i % 8 {
				case 0: // or its upper part: the foot inside it
					y1 = float64(size.Y)*0.75 + r.Float64()
				case 4: // the foot just short of a band's end
					y1 = float64(bandRows) - 0.9*r.Float64()
				}
				if r.IntN(2) == 0 {
					x0, x1 = x1, x0 // drawn the other way round
				}
			}
			var p path
			p.rect(x0, y0, x1-x0, y1-y0)
			col := color.RGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}
			if r.IntN(4) == 0 { // translucent: painted over what is there
				a := uint8(r.IntN(255))
				col = color.RGBA{min(col.R, a), min(col.G, a), min(col.B, a), a}
			}
			fast, slow := newCanvas(size.X, size.Y), newCanvas(size.X, size.Y)
			copy(fast.img.Pix, background.img.Pix)
			copy(slow.img.Pix, background.img.Pix)
			area, ok := fast.area(&p)
			if !ok {
				continue
			}
			for y := area.Min.Y; y < area.Max.Y; y += bandRows {
				if p.isRect() && p.covers(image.Rect(area.Min.X, y, area.Max.X, min(y+bandRows, area.Max.Y))) {
					solid++
				}
			}
			fast.fill(&p, col)
			slow.fillRasterised(&p, area, image.NewUniform(col), nil)
			if !bytes.Equal(fast.img.Pix, slow.img.Pix) {
				t.Fatalf("%v canvas, rectangle %.3f,%.3f to %.3f,%.3f : the pixels differ from the rasteriser's",
					size, x0, y0, x1, y1)
			}
		}
	}
	if solid < 20 {
		t.Errorf("only %d bands were covered wholly: the test hardly sees the fill without the rasteriser", solid)
	}
}

// TestCoversOnlyRectangles: shapes that are not one rectangle along the
// axes are not taken for one (isRect), even where their points' box
// covers the area.
func TestCoversOnlyRectangles(t *testing.T) {
	area := image.Rect(0, 0, 10, 10)
	shapes := map[string][]point{
		"rectangle":           {{-1, -1}, {11, -1}, {11, 11}, {-1, 11}},
		"a side doubled back": {{-1, -1}, {11, -1}, {11, 11}, {11, -1}},
		"turned":              {{5, -3}, {13, 5}, {5, 13}, {-3, 5}},
		"a triangle":          {{-1, -1}, {30, -1}, {-1, 30}, {-1, -1}},
	}
	for name, pts := range shapes {
		var p path
		p.moveTo(pts[0])
		for _, q := range pts[1:] {
			p.lineTo(q)
		}
		p.close()
		if got, want := p.isRect() && p.covers(area), name == "rectangle"; got != want {
			t.Errorf("%s: taken for a rectangle covering the area: %v, want %v", name, got, want)
		}
	}
}

// stripedCanvas is a canvas with a background of many colours.
func stripedCanvas(size image.Point) *canvas {
	c := newCanvas(size.X, size.Y)
	for i := 0; i < len(c.img.Pix); i += 4 {
		c.img.Pix[i], c.img.Pix[i+1], c.img.Pix[i+2] = uint8(i/4%251), uint8(i/4%13*19), uint8(i/4/size.X%256)
	}
	return c
}
