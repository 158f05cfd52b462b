package pageimage

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"io"
)

// errNotOpaque is encodeOpaqueRGB's refusal of an image with a pixel
// that is not fully opaque: RGB has no room for its alpha.
var errNotOpaque = errors.New("the image is not opaque")

// pngSignature begins every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// idatChunkSize is the most image data one IDAT chunk holds.
const idatChunkSize = 1 << 16

// encodeOpaqueRGB writes img, every pixel of which must be opaque
// (errNotOpaque otherwise, with part of a file written), as an 8-bit RGB
// PNG: the header, a pHYs chunk for dpi when dpi > 0, the rows filtered
// (rowFilter) and compressed at zlib's fastest level in IDAT chunks, and
// the end. An RGBA pixel that is opaque has its colour unchanged by
// premultiplication, so RGB holds it exactly.
func encodeOpaqueRGB(w io.Writer, img *image.RGBA, dpi float64) error {
	b := img.Rect
	header := make([]byte, 13)
	binary.BigEndian.PutUint32(header, uint32(b.Dx()))
	binary.BigEndian.PutUint32(header[4:], uint32(b.Dy()))
	header[8], header[9] = 8, 2 // 8 bits a sample, colour type RGB; compression, filter, interlace 0
	bw := bufio.NewWriter(w)
	bw.WriteString(pngSignature)
	writeChunk(bw, "IHDR", header)
	if dpi > 0 {
		bw.Write(physChunk(dpi))
	}
	idat := &idatWriter{w: bw, buf: make([]byte, 0, idatChunkSize)}
	zw, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	if err := writeRGBRows(zw, img); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	idat.flush()
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// writeRGBRows writes img's rows to w as PNG scanlines: each a filter
// type byte and the row's RGB samples filtered by it.
func writeRGBRows(w io.Writer, img *image.RGBA) error {
	b := img.Rect
	n := 3 * b.Dx()
	f := newRowFilter(3, n)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		at := img.PixOffset(b.Min.X, y)
		if !rgbRow(f.cur[:n+1], img.Pix[at:at+4*b.Dx()]) {
			return errNotOpaque
		}
		if _, err := w.Write(f.filtered()); err != nil {
			return err
		}
	}
	return nil
}

// rgbRow copies a row of RGBA samples into rgb, three a pixel, and
// reports whether every pixel is opaque. Each pixel is copied as a word
// whose last byte the next pixel overwrites, so rgb must have a byte
// more than the row's samples.
func rgbRow(rgb, rgba []byte) bool {
	alpha := uint32(0xff000000)
	for len(rgba) >= 4 && len(rgb) >= 4 {
		p := binary.LittleEndian.Uint32(rgba)
		alpha &= p
		binary.LittleEndian.PutUint32(rgb, p)
		rgba, rgb = rgba[4:], rgb[3:]
	}
	return alpha == 0xff000000
}

// writeChunk writes a PNG chunk: its length, type, data and CRC.
func writeChunk(w *bufio.Writer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	w.WriteString(kind)
	w.Write(data)
	crc := crc32.Update(crc32.ChecksumIEEE([]byte(kind)), crc32.IEEETable, data)
	binary.BigEndian.PutUint32(n[:], crc)
	w.Write(n[:])
}

// idatWriter gathers compressed image data into IDAT chunks of
// idatChunkSize bytes, the last one shorter.
type idatWriter struct {
	w   *bufio.Writer
	buf []byte
}

// Write adds p to the chunks, writing each as it fills.
func (d *idatWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(d.buf)-len(d.buf))
		d.buf = append(d.buf, p[:k]...)
		p = p[k:]
		if len(d.buf) == cap(d.buf) {
			d.flush()
		}
	}
	return n, nil
}

// flush writes the data gathered, if any, as one IDAT chunk.
func (d *idatWriter) flush() {
	if len(d.buf) > 0 {
		writeChunk(d.w, "IDAT", d.buf)
		d.buf = d.buf[:0]
	}
}
