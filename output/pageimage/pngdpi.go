package pageimage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"math"
)

// EncodePNG writes img as a PNG that says its resolution: a pHYs chunk
// of dpi in pixels per metre after the header, so an image program or a
// layout program places the page at its size (A4 at 150 dpi as 210 mm,
// not as 1240 pixels at 72 or 96 dpi). A dpi of 0 or less writes none.
//
// An opaque *image.RGBA — every page and every scaled picture the
// renderer makes — is written as 8-bit RGB by encodeOpaqueRGB, whose
// filters cost a fraction of the standard encoder's (see pngfilter.go);
// any other image by the standard encoder, at its fastest compression.
func EncodePNG(w io.Writer, img image.Image, dpi float64) error {
	if rgba, ok := img.(*image.RGBA); ok && !rgba.Rect.Empty() {
		var buf bytes.Buffer
		err := encodeOpaqueRGB(&buf, rgba, dpi)
		if err == nil {
			_, err = w.Write(buf.Bytes())
			return err
		}
		if !errors.Is(err, errNotOpaque) {
			return err
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		return err
	}
	data := buf.Bytes()
	const header = 8 + 4 + 4 + 13 + 4 // signature, then IHDR's length, type, data and CRC
	if len(data) < header || dpi <= 0 {
		_, err := w.Write(data)
		return err
	}
	if _, err := w.Write(data[:header]); err != nil {
		return err
	}
	if _, err := w.Write(physChunk(dpi)); err != nil {
		return err
	}
	_, err := w.Write(data[header:])
	return err
}

// physChunk is a PNG pHYs chunk for dpi, in pixels per metre both ways.
func physChunk(dpi float64) []byte {
	perMetre := uint32(math.Round(dpi / 0.0254))
	chunk := make([]byte, 0, 4+4+9+4)
	chunk = binary.BigEndian.AppendUint32(chunk, 9)
	chunk = append(chunk, "pHYs"...)
	chunk = binary.BigEndian.AppendUint32(chunk, perMetre)
	chunk = binary.BigEndian.AppendUint32(chunk, perMetre)
	chunk = append(chunk, 1) // the unit is the metre
	return binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
}
