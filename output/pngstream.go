package output

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"io"

	"brochure/content/imagefile"
)

// A PNG without alpha, transparency or interlacing is embedded as it was
// compressed: its IDAT chunks joined are a zlib stream of rows behind PNG
// filter bytes, which FlateDecode with the PNG predictors (ISO 32000-1,
// 7.4.4.4) reads as it is. Decoding such a picture and compressing it
// again cost most of a picture-rich build's image time and gave the same
// pixels. The stream is still inflated once, to its end, so that a file
// whose data cannot be read is refused as before.

// pngStream is what a PNG's chunks give for embedding it as it is.
type pngStream struct {
	idat    []byte // the IDAT chunks' data, joined
	palette []byte // the PLTE chunk: RGB triples
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

// readPNGStream gathers the IDAT and PLTE chunks of a PNG file whose
// structure content's probe has already checked (signature, lengths and
// checksums); ok is false for anything it does not expect.
func readPNGStream(data []byte) (s pngStream, ok bool) {
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
		switch string(rest[4:8]) {
		case "IDAT":
			s.idat = append(s.idat, chunk...)
		case "PLTE":
			s.palette = chunk
		case "IEND":
			return s, len(s.idat) > 0
		}
		rest = rest[12+n:]
	}
	return s, false
}

// rowChecker counts the inflated bytes of a PNG's rows and checks that each
// row begins with one of the five filter types.
type rowChecker struct {
	rowLen int   // a row's bytes, its filter byte included
	want   int64 // all rows' bytes
	seen   int64
	bad    bool
}

// Write takes inflated bytes; it never fails, so that the whole stream is
// read and its checksum checked.
func (r *rowChecker) Write(p []byte) (int, error) {
	for i := int((int64(r.rowLen) - r.seen%int64(r.rowLen)) % int64(r.rowLen)); i < len(p); i += r.rowLen {
		if r.seen+int64(i) >= r.want || p[i] > 4 {
			r.bad = true
			break
		}
	}
	r.seen += int64(len(p))
	return len(p), nil
}

// readable inflates the stream to its end and tells whether it holds
// exactly the image's rows, each behind a valid filter byte. The zlib
// stream's own Adler-32 is not computed (it took two thirds of the time):
// content's probe has checked every IDAT chunk's CRC-32, which covers
// the same bytes.
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
	s, ok := readPNGStream(data)
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
