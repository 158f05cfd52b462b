package layout_test

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"io"
)

// writeQuickPNG writes an opaque 8-bit picture as an RGB PNG (what
// image/png makes of it too) without choosing a
// filter for each row (image/png tries all five on every row, which was
// two thirds of generating the corpus): every row is filtered with Sub,
// which leaves the generator's gradients mostly zeros, and compressed at
// the fastest level. Decoders read it like any PNG.
func writeQuickPNG(w io.Writer, img *image.NRGBA) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	header := make([]byte, 13)
	binary.BigEndian.PutUint32(header[0:], uint32(width))
	binary.BigEndian.PutUint32(header[4:], uint32(height))
	header[8], header[9] = 8, 2 // 8 bits, RGB (the pictures are opaque, as image/png writes them); compression, filter, interlace 0
	writeChunk(&out, "IHDR", header)
	var data bytes.Buffer
	z, _ := zlib.NewWriterLevel(&data, zlib.BestSpeed)
	row := make([]byte, 1+3*width)
	row[0] = 1 // filter type Sub: each byte less the one a pixel to its left
	for y := b.Min.Y; y < b.Max.Y; y++ {
		pix := img.Pix[img.PixOffset(b.Min.X, y):][:4*width]
		for x := 0; x < width; x++ {
			if pix[4*x+3] != 0xFF {
				return fmt.Errorf("writeQuickPNG writes opaque pictures only; pixel (%d, %d) is not", x, y)
			}
			for c := 0; c < 3; c++ {
				v := pix[4*x+c]
				if x > 0 {
					v -= pix[4*(x-1)+c]
				}
				row[1+3*x+c] = v
			}
		}
		z.Write(row)
	}
	if err := z.Close(); err != nil {
		return err
	}
	writeChunk(&out, "IDAT", data.Bytes())
	writeChunk(&out, "IEND", nil)
	_, err := w.Write(out.Bytes())
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
