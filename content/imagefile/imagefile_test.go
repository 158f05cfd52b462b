package imagefile

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/jpeg"
	"testing"
)

// exifSegment is an APP1 Exif segment holding one orientation tag, in the
// given byte order.
func exifSegment(orientation uint16, bigEndian bool) []byte {
	var bo binary.ByteOrder = binary.LittleEndian
	tiff := []byte("II*\x00\x08\x00\x00\x00")
	if bigEndian {
		bo = binary.BigEndian
		tiff = []byte("MM\x00*\x00\x00\x00\x08")
	}
	ifd := make([]byte, 2+12+4)
	bo.PutUint16(ifd, 1)
	bo.PutUint16(ifd[2:], 0x0112)
	bo.PutUint16(ifd[4:], 3) // SHORT
	bo.PutUint32(ifd[6:], 1)
	bo.PutUint16(ifd[10:], orientation)
	body := append(append([]byte("Exif\x00\x00"), tiff...), ifd...)
	return segment(0xE1, body)
}

func segment(marker byte, body []byte) []byte {
	s := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(s[2:], uint16(len(body)+2))
	return append(s, body...)
}

// jpegWith encodes a small JPEG and inserts segments after its SOI.
func jpegWith(t *testing.T, gray bool, segments ...[]byte) []byte {
	t.Helper()
	var img image.Image = image.NewRGBA(image.Rect(0, 0, 30, 20))
	if gray {
		img = image.NewGray(image.Rect(0, 0, 30, 20))
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	out := append([]byte(nil), data[:2]...)
	for _, s := range segments {
		out = append(out, s...)
	}
	return append(out, data[2:]...)
}

// fakeICC is a syntactically valid profile header of the given colour
// space and size.
func fakeICC(space string, size int) []byte {
	p := make([]byte, size)
	binary.BigEndian.PutUint32(p, uint32(size))
	copy(p[16:], space)
	copy(p[36:], "acsp")
	for i := 128; i < size; i++ {
		p[i] = byte(i)
	}
	return p
}

func iccSegments(profile []byte, chunk int) [][]byte {
	var out [][]byte
	n := (len(profile) + chunk - 1) / chunk
	for i := 0; i < n; i++ {
		part := profile[i*chunk : min(len(profile), (i+1)*chunk)]
		body := append([]byte("ICC_PROFILE\x00"), byte(i+1), byte(n))
		out = append(out, segment(0xE2, append(body, part...)))
	}
	return out
}

func TestProbeJPEG(t *testing.T) {
	icc := fakeICC("RGB ", 3000)
	cases := []struct {
		name        string
		data        []byte
		colour      ColourModel
		orientation int
		icc         bool
		inverted    bool
	}{
		{"plain", jpegWith(t, false), RGB, 1, false, false},
		{"gray", jpegWith(t, true), Gray, 1, false, false},
		{"orientation 6, little-endian", jpegWith(t, false, exifSegment(6, false)), RGB, 6, false, false},
		{"orientation 8, big-endian", jpegWith(t, false, exifSegment(8, true)), RGB, 8, false, false},
		{"orientation out of range", jpegWith(t, false, exifSegment(9, false)), RGB, 1, false, false},
		{"ICC in three chunks", jpegWith(t, false, iccSegments(icc, 1100)...), RGB, 1, true, false},
		{"ICC with a chunk missing", jpegWith(t, false, iccSegments(icc, 1100)[:2]...), RGB, 1, false, false},
		{"Adobe marker on RGB is ignored", jpegWith(t, false, segment(0xEE, []byte("Adobe\x00\x64\x00\x00\x00\x00\x01"))), RGB, 1, false, false},
	}
	for _, c := range cases {
		in, err := Probe(bytes.NewReader(c.data), int64(len(c.data)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if in.Format != JPEG || in.Width != 30 || in.Height != 20 || in.Colour != c.colour || in.Orientation != c.orientation ||
			(in.ICC != nil) != c.icc || in.AdobeInverted != c.inverted {
			t.Errorf("%s: got %+v", c.name, in)
		}
		if c.icc && !bytes.Equal(in.ICC, icc) {
			t.Errorf("%s: profile not reassembled", c.name)
		}
	}
	in, _ := Probe(bytes.NewReader(jpegWith(t, false, exifSegment(6, false))), 0)
	if w, h := in.OrientedSize(); w != 20 || h != 30 {
		t.Errorf("orientation 6 shows %d × %d, want 20 × 30", w, h)
	}
}

// pngFile assembles a PNG from chunks, each with its checksum.
func pngFile(chunks ...[2][]byte) []byte {
	out := []byte("\x89PNG\r\n\x1a\n")
	for _, c := range chunks {
		n := make([]byte, 4)
		binary.BigEndian.PutUint32(n, uint32(len(c[1])))
		out = append(append(append(out, n...), c[0]...), c[1]...)
		sum := make([]byte, 4)
		binary.BigEndian.PutUint32(sum, crc32.ChecksumIEEE(append(append([]byte(nil), c[0]...), c[1]...)))
		out = append(out, sum...)
	}
	return out
}

func ihdr(w, h uint32, depth, colourType, interlace byte) [2][]byte {
	b := make([]byte, 13)
	binary.BigEndian.PutUint32(b, w)
	binary.BigEndian.PutUint32(b[4:], h)
	b[8], b[9], b[12] = depth, colourType, interlace
	return [2][]byte{[]byte("IHDR"), b}
}

func iccp(profile []byte) [2][]byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(profile)
	w.Close()
	return [2][]byte{[]byte("iCCP"), append([]byte("sRGB\x00\x00"), z.Bytes()...)}
}

func TestProbePNG(t *testing.T) {
	idat := [2][]byte{[]byte("IDAT"), {0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}}
	iend := [2][]byte{[]byte("IEND"), nil}
	exif := exifSegment(3, false)[4+6:] // the TIFF structure without APP1 and "Exif\0\0"
	cases := []struct {
		name   string
		data   []byte
		colour ColourModel
		depth  int
		alpha  bool
		trns   bool
		inter  bool
		orient int
		icc    bool
	}{
		{"gray 2-bit", pngFile(ihdr(7, 5, 2, 0, 0), idat, iend), Gray, 2, false, false, false, 1, false},
		{"gray+alpha 16-bit", pngFile(ihdr(7, 5, 16, 4, 0), idat, iend), Gray, 16, true, false, false, 1, false},
		{"palette with tRNS", pngFile(ihdr(7, 5, 4, 3, 0), [2][]byte{[]byte("PLTE"), make([]byte, 6)}, [2][]byte{[]byte("tRNS"), {0}}, idat, iend), Indexed, 4, false, true, false, 1, false},
		{"RGBA interlaced", pngFile(ihdr(7, 5, 8, 6, 1), idat, iend), RGB, 8, true, false, true, 1, false},
		{"RGB with eXIf and iCCP", pngFile(ihdr(7, 5, 8, 2, 0), [2][]byte{[]byte("eXIf"), exif}, iccp(fakeICC("RGB ", 500)), idat, iend), RGB, 8, false, false, false, 3, true},
	}
	for _, c := range cases {
		in, err := Probe(bytes.NewReader(c.data), int64(len(c.data)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if in.Format != PNG || in.Width != 7 || in.Height != 5 || in.Colour != c.colour || in.BitDepth != c.depth || in.Alpha != c.alpha ||
			in.Transparency != c.trns || in.Interlaced != c.inter || in.Orientation != c.orient || (in.ICC != nil) != c.icc {
			t.Errorf("%s: got %+v", c.name, in)
		}
	}
}

func TestProbeRefusesDamage(t *testing.T) {
	idat := [2][]byte{[]byte("IDAT"), {1, 2, 3}}
	good := pngFile(ihdr(7, 5, 8, 2, 0), idat, [2][]byte{[]byte("IEND"), nil})
	badCRC := append([]byte(nil), good...)
	badCRC[len(good)-20] ^= 0xFF
	jpg := jpegWith(t, false)
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"text", []byte("hello, world"), ErrNotImage},
		{"PNG cut short", good[:40], ErrTruncated},
		{"PNG checksum wrong", badCRC, ErrTruncated},
		{"PNG without IDAT", pngFile(ihdr(7, 5, 8, 2, 0), [2][]byte{[]byte("IEND"), nil}), ErrTruncated},
		{"PNG colour type 5", pngFile(ihdr(7, 5, 8, 5, 0), idat, [2][]byte{[]byte("IEND"), nil}), ErrTruncated},
		{"JPEG headers cut short", jpg[:30], ErrTruncated},
	}
	for _, c := range cases {
		if _, err := Probe(bytes.NewReader(c.data), int64(len(c.data))); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	// A 12-bit or arithmetic-coded JPEG is refused with what to do.
	sof := append([]byte(nil), jpg...)
	i := bytes.Index(sof, []byte{0xFF, 0xC0})
	sof[i+1] = 0xC9
	if _, err := Probe(bytes.NewReader(sof), 0); err == nil {
		t.Error("an arithmetic-coded JPEG was accepted")
	}
}

func TestDecodedBytes(t *testing.T) {
	for _, c := range []struct {
		in   Info
		want int64
	}{
		{Info{Width: 100, Height: 10, Colour: RGB, BitDepth: 8}, 4000},
		{Info{Width: 100, Height: 10, Colour: RGB, BitDepth: 16}, 8000},
		{Info{Width: 100, Height: 10, Colour: Gray, BitDepth: 8}, 1000},
		{Info{Width: 100, Height: 10, Colour: Gray, BitDepth: 8, Alpha: true}, 4000},
		{Info{Width: 100, Height: 10, Colour: Indexed, BitDepth: 4}, 1000},
	} {
		if got := c.in.DecodedBytes(); got != c.want {
			t.Errorf("%+v: %d, want %d", c.in, got, c.want)
		}
	}
}

// FuzzProbe: whatever the bytes, probing ends without a panic, and what
// it accepts has a size.
func FuzzProbe(f *testing.F) {
	f.Add(pngFile(ihdr(7, 5, 8, 6, 1), [2][]byte{[]byte("IDAT"), {1}}, [2][]byte{[]byte("IEND"), nil}))
	f.Add([]byte("\xff\xd8\xff\xe1\x00\x10Exif\x00\x00II*\x00\x08\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := Probe(bytes.NewReader(data), int64(len(data)))
		if err == nil && (in.Width < 0 || in.Height < 0) {
			t.Errorf("negative size accepted: %+v", in)
		}
	})
}
