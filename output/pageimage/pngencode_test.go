package pageimage_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"brochure/output/build"
	"brochure/output/pageimage"
	"brochure/output/pdftest"
)

// TestPNGPagesReadBackExactly: pages of the example drawn at 96 dpi (the
// cover, a page of text and a page with a photograph), a photograph-like
// noise, a one-pixel column and a part of a page cut out of it
// (SubImage) are written by EncodePNG and read back by Go's decoder and
// by PIL, which shares nothing with the program: every pixel is as
// drawn. Each file is at most 5 % larger than the standard encoder's
// (the filter choice weighs a sample of each row; choosing badly shows
// as size, in the noise most: a filter of None throughout makes it 60 %
// larger). An image with a transparent pixel is written by the
// standard encoder and keeps its alpha.
func TestPNGPagesReadBackExactly(t *testing.T) {
	res, err := build.Run(build.Request{Edition: build.Screen})
	if err != nil {
		t.Fatal(err)
	}
	r := pageimage.NewRenderer()
	images := map[string]*image.RGBA{}
	for _, n := range []int{1, 3, len(res.Layout.Pages)} {
		img, err := r.Raster(res.Layout.Pages[n-1], 96)
		if err != nil {
			t.Fatal(err)
		}
		images["page "+strconv.Itoa(n)] = img
	}
	images["noise"] = noise(97, 61)
	images["one pixel wide"] = noise(1, 40)
	images["part of a page"] = images["page 3"].SubImage(image.Rect(101, 203, 390, 377)).(*image.RGBA)
	dir := t.TempDir()
	for name, img := range images {
		var ours, standard bytes.Buffer
		if err := pageimage.EncodePNG(&ours, img, 96); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(dir, name+".png")
		os.WriteFile(path, ours.Bytes(), 0o644)
		goRead, err := png.Decode(bytes.NewReader(ours.Bytes()))
		if err != nil {
			t.Fatalf("%s: Go's decoder: %v", name, err)
		}
		samePixels(t, name+", read by Go", img, goRead)
		samePixels(t, name+", read by PIL", img, pdftest.LoadPNGWithPIL(t, path))
		(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&standard, img)
		if limit := (standard.Len() + 21) * 105 / 100; ours.Len() > limit { // 21: the pHYs chunk
			t.Errorf("%s: %d bytes, the standard encoder's %d and a pHYs chunk: over 5 %% more", name, ours.Len(), standard.Len())
		}
	}
	see := noise(20, 10)
	see.SetRGBA(7, 0, color.RGBA{0x40, 0x20, 0, 0x80}) // one pixel half transparent
	var buf bytes.Buffer
	if err := pageimage.EncodePNG(&buf, see, 0); err != nil {
		t.Fatal(err)
	}
	back, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := color.RGBAModel.Convert(back.At(7, 0)).(color.RGBA); got.A != 0x80 || got.R < 0x3f || got.G < 0x1f {
		t.Errorf("a half transparent pixel reads back as %v, want about %v", got, see.RGBAAt(7, 0))
	}
}

// noise is an opaque w × h image of smooth gradients with noise on
// them, as a photograph's rows are: every filter wins some rows.
func noise(w, h int) *image.RGBA {
	rng := rand.New(rand.NewPCG(uint64(w), uint64(h)))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{uint8(x*3 + rng.IntN(9)), uint8(y*5 + rng.IntN(5)), uint8((x + y) * 2), 0xff}
			if rng.IntN(4) == 0 {
				c.B = uint8(rng.IntN(256))
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// samePixels fails the test when got differs from want in any pixel's
// red, green or blue (both opaque).
func samePixels(t *testing.T, name string, want *image.RGBA, got image.Image) {
	t.Helper()
	b := want.Bounds()
	if got.Bounds().Dx() != b.Dx() || got.Bounds().Dy() != b.Dy() {
		t.Fatalf("%s: %v, want %v", name, got.Bounds().Size(), b.Size())
	}
	g := got.Bounds().Min
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			w := want.RGBAAt(x, y)
			c := color.RGBAModel.Convert(got.At(g.X+x-b.Min.X, g.Y+y-b.Min.Y)).(color.RGBA)
			if c.R != w.R || c.G != w.G || c.B != w.B || c.A != 0xff {
				t.Fatalf("%s: pixel %d,%d is %v, want %v", name, x, y, c, w)
			}
		}
	}
}

// BenchmarkEncodePNG writes the example's page with a photograph, drawn
// at 300 dpi, with EncodePNG and with the standard encoder at its
// fastest, for comparison.
func BenchmarkEncodePNG(b *testing.B) {
	res, err := build.Run(build.Request{Edition: build.Screen})
	if err != nil {
		b.Fatal(err)
	}
	img, err := pageimage.NewRenderer().Raster(res.Layout.Pages[2], 300)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.Run("brochure", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			pageimage.EncodePNG(&buf, img, 300)
		}
		b.ReportMetric(float64(buf.Len()), "bytes")
	})
	b.Run("standard", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
		}
		b.ReportMetric(float64(buf.Len()), "bytes")
	})
}
