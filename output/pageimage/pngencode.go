package pageimage

import (
	"bytes"
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
// (errNotOpaque otherwise, with part of a file written), to out as an
// 8-bit RGB PNG: the header, a pHYs chunk for dpi when dpi > 0, the rows
// filtered (rowFilter) and compressed at zlib's fastest level, in IDAT
// chunks of idatChunkSize bytes, and the end. An RGBA pixel that is
// opaque has its colour unchanged by premultiplication, so RGB holds it
// exactly.
func encodeOpaqueRGB(out *bytes.Buffer, img *image.RGBA, dpi float64) error {
	b := img.Rect
	header := make([]byte, 13)
	binary.BigEndian.PutUint32(header, uint32(b.Dx()))
	binary.BigEndian.PutUint32(header[4:], uint32(b.Dy()))
	header[8], header[9] = 8, 2 // 8 bits a sample, colour type RGB; compression, filter, interlace 0
	out.WriteString(pngSignature)
	writeChunk(out, "IHDR", header)
	if dpi > 0 {
		out.Write(physChunk(dpi))
	}
	var data bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&data, zlib.BestSpeed) // the level is valid
	if err := writeRGBRows(zw, img); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	for rest := data.Bytes(); len(rest) > 0; {
		n := min(len(rest), idatChunkSize)
		writeChunk(out, "IDAT", rest[:n])
		rest = rest[n:]
	}
	writeChunk(out, "IEND", nil)
	return nil
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
func writeChunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	out.WriteString(kind)
	out.Write(data)
	crc := crc32.Update(crc32.ChecksumIEEE([]byte(kind)), crc32.IEEETable, data)
	binary.BigEndian.PutUint32(n[:], crc)
	out.Write(n[:])
}
