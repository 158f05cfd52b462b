package pageimage

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"image"
	"image/png"
	"math/rand/v2"
	"testing"
)

// TestEachPNGFilterDecodes: rows coded by each of the five filters alone
// — at widths of one, two and 31 pixels, under rows of noise — read back
// through Go's PNG decoder as they were; and the filter chosen for a row
// like the one above is Up, which codes it as zeros.
func TestEachPNGFilterDecodes(t *testing.T) {
	for kind := filterNone; kind < filterCount; kind++ {
		for _, w := range []int{1, 2, 31} {
			rng := rand.New(rand.NewPCG(uint64(kind), uint64(w)))
			h := 7
			rows := make([][]byte, h)
			for y := range rows {
				rows[y] = make([]byte, 3*w)
				for i := range rows[y] {
					rows[y][i] = byte(rng.IntN(256))
				}
			}
			img, err := png.Decode(bytes.NewReader(pngOfRows(w, rows, kind)))
			if err != nil {
				t.Fatalf("filter %d, width %d: %v", kind, w, err)
			}
			for y := range h {
				for x := range w {
					r, g, b, _ := img.At(x, y).RGBA()
					if want := rows[y][3*x : 3*x+3]; byte(r>>8) != want[0] || byte(g>>8) != want[1] || byte(b>>8) != want[2] {
						t.Fatalf("filter %d, width %d: pixel %d,%d reads %d %d %d, want %v", kind, w, x, y, r>>8, g>>8, b>>8, want)
					}
				}
			}
		}
	}
	f := newRowFilter(3, 6)
	copy(f.cur, []byte{1, 2, 3, 4, 5, 6})
	f.filtered()
	copy(f.cur, []byte{1, 2, 3, 4, 5, 6})
	if out := f.filtered(); !bytes.Equal(out, []byte{filterUp, 0, 0, 0, 0, 0, 0}) {
		t.Errorf("a row like the one above is coded %v, want Up and zeros", out)
	}
}

// pngOfRows is an RGB PNG of w pixels a row whose rows are coded by the
// filter kind alone.
func pngOfRows(w int, rows [][]byte, kind int) []byte {
	var data bytes.Buffer
	zw := zlib.NewWriter(&data)
	prev := make([]byte, 3*w)
	out := make([]byte, 3*w)
	for _, row := range rows {
		applyFilter(kind, out, row, prev, 3)
		zw.Write([]byte{byte(kind)})
		zw.Write(out)
		prev = row
	}
	zw.Close()
	var file bytes.Buffer
	file.WriteString(pngSignature)
	header := make([]byte, 13)
	binary.BigEndian.PutUint32(header, uint32(w))
	binary.BigEndian.PutUint32(header[4:], uint32(len(rows)))
	header[8], header[9] = 8, 2
	writeChunk(&file, "IHDR", header)
	writeChunk(&file, "IDAT", data.Bytes())
	writeChunk(&file, "IEND", nil)
	return file.Bytes()
}

// TestOpaqueRGBRefusesTransparency: encodeOpaqueRGB refuses an image
// with a pixel that is not opaque, which RGB cannot hold.
func TestOpaqueRGBRefusesTransparency(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 3))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	img.Pix[4*4+3] = 0xfe
	if err := encodeOpaqueRGB(&bytes.Buffer{}, img, 0); err != errNotOpaque {
		t.Errorf("got %v, want errNotOpaque", err)
	}
}
