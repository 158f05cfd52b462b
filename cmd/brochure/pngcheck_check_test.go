package main

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// rawPNG writes a PNG from its parts: IHDR's fields, the uncompressed
// image data (each row's filter byte and samples), extra chunks before
// the data, and whether IEND ends it.
func rawPNG(w, h uint32, depth, colour byte, data []byte, before [][2]string, iend bool) []byte {
	var b bytes.Buffer
	b.WriteString(pngSignature)
	chunk := func(kind string, payload []byte) { writePNGChunk(&b, kind, payload) }
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = depth, colour
	chunk("IHDR", ihdr)
	for _, c := range before {
		chunk(c[0], []byte(c[1]))
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(data)
	zw.Close()
	chunk("IDAT", z.Bytes())
	if iend {
		chunk("IEND", nil)
	}
	return b.Bytes()
}

// TestCheckPNGAgreesWithImagePNG: checkPNG, which the hostile corpus
// checks its page images with, passes what image/png decodes (every
// colour type, bit depths 1 to 16, an interlaced file) and fails every
// fault image/png finds (signature, CRC, truncation, rows too few, short
// or too many, an unknown filter type, a broken checksum, a missing
// palette or IEND), each checked against image/png's own verdict.
func TestCheckPNGAgreesWithImagePNG(t *testing.T) {
	t.Parallel()
	encode := func(img image.Image) []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	rgba := image.NewRGBA(image.Rect(0, 0, 37, 11))
	nrgba := image.NewNRGBA(image.Rect(0, 0, 5, 300))
	nrgba.Pix[3] = 10
	pal := image.NewPaletted(image.Rect(0, 0, 13, 7), color.Palette{color.Black, color.White, color.Gray{99}})
	good := map[string][]byte{
		"RGB":            encode(rgba),
		"RGBA":           encode(nrgba),
		"gray":           encode(image.NewGray(image.Rect(0, 0, 9, 9))),
		"gray 16":        encode(image.NewGray16(image.Rect(0, 0, 9, 3))),
		"RGBA 64":        encode(image.NewRGBA64(image.Rect(0, 0, 3, 9))),
		"paletted 2 bit": encode(pal),
		"1-bit grey":     rawPNG(10, 2, 1, 0, []byte{0, 0xff, 0xc0, 1, 0, 0}, nil, true),
		"ancillary text": rawPNG(1, 1, 8, 0, []byte{0, 7}, [][2]string{{"tEXt", "a\x00b"}}, true),
	}
	interlaced := rawPNG(1, 1, 8, 0, []byte{0, 7}, nil, true)
	interlaced[8+8+12] = 1 // IHDR's interlace byte; its CRC follows
	binary.BigEndian.PutUint32(interlaced[8+8+13:], crc32.ChecksumIEEE(interlaced[8+4:8+8+13]))
	good["interlaced"] = interlaced

	rgb := good["RGB"]
	bad := map[string][]byte{
		"signature":            append([]byte("\x89PNG\r\n\x1a\x0b"), rgb[8:]...),
		"CRC of IHDR":          flip(rgb, 8+8+13),
		"IDAT's data":          flip(rgb, len(rgb)-12-6),
		"truncated":            rgb[:len(rgb)-20],
		"no IEND":              rawPNG(2, 2, 8, 0, []byte{0, 1, 2, 0, 3, 4}, nil, false),
		"a row too few":        rawPNG(2, 3, 8, 0, []byte{0, 1, 2, 0, 3, 4}, nil, true),
		"a short row":          rawPNG(2, 2, 8, 0, []byte{0, 1, 2, 0, 3}, nil, true),
		"data past the rows":   rawPNG(2, 1, 8, 0, []byte{0, 1, 2, 0, 3, 4}, nil, true),
		"filter type 5":        rawPNG(2, 2, 8, 0, []byte{0, 1, 2, 5, 3, 4}, nil, true),
		"palette missing":      rawPNG(2, 1, 8, 3, []byte{0, 0, 0}, nil, true),
		"bit depth 3":          rawPNG(2, 1, 3, 0, []byte{0, 0}, nil, true),
		"zero width":           rawPNG(0, 1, 8, 0, []byte{0}, nil, true),
		"no image data at all": append(append([]byte{}, rgb[:8+25]...), rgb[len(rgb)-12:]...),
	}
	for name, data := range good {
		_, decodeErr := png.Decode(bytes.NewReader(data))
		if err := checkPNG(bytes.NewReader(data)); err != nil || decodeErr != nil {
			t.Errorf("%s: checkPNG says %v, image/png %v; want both to read it", name, err, decodeErr)
		}
	}
	for name, data := range bad {
		_, decodeErr := png.Decode(bytes.NewReader(data))
		if err := checkPNG(bytes.NewReader(data)); err == nil || decodeErr == nil {
			t.Errorf("%s: checkPNG says %v, image/png %v; want both to refuse it", name, err, decodeErr)
		}
	}
}

// flip returns a copy of data with the byte at i inverted.
func flip(data []byte, i int) []byte {
	out := append([]byte(nil), data...)
	out[i] ^= 0xff
	return out
}
