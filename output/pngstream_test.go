package output

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"brochure/content"
	"brochure/content/imagefile"
)

// TestOpaquePNGsAreEmbeddedAsCompressed checks which PNGs are embedded
// with their own compressed data (the IDAT chunks, byte for byte) and
// which are decoded: alpha needs a soft mask made from the pixels. That
// the pixels come out right is TestImageCorpus's check (output/build),
// with an independent reader, for every colour type and depth.
func TestOpaquePNGsAreEmbeddedAsCompressed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		img   image.Image
		asIs  bool
		depth int
	}{
		{"gray", gradient(image.NewGray(image.Rect(0, 0, 29, 7))), true, 8},
		{"gray 16 bits", gradient(image.NewGray16(image.Rect(0, 0, 29, 7))), true, 16},
		{"colour", gradient(image.NewRGBA(image.Rect(0, 0, 29, 7))), true, 8},
		{"palette of four", gradient(image.NewPaletted(image.Rect(0, 0, 29, 7),
			color.Palette{color.Black, color.White, color.RGBA{200, 10, 10, 255}, color.RGBA{10, 10, 200, 255}})), true, 2},
		{"colour with alpha", translucent(image.NewNRGBA(image.Rect(0, 0, 29, 7))), false, 8},
		{"palette with a transparent entry (tRNS)", gradient(image.NewPaletted(image.Rect(0, 0, 29, 7),
			color.Palette{color.Black, color.White, color.NRGBA{200, 10, 10, 0}})), false, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, in := encodePNG(t, tc.img)
			obj, ok := pngAsIs(rasterPlan{src: &content.Image{Raster: in}, colorSpace: pdfName("DeviceRGB")}, data)
			if ok != tc.asIs {
				t.Fatalf("embedded as compressed: %v, want %v", ok, tc.asIs)
			}
			if !ok {
				return
			}
			s, _ := readPNGStream(data, in)
			if !bytes.Equal(obj.data, s.idat) || len(s.idat) == 0 {
				t.Errorf("the stream is not the file's IDAT data")
			}
			dict := string(obj.dict.appendPDF(nil))
			if want := fmt.Sprintf("/BitsPerComponent %d /Filter", tc.depth); !strings.Contains(dict, want) {
				t.Errorf("%s: want %s", dict, want)
			}
		})
	}
}

// TestDamagedPNGDataIsDecoded checks that a PNG whose chunks are sound
// but whose compressed rows are not — a damaged stream, too few rows, or a
// row behind an unknown filter — is not embedded as it is (the decoder
// then names the fault).
func TestDamagedPNGDataIsDecoded(t *testing.T) {
	data, in := encodePNG(t, gradient(image.NewGray(image.Rect(0, 0, 29, 7))))
	rows := func(n int, filter byte) []byte {
		var raw bytes.Buffer
		for range n {
			raw.WriteByte(filter)
			raw.Write(bytes.Repeat([]byte{7}, 29))
		}
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(raw.Bytes())
		w.Close()
		return z.Bytes()
	}
	plan := rasterPlan{src: &content.Image{Raster: in}, colorSpace: pdfName("DeviceGray")}
	if _, ok := pngAsIs(plan, withIDAT(data, rows(7, 2))); !ok {
		t.Fatal("a sound replacement of the rows is refused: the test's own PNG surgery is wrong")
	}
	s, _ := readPNGStream(data, in)
	flipped := append([]byte(nil), s.idat...)
	flipped[len(flipped)/2] ^= 0x55
	for name, idat := range map[string][]byte{
		"damaged stream": flipped,
		"six rows of 7":  rows(6, 2),
		"eight rows":     rows(8, 2),
		"filter 5":       rows(7, 5),
	} {
		if _, ok := pngAsIs(plan, withIDAT(data, idat)); ok {
			t.Errorf("%s: embedded as it is", name)
		}
	}
	// The header as read for embedding: methods and interlace other than
	// 0, or another size or depth than the probe read (the file changed
	// since), or a chunk whose checksum fails.
	for name, change := range map[string][2]int{
		"compression method 1": {10, 1}, "filter method 1": {11, 1}, "interlace 2": {12, 2},
		"another width": {3, 30}, "another depth": {8, 16},
	} {
		if _, ok := pngAsIs(plan, withHeaderByte(data, change[0], byte(change[1]))); ok {
			t.Errorf("%s: embedded as it is", name)
		}
	}
	damaged := append([]byte(nil), data...)
	damaged[len(damaged)-20] ^= 1 // inside the IDAT chunk, its CRC left as it was
	if _, ok := pngAsIs(plan, damaged); ok {
		t.Error("a chunk whose CRC fails: embedded as it is")
	}
}

// TestRowCheckerStopsPastTheImage: a stream that inflates past the
// image's rows is not inflated further (a small file may hold a
// gigabyte of zeros).
func TestRowCheckerStopsPastTheImage(t *testing.T) {
	r := &rowChecker{rowLen: 2, want: 4}
	if _, err := r.Write([]byte{0, 7, 1, 7}); err != nil {
		t.Fatalf("the image's rows refused: %v", err)
	}
	if _, err := r.Write([]byte{0}); err == nil || !r.bad {
		t.Error("a byte past the image's rows taken")
	}
	if _, err := (&rowChecker{rowLen: 2, want: 4}).Write([]byte{0, 7, 5, 7}); err == nil {
		t.Error("a row behind filter type 5 taken")
	}
}

// withHeaderByte is the PNG with byte k of its IHDR data set to v, its
// checksum made anew.
func withHeaderByte(data []byte, k int, v byte) []byte {
	out := append([]byte(nil), data...)
	const ihdr = 8 + 8 // the signature, the chunk's length and type
	out[ihdr+k] = v
	binary.BigEndian.PutUint32(out[ihdr+13:], crc32.ChecksumIEEE(out[ihdr-4:ihdr+13]))
	return out
}

// gradient fills img with varied values.
func gradient[I interface {
	image.Image
	Set(x, y int, c color.Color)
}](img I) I {
	b := img.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			img.Set(x, y, color.RGBA{uint8(x * 9), uint8(y * 37), uint8(x * y), 255})
		}
	}
	return img
}

// translucent is a gradient with some pixels not opaque.
func translucent(img *image.NRGBA) *image.NRGBA {
	gradient(img)
	img.SetNRGBA(3, 3, color.NRGBA{1, 2, 3, 100})
	return img
}

// encodePNG writes img as a PNG and probes it as content does.
func encodePNG(t *testing.T, img image.Image) ([]byte, *imagefile.Info) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	in, err := imagefile.Probe(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), in
}

// withIDAT is the PNG with its image data replaced by one IDAT chunk of
// idat, with a correct checksum.
func withIDAT(data, idat []byte) []byte {
	out := append([]byte(nil), data[:8]...)
	rest := data[8:]
	for len(rest) >= 12 {
		n := int(binary.BigEndian.Uint32(rest))
		kind := string(rest[4:8])
		switch kind {
		case "IDAT":
		case "IEND":
			out = appendChunk(out, "IDAT", idat)
			out = append(out, rest[:12+n]...)
		default:
			out = append(out, rest[:12+n]...)
		}
		rest = rest[12+n:]
	}
	return out
}

// appendChunk appends a PNG chunk with its length and checksum.
func appendChunk(out []byte, kind string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, kind...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
