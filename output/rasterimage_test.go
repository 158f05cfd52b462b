package output

import (
	"bytes"
	"compress/zlib"
	"image"
	"image/color"
	"io"
	"testing"

	"brochure/content/imagefile"
)

// TestColourWithAlphaSamples checks that the byte-copying paths for 8-
// and 16-bit colour with alpha give each pixel's own non-premultiplied
// values, read pixel by pixel, and keep alpha only when a pixel is not
// opaque.
func TestColourWithAlphaSamples(t *testing.T) {
	for _, tc := range []struct {
		name        string
		depth       int
		colour      imagefile.ColourModel
		translucent bool
	}{
		{"16 bits opaque", 16, imagefile.RGB, false},
		{"16 bits translucent", 16, imagefile.RGB, true},
		{"8 bits translucent", 8, imagefile.RGB, true},
		{"8 bits opaque", 8, imagefile.RGB, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := testPicture(tc.depth, tc.translucent)
			in := &imagefile.Info{Width: 37, Height: 11, BitDepth: tc.depth, Colour: tc.colour, Alpha: true}
			fast := splitSamples(img, in)
			colour, alpha := exactSamples(img, tc.depth)
			if !bytes.Equal(fast.samples, colour) {
				t.Errorf("colour samples differ from the pixels'")
			}
			if tc.translucent && !bytes.Equal(fast.alpha, alpha) {
				t.Errorf("alpha samples differ from the pixels' (%d bytes, want %d)", len(fast.alpha), len(alpha))
			}
			if tc.translucent == (fast.alpha == nil) {
				t.Errorf("translucent %v but alpha kept: %v", tc.translucent, fast.alpha != nil)
			}
		})
	}
}

// exactSamples are a picture's RGB and alpha samples at depth, read
// pixel by pixel through its own colour type.
func exactSamples(img image.Image, depth int) (colour, alpha []byte) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var v [4]uint16
			switch c := img.At(x, y).(type) {
			case color.NRGBA64:
				v = [4]uint16{c.R, c.G, c.B, c.A}
			case color.NRGBA:
				v = [4]uint16{uint16(c.R) << 8, uint16(c.G) << 8, uint16(c.B) << 8, uint16(c.A) << 8}
			}
			for k := 0; k < 3; k++ {
				colour = appendSample(colour, v[k], depth)
			}
			alpha = appendSample(alpha, v[3], depth)
		}
	}
	return colour, alpha
}

// testPicture is a 37 × 11 picture with varied colour, at depth 8 or
// 16, with some pixels not opaque when translucent.
func testPicture(depth int, translucent bool) image.Image {
	r := image.Rect(0, 0, 37, 11)
	var m8 *image.NRGBA
	var m16 *image.NRGBA64
	if depth == 16 {
		m16 = image.NewNRGBA64(r)
	} else {
		m8 = image.NewNRGBA(r)
	}
	for y := 0; y < 11; y++ {
		for x := 0; x < 37; x++ {
			a := uint16(0xFFFF)
			if translucent && (x+y)%5 == 0 {
				a = uint16(x * 1771)
			}
			c := color.NRGBA64{uint16(x * 1789), uint16(y * 5003), uint16((x * y) * 251), a}
			if m16 != nil {
				m16.SetNRGBA64(x, y, c)
			} else {
				m8.SetNRGBA(x, y, color.NRGBA{uint8(c.R >> 8), uint8(c.G >> 8), uint8(c.B >> 8), uint8(c.A >> 8)})
			}
		}
	}
	if m16 != nil {
		return m16
	}
	return m8
}

// TestPredictAndDeflateRoundTrip checks that the row-by-row compression
// decompresses to the samples behind PNG Up filter bytes.
func TestPredictAndDeflateRoundTrip(t *testing.T) {
	s := splitSamples(testPicture(16, false), &imagefile.Info{Width: 37, Height: 11, BitDepth: 16, Colour: imagefile.RGB})
	z, err := zlib.NewReader(bytes.NewReader(predictAndDeflate(s.samples, 3, 16, 37)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	rowLen := 37 * 3 * 2
	if len(got) != 11*(rowLen+1) {
		t.Fatalf("%d bytes decompressed, want %d", len(got), 11*(rowLen+1))
	}
	for y := 0; y < 11; y++ {
		row := got[y*(rowLen+1):]
		if want := byte(min(y, 1) * 2); row[0] != want {
			t.Fatalf("row %d: filter %d, want %d (None on the first row, Up after)", y, row[0], want)
		}
		for i := 0; i < rowLen; i++ {
			v := row[1+i]
			if y > 0 {
				v += s.samples[(y-1)*rowLen+i]
			}
			if v != s.samples[y*rowLen+i] {
				t.Fatalf("row %d byte %d: %d, want %d", y, i, v, s.samples[y*rowLen+i])
			}
		}
	}
}
