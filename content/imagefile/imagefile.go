// Package imagefile reads what the program needs to know about a JPEG or
// PNG file from its headers alone — size, colour model, bit depth, EXIF
// orientation, embedded ICC profile — so an image can be checked against a
// pixel budget before anything is decoded, and placed the right way up.
package imagefile

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// Format is an image file format.
type Format int

// The raster formats the program places.
const (
	JPEG Format = iota + 1
	PNG
)

// ColourModel is how an image's samples are to be read.
type ColourModel int

// Colour models of raster images.
const (
	Gray ColourModel = iota + 1
	RGB
	CMYK
	Indexed // a PNG palette
)

// String names the colour model as messages do.
func (c ColourModel) String() string {
	switch c {
	case Gray:
		return "gray"
	case RGB:
		return "rgb"
	case CMYK:
		return "cmyk"
	case Indexed:
		return "paletted"
	}
	return "unknown"
}

// Info is what the headers of an image file say.
type Info struct {
	Format        Format
	Width, Height int // stored pixels, before orientation
	Colour        ColourModel
	Components    int // samples per pixel as stored (JPEG: 1, 3 or 4)
	BitDepth      int // bits per sample as stored
	Alpha         bool
	// Orientation is the EXIF orientation, 1–8 (1: as stored).
	Orientation int
	// ICC is an embedded ICC profile, nil when there is none.
	ICC []byte
	// AdobeInverted: a CMYK JPEG written by Adobe software, whose
	// samples are stored inverted.
	AdobeInverted bool
	Progressive   bool
	Interlaced    bool
	// PNG colour type and the tRNS chunk's presence.
	PNGColourType int
	Transparency  bool
}

// OrientedSize is the image's size as shown, after its orientation.
func (in *Info) OrientedSize() (w, h int) {
	if in.Orientation >= 5 && in.Orientation <= 8 {
		return in.Height, in.Width
	}
	return in.Width, in.Height
}

// DecodedBytes is the memory decoding the image takes in Go's image
// package (RGB decodes as RGBA, 16-bit samples as two bytes).
func (in *Info) DecodedBytes() int64 {
	per := int64(1)
	switch in.Colour {
	case RGB:
		per = 4
	case CMYK:
		per = 4
	case Gray:
		if in.Alpha || in.Transparency {
			per = 4
		}
	case Indexed:
		per = 1
	}
	if in.BitDepth == 16 {
		per *= 2
	}
	return int64(in.Width) * int64(in.Height) * per
}

// Problem kinds Probe reports; test with errors.Is.
var (
	ErrNotImage  = errors.New("is neither a PNG nor a JPEG file")
	ErrTruncated = errors.New("is truncated or damaged")
)

// maxICC bounds an embedded profile.
const maxICC = 4 << 20

// Probe reads an image's headers from r. It reads no pixel data beyond
// what the structure needs (a PNG's chunks are walked to IEND to find
// truncation, without inflating them).
func Probe(r io.Reader, size int64) (*Info, error) {
	head := make([]byte, 8)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, ErrNotImage
	}
	switch {
	case bytes.Equal(head, []byte("\x89PNG\r\n\x1a\n")):
		return probePNG(r)
	case head[0] == 0xFF && head[1] == 0xD8:
		return probeJPEG(io.MultiReader(bytes.NewReader(head[2:]), r))
	}
	return nil, ErrNotImage
}

func probePNG(r io.Reader) (*Info, error) {
	in := &Info{Format: PNG, Orientation: 1}
	var hdr [8]byte
	sawIDAT, sawIHDR := false, false
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return nil, fmt.Errorf("%w: it ends before its IEND chunk", ErrTruncated)
		}
		n := binary.BigEndian.Uint32(hdr[:4])
		kind := string(hdr[4:8])
		if n > 1<<31-1 {
			return nil, fmt.Errorf("%w: a chunk claims %d bytes", ErrTruncated, n)
		}
		var data []byte
		keep := kind != "IDAT"
		crc := crc32.NewIEEE()
		crc.Write(hdr[4:8])
		if keep {
			if n > maxICC+1024 {
				return nil, fmt.Errorf("%w: its %s chunk is %d bytes", ErrTruncated, kind, n)
			}
			data = make([]byte, n)
			if _, err := io.ReadFull(r, data); err != nil {
				return nil, fmt.Errorf("%w: its %s chunk is cut short", ErrTruncated, kind)
			}
			crc.Write(data)
		} else {
			if _, err := io.CopyN(crc, r, int64(n)); err != nil {
				return nil, fmt.Errorf("%w: its image data is cut short", ErrTruncated)
			}
		}
		var sum [4]byte
		if _, err := io.ReadFull(r, sum[:]); err != nil {
			return nil, fmt.Errorf("%w: it ends inside a chunk", ErrTruncated)
		}
		if binary.BigEndian.Uint32(sum[:]) != crc.Sum32() {
			return nil, fmt.Errorf("%w: its %s chunk fails its checksum", ErrTruncated, kind)
		}
		switch kind {
		case "IHDR":
			if len(data) != 13 {
				return nil, fmt.Errorf("%w: bad IHDR", ErrTruncated)
			}
			sawIHDR = true
			in.Width = int(binary.BigEndian.Uint32(data[0:4]))
			in.Height = int(binary.BigEndian.Uint32(data[4:8]))
			in.BitDepth = int(data[8])
			in.PNGColourType = int(data[9])
			in.Interlaced = data[12] == 1
			switch in.PNGColourType {
			case 0:
				in.Colour, in.Components = Gray, 1
			case 2:
				in.Colour, in.Components = RGB, 3
			case 3:
				in.Colour, in.Components = Indexed, 1
			case 4:
				in.Colour, in.Components, in.Alpha = Gray, 2, true
			case 6:
				in.Colour, in.Components, in.Alpha = RGB, 4, true
			default:
				return nil, fmt.Errorf("%w: unknown PNG colour type %d", ErrTruncated, in.PNGColourType)
			}
		case "tRNS":
			in.Transparency = true
		case "iCCP":
			if p := iccFromPNG(data); p != nil {
				in.ICC = p
			}
		case "eXIf":
			in.Orientation = exifOrientation(data)
		case "IDAT":
			sawIDAT = true
		case "IEND":
			if !sawIHDR || !sawIDAT {
				return nil, fmt.Errorf("%w: it has no image data", ErrTruncated)
			}
			return in, nil
		}
	}
}

// iccFromPNG inflates an iCCP chunk's profile (name, 0, method, data).
func iccFromPNG(data []byte) []byte {
	i := bytes.IndexByte(data, 0)
	if i < 0 || i+2 > len(data) || data[i+1] != 0 {
		return nil
	}
	z, err := zlib.NewReader(bytes.NewReader(data[i+2:]))
	if err != nil {
		return nil
	}
	p, err := io.ReadAll(io.LimitReader(z, maxICC+1))
	if err != nil || len(p) > maxICC || !validICC(p) {
		return nil
	}
	return p
}

// validICC checks an ICC profile's header: its declared size and the
// "acsp" signature.
func validICC(p []byte) bool {
	return len(p) >= 132 && string(p[36:40]) == "acsp" && int(binary.BigEndian.Uint32(p[0:4])) == len(p)
}

// ICCColourSpace returns the colour space signature of an ICC profile
// ("RGB ", "GRAY", "CMYK").
func ICCColourSpace(p []byte) string {
	if len(p) < 20 {
		return ""
	}
	return string(p[16:20])
}

func probeJPEG(r io.Reader) (*Info, error) {
	in := &Info{Format: JPEG, Orientation: 1}
	var iccChunks [][]byte
	var b [4]byte
	for {
		// Markers may be padded with any number of 0xFF.
		if _, err := io.ReadFull(r, b[:1]); err != nil {
			return nil, fmt.Errorf("%w: it ends before its image data", ErrTruncated)
		}
		if b[0] != 0xFF {
			return nil, fmt.Errorf("%w: marker expected", ErrTruncated)
		}
		for b[0] == 0xFF {
			if _, err := io.ReadFull(r, b[:1]); err != nil {
				return nil, fmt.Errorf("%w: it ends inside a marker", ErrTruncated)
			}
		}
		marker := b[0]
		if marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7 {
			continue // no length
		}
		if _, err := io.ReadFull(r, b[:2]); err != nil {
			return nil, fmt.Errorf("%w: it ends inside a marker", ErrTruncated)
		}
		n := int(binary.BigEndian.Uint16(b[:2])) - 2
		if n < 0 {
			return nil, fmt.Errorf("%w: bad segment length", ErrTruncated)
		}
		seg := make([]byte, n)
		if _, err := io.ReadFull(r, seg); err != nil {
			return nil, fmt.Errorf("%w: a segment is cut short", ErrTruncated)
		}
		switch {
		case marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
			if len(seg) < 6 {
				return nil, fmt.Errorf("%w: bad frame header", ErrTruncated)
			}
			if marker != 0xC0 && marker != 0xC1 && marker != 0xC2 {
				return nil, fmt.Errorf("uses a JPEG coding (SOF%d) that PDF does not support; save it as a baseline or progressive JPEG", marker-0xC0)
			}
			in.Progressive = marker == 0xC2
			in.BitDepth = int(seg[0])
			in.Height = int(binary.BigEndian.Uint16(seg[1:3]))
			in.Width = int(binary.BigEndian.Uint16(seg[3:5]))
			in.Components = int(seg[5])
			switch in.Components {
			case 1:
				in.Colour = Gray
			case 3:
				in.Colour = RGB
			case 4:
				in.Colour = CMYK
			default:
				return nil, fmt.Errorf("has %d colour components; JPEGs must be gray, RGB or CMYK", in.Components)
			}
			if in.BitDepth != 8 {
				return nil, fmt.Errorf("has %d-bit samples; JPEGs must have 8", in.BitDepth)
			}
		case marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")):
			in.Orientation = exifOrientation(seg[6:])
		case marker == 0xE2 && bytes.HasPrefix(seg, []byte("ICC_PROFILE\x00")) && len(seg) > 14:
			iccChunks = append(iccChunks, seg[12:])
		case marker == 0xEE && bytes.HasPrefix(seg, []byte("Adobe")):
			in.AdobeInverted = true
		case marker == 0xDA: // start of scan: the headers are over
			if in.Width == 0 || in.Height == 0 {
				return nil, fmt.Errorf("%w: no frame header before the image data", ErrTruncated)
			}
			in.ICC = assembleICC(iccChunks)
			if in.Colour != CMYK {
				in.AdobeInverted = false
			}
			return in, nil
		}
	}
}

// assembleICC joins the ICC_PROFILE chunks (sequence number, count, data)
// in order; a profile with a missing chunk is dropped.
func assembleICC(chunks [][]byte) []byte {
	if len(chunks) == 0 {
		return nil
	}
	count := int(chunks[0][1])
	parts := make([][]byte, count+1)
	for _, c := range chunks {
		seq := int(c[0])
		if seq < 1 || seq > count || int(c[1]) != count {
			return nil
		}
		parts[seq] = c[2:]
	}
	var p []byte
	for _, part := range parts[1:] {
		if part == nil {
			return nil
		}
		p = append(p, part...)
	}
	if len(p) > maxICC || !validICC(p) {
		return nil
	}
	return p
}

// exifOrientation reads tag 0x0112 from the first IFD of a TIFF-structured
// EXIF block; 1 when absent or unreadable.
func exifOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := int(bo.Uint32(t[4:8]))
	if ifd < 8 || ifd+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[ifd:]))
	for i := 0; i < n; i++ {
		e := ifd + 2 + 12*i
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			v := int(bo.Uint16(t[e+8:]))
			if v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}
