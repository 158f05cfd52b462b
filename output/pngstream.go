package output

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"

	"brochure/content/imagefile"
)

// A PNG without alpha, transparency or interlacing is embedded as it was
// compressed: its IDAT chunks joined are a zlib stream of rows behind PNG
// filter bytes, which FlateDecode with the PNG predictors (ISO 32000-1,
// 7.4.4.4) reads as it is. Decoding such a picture and compressing it
// again cost most of a picture-rich build's image time and gave the same
// pixels. The chunks are checked again as read for embedding (their
// CRC-32, the header against the probe's) and the stream is inflated
// once, so that a file whose data cannot be read is decoded and refused
// as before.

// pngStream is what a PNG's chunks give for embedding it as it is.
type pngStream struct {
	idat    []byte // the IDAT chunks' data, joined
	palette []byte // the PLTE chunk: RGB triples
	header  bool   // an IHDR chunk that says what the probe said
}

// embeddableAsIs tells whether a PDF reader can take the PNG's samples as
// they are stored: gray, palette or colour at a depth PDF has, not
// interlaced, and opaque (alpha and tRNS need a soft mask made from the
// decoded pixels).
func embeddableAsIs(in *imagefile.Info) bool {
	if in.Format != imagefile.PNG || in.Interlaced || in.Alpha || in.Transparency {
		return false
	}
	switch in.PNGColourType {
	case 0:
		return in.BitDepth == 1 || in.BitDepth == 2 || in.BitDepth == 4 || in.BitDepth == 8 || in.BitDepth == 16
	case 3:
		return in.BitDepth == 1 || in.BitDepth == 2 || in.BitDepth == 4 || in.BitDepth == 8
	case 2:
		return in.BitDepth == 8 || in.BitDepth == 16
	}
	return false
}

// readPNGStream gathers the IDAT and PLTE chunks of a PNG file as read
// for embedding (not as content's probe read it: the file may have
// changed since): every chunk's CRC-32 is checked, and the header must
// say what in says, with the standard compression and filter methods and
// no interlace. ok is false for anything else.
func readPNGStream(data []byte, in *imagefile.Info) (s pngStream, ok bool) {
	const signature = 8
	if len(data) < signature {
		return s, false
	}
	rest := data[signature:]
	for len(rest) >= 12 {
		n := int(binary.BigEndian.Uint32(rest))
		if n < 0 || n > len(rest)-12 {
			return s, false
		}
		chunk := rest[8 : 8+n]
		if crc32.ChecksumIEEE(rest[4:8+n]) != binary.BigEndian.Uint32(rest[8+n:]) {
			return s, false
		}
		switch string(rest[4:8]) {
		case "IHDR":
			if !headerSays(chunk, in) {
				return s, false
			}
			s.header = true
		case "IDAT":
			s.idat = append(s.idat, chunk...)
		case "PLTE":
			s.palette = chunk
		case "IEND":
			return s, s.header && len(s.idat) > 0
		}
		rest = rest[12+n:]
	}
	return s, false
}

// headerSays reports whether an IHDR chunk gives in's size, depth and
// colour type, compression and filter method 0 and no interlace: the only
// PNG that FlateDecode's predictors read as it is.
func headerSays(ihdr []byte, in *imagefile.Info) bool {
	return len(ihdr) == 13 && int(binary.BigEndian.Uint32(ihdr)) == in.Width && int(binary.BigEndian.Uint32(ihdr[4:])) == in.Height &&
		int(ihdr[8]) == in.BitDepth && int(ihdr[9]) == in.PNGColourType && ihdr[10] == 0 && ihdr[11] == 0 && ihdr[12] == 0
}

// rowChecker counts the inflated bytes of a PNG's rows and checks that each
// row begins with one of the five filter types.
type rowChecker struct {
	rowLen int   // a row's bytes, its filter byte included
	want   int64 // all rows' bytes
	seen   int64
	bad    bool
}

// errBadRows stops the inflating of a stream that is not the image's rows.
var errBadRows = errors.New("not the image's rows")

// Write takes inflated bytes; it fails at the first row that does not
// begin with a filter type, or past the image's rows, so a stream that
// inflates far beyond its image is not inflated to its end.
func (r *rowChecker) Write(p []byte) (int, error) {
	if r.seen+int64(len(p)) > r.want {
		r.bad = true
		return 0, errBadRows
	}
	for i := int((int64(r.rowLen) - r.seen%int64(r.rowLen)) % int64(r.rowLen)); i < len(p); i += r.rowLen {
		if p[i] > 4 {
			r.bad = true
			return 0, errBadRows
		}
	}
	r.seen += int64(len(p))
	return len(p), nil
}

// readable inflates the stream and tells whether it holds exactly the
// image's rows, each behind a valid filter byte; it stops at the first
// that is not. The zlib stream's own Adler-32 is not computed (it took two
// thirds of the time): readPNGStream has checked every IDAT chunk's
// CRC-32, which covers the same bytes.
func (s pngStream) readable(in *imagefile.Info, components int) bool {
	if len(s.idat) < 2 || !zlibHeader(s.idat[0], s.idat[1]) {
		return false
	}
	z := flate.NewReader(bytes.NewReader(s.idat[2:]))
	rowBits := int64(in.Width) * int64(components) * int64(in.BitDepth)
	check := &rowChecker{rowLen: int(1 + (rowBits+7)/8)}
	check.want = int64(check.rowLen) * int64(in.Height)
	if _, err := io.Copy(check, z); err != nil {
		return false
	}
	return !check.bad && check.seen == check.want
}

// indexedPalette is the lookup table of an Indexed colour space for a
// palette of depth bits: the PLTE colours, and opaque black for indices
// the palette does not reach (as Go's decoder, and so the decoded path,
// shows them).
func indexedPalette(plte []byte, depth int) []byte {
	entries := 1 << depth
	table := make([]byte, 3*entries)
	copy(table, plte[:min(len(plte)-len(plte)%3, len(table))])
	return table
}

// pngAsIs is the image object of a PNG embedded as it was compressed, when
// it can be (ok false: decode it instead, which also names what is wrong
// with a damaged file).
func pngAsIs(p rasterPlan, data []byte) (obj streamObject, ok bool) {
	in := p.src.Raster
	if !embeddableAsIs(in) {
		return obj, false
	}
	s, ok := readPNGStream(data, in)
	if !ok {
		return obj, false
	}
	components, cs := 1, p.colorSpace
	switch {
	case in.PNGColourType == 2:
		components = 3
	case in.PNGColourType == 3:
		if len(s.palette) < 3 {
			return obj, false
		}
		table := indexedPalette(s.palette, in.BitDepth)
		cs = pdfArray{pdfName("Indexed"), cs, pdfInt(len(table)/3 - 1), pdfHex(table)}
	}
	if !s.readable(in, components) {
		return obj, false
	}
	dict := appendPredicted(imageDict(in.Width, in.Height, cs, in.BitDepth), components, in.BitDepth, in.Width)
	return streamObject{dict: dict, data: s.idat}, true
}

// zlibHeader tells whether cmf and flg begin a zlib stream that deflate
// compressed without a preset dictionary (RFC 1950, 2.2).
func zlibHeader(cmf, flg byte) bool {
	return cmf&0x0F == 8 && cmf>>4 <= 7 && (uint16(cmf)<<8|uint16(flg))%31 == 0 && flg&0x20 == 0
}
