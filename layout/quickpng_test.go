package layout_test

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"testing"
)

// quickPNG writes opaque 8-bit pictures as RGB PNGs (what image/png
// makes of them too) without choosing a filter for each row (image/png
// tries all five on every row, which was two thirds of generating the
// corpus): every row is filtered with Up, which leaves the generator's
// gradients (red across, green down, blue on diagonals) zeros but for
// one byte a pixel that repeats along the row, and compressed at the
// fastest level. Sub left more bytes to compress: 3.5 times the bytes,
// a third more time, and each corpus PDF carries the PNG's data as it
// is. Decoders read them like any PNG. It keeps its compressor, buffers and canvas
// from one picture to the next (a fresh compressor allocates and clears
// about a megabyte for each picture, a fresh canvas as much again); the
// bytes it writes are those a fresh compressor writes.
type quickPNG struct {
	z         *zlib.Writer
	out, data bytes.Buffer
	row, pix  []byte
}

// canvas returns a picture of width × height pixels to draw on, whose
// pixels are those of the last picture (or zero): the caller sets every
// one. It is valid until the next call.
func (q *quickPNG) canvas(width, height int) *image.NRGBA {
	if n := 4 * width * height; cap(q.pix) < n {
		q.pix = make([]byte, n)
	}
	return &image.NRGBA{Pix: q.pix[:4*width*height], Stride: 4 * width, Rect: image.Rect(0, 0, width, height)}
}

// write writes img to w as a PNG.
func (q *quickPNG) write(w io.Writer, img *image.NRGBA) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	q.out.Reset()
	q.out.WriteString("\x89PNG\r\n\x1a\n")
	header := make([]byte, 13)
	binary.BigEndian.PutUint32(header[0:], uint32(width))
	binary.BigEndian.PutUint32(header[4:], uint32(height))
	header[8], header[9] = 8, 2 // 8 bits, RGB (the pictures are opaque, as image/png writes them); compression, filter, interlace 0
	writeChunk(&q.out, "IHDR", header)
	q.data.Reset()
	if q.z == nil {
		q.z, _ = zlib.NewWriterLevel(&q.data, zlib.BestSpeed)
	} else {
		q.z.Reset(&q.data)
	}
	if cap(q.row) < 1+3*width {
		q.row = make([]byte, 1+3*width)
	}
	row := q.row[:1+3*width]
	row[0] = 2                     // filter type Up: each byte less the one a row above
	above := make([]byte, 4*width) // zero above the first row
	for y := b.Min.Y; y < b.Max.Y; y++ {
		pix := img.Pix[img.PixOffset(b.Min.X, y):][:4*width]
		opaque := byte(0xFF)
		for x, out := 0, row[1:]; x < width; x, out = x+1, out[3:] {
			p, u := pix[4*x:4*x+4:4*x+4], above[4*x:4*x+3:4*x+3]
			out[0], out[1], out[2] = p[0]-u[0], p[1]-u[1], p[2]-u[2]
			opaque &= p[3]
		}
		above = pix
		if opaque != 0xFF {
			return fmt.Errorf("quickPNG writes opaque pictures only; row %d is not", y)
		}
		q.z.Write(row)
	}
	if err := q.z.Close(); err != nil {
		return err
	}
	writeChunk(&q.out, "IDAT", q.data.Bytes())
	writeChunk(&q.out, "IEND", nil)
	_, err := w.Write(q.out.Bytes())
	return err
}

// writeChunk appends a PNG chunk: length, type, data and CRC.
func writeChunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}

// TestQuickPNGDecodesToItsPixels: a picture quickPNG writes (one of the
// corpus's gradients, then a second of another size through the same
// writer, as the generator reuses it) decodes with image/png to the
// pixels it was given.
func TestQuickPNGDecodesToItsPixels(t *testing.T) {
	t.Parallel()
	q := &quickPNG{}
	for _, size := range [][2]int{{487, 480}, {97, 301}} {
		w, h := size[0], size[1]
		img := q.canvas(w, h)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				img.SetNRGBA(x, y, color.NRGBA{uint8(77 + x*40/w), uint8(60 + y*120/h), uint8(180 - (x+y)%40), 255})
			}
		}
		var b bytes.Buffer
		if err := q.write(&b, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("%d × %d: %v", w, h, err)
		}
		if got.Bounds() != img.Bounds() {
			t.Fatalf("%d × %d: decodes as %v", w, h, got.Bounds())
		}
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				if r, g, bl, _ := got.At(x, y).RGBA(); color.NRGBAModel.Convert(got.At(x, y)) != img.NRGBAAt(x, y) {
					t.Fatalf("%d × %d: pixel (%d, %d) decodes as %04x %04x %04x, want %v", w, h, x, y, r, g, bl, img.NRGBAAt(x, y))
				}
			}
		}
	}
}
