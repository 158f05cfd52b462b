package pageimage

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestEncodePNGSaysItsResolution: a page written as PNG carries a pHYs
// chunk after its header with the resolution in pixels per metre (150
// dpi: 5906) and a valid CRC, and decodes to the same pixels as the
// standard encoder's; the prober's PNG pages said none.
func TestEncodePNGSaysItsResolution(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for y := range 30 {
		for x := range 40 {
			img.Set(x, y, color.RGBA{uint8(x * 6), uint8(y * 8), 90, 255})
		}
	}
	var buf bytes.Buffer
	if err := EncodePNG(&buf, img, 150); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	var found bool
	for at := 8; at+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[at:]))
		kind := string(data[at+4 : at+8])
		if at+12+n > len(data) {
			t.Fatalf("chunk %s at %d runs past the file", kind, at)
		}
		body := data[at+8 : at+8+n]
		if crc := binary.BigEndian.Uint32(data[at+8+n:]); crc != crc32.ChecksumIEEE(data[at+4:at+8+n]) {
			t.Errorf("chunk %s: CRC %08x is wrong", kind, crc)
		}
		if kind == "pHYs" {
			found = true
			x, y := binary.BigEndian.Uint32(body), binary.BigEndian.Uint32(body[4:])
			if x != 5906 || y != 5906 || body[8] != 1 {
				t.Errorf("pHYs says %d × %d per unit %d, want 5906 × 5906 per metre", x, y, body[8])
			}
			if at != 33 {
				t.Errorf("pHYs at byte %d, want right after the header (33)", at)
			}
		}
		at += 12 + n
	}
	if !found {
		t.Fatal("no pHYs chunk")
	}
	back, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for y := range 30 {
		for x := range 40 {
			if back.At(x, y) != img.At(x, y) {
				t.Fatalf("pixel %d,%d differs", x, y)
			}
		}
	}
}
