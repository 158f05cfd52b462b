package output

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"

	"brochure/content"
	"brochure/content/imagefile"
)

// A raster image is written once as an image XObject (ISO 32000-1, 8.9):
//
//   - a JPEG as it is, in DCTDecode (baseline and progressive alike), so
//     the photographer's pixels are never recompressed;
//   - an opaque PNG that is not interlaced as it was compressed, with the
//     PNG predictors (pngstream.go);
//   - any other PNG decoded and its samples written at their own depth (8
//     or 16 bits) with Flate and the PNG "Up" predictor; alpha, or a tRNS
//     transparency, becomes a soft mask of the same depth; a palette
//     stays a palette (Indexed), its transparency a soft mask.
//
// The colour space is the image's own embedded ICC profile when it has
// one that fits, else the device space of its samples — except the device
// space the edition forbids, which is written with the edition's
// substitute profile, and RGB, which is always sRGB (ICCBased), so RGB
// photos conform in print without being converted.

// rasterPlan is what is known about an image before it is encoded: enough
// to reserve its objects and name its colour space.
type rasterPlan struct {
	src        *content.Image
	colorSpace pdfObject // the /ColorSpace value (of the palette's entries, for an indexed image)
	softMask   bool
}

// planRaster decides the colour space (writing the profiles it needs) and
// whether a soft mask comes with the image.
func (d *document) planRaster(src *content.Image) rasterPlan {
	in := src.Raster
	p := rasterPlan{src: src}
	components := in.Components
	switch in.Colour {
	case imagefile.Gray:
		components = 1
	case imagefile.RGB, imagefile.Indexed:
		components = 3
	case imagefile.CMYK:
		components = 4
	}
	// An indexed image's palette is written as the lookup table when the
	// image is encoded; its colour space is finished there.
	p.colorSpace = d.colourSpace(components, in.ICC)
	p.softMask = in.Format == imagefile.PNG && (in.Alpha || in.Transparency)
	return p
}

// colourSpace returns the /ColorSpace value for samples of n components
// with an optional embedded profile.
func (d *document) colourSpace(n int, icc []byte) pdfObject {
	want := map[int]string{1: "GRAY", 3: "RGB ", 4: "CMYK"}[n]
	if icc != nil && imagefile.ICCColourSpace(icc) == want {
		sum := sha1.Sum(icc)
		return iccRef(d.icc(ICCProfile{Flate: deflate(icc), Components: n, Name: fmt.Sprintf("embedded %x", sum[:8])}))
	}
	device := map[int]string{1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}[n]
	switch {
	case device == d.prof.Forbidden:
		return iccRef(d.icc(d.prof.Substitute))
	case n == 3:
		return iccRef(d.icc(d.prof.SRGB))
	}
	return pdfName(device)
}

// iccRef is an ICC-based colour space of the profile stream n.
func iccRef(n int) pdfArray {
	return pdfArray{pdfName("ICCBased"), pdfRef(n)}
}

// encodeRaster reads and encodes the image; nums are its reserved object
// numbers: the image, then its soft mask if planned.
func encodeRaster(p rasterPlan, nums []int) ([]streamObject, error) {
	src := p.src
	data, err := os.ReadFile(src.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", src.Where, src.File, err)
	}
	in := src.Raster
	if in.Format == imagefile.JPEG {
		dict := imageDict(in.Width, in.Height, p.colorSpace, 8).with("Filter", pdfName("DCTDecode"))
		if in.AdobeInverted {
			dict = dict.with("Decode", pdfInts{1, 0, 1, 0, 1, 0, 1, 0})
		}
		return []streamObject{{dict: dict, data: data}}, nil
	}
	if obj, ok := pngAsIs(p, data); ok {
		return []streamObject{obj}, nil
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %s cannot be decoded: %v", src.Where, src.File, err)
	}
	s := splitSamples(img, in)
	if s.width != in.Width || s.height != in.Height {
		return nil, fmt.Errorf("%s: %s decodes to another size than its header says", src.Where, src.File)
	}
	cs := p.colorSpace
	if s.palette != nil {
		cs = pdfArray{pdfName("Indexed"), cs, pdfInt(len(s.palette)/3 - 1), pdfHex(s.palette)}
	}
	dict := imageDict(s.width, s.height, cs, s.depth)
	if p.softMask {
		dict = dict.with("SMask", pdfRef(nums[1]))
	}
	objects := []streamObject{{dict: appendPredicted(dict, s.components, s.depth, s.width), data: predictAndDeflate(s.samples, s.components, s.depth, s.width)}}
	if p.softMask {
		alpha := s.alpha
		if alpha == nil { // tRNS that marks nothing: fully opaque
			alpha = bytes.Repeat([]byte{0xFF}, s.width*s.height*s.depth/8)
		}
		mask := imageDict(s.width, s.height, pdfName("DeviceGray"), s.depth)
		objects = append(objects, streamObject{dict: appendPredicted(mask, 1, s.depth, s.width), data: predictAndDeflate(alpha, 1, s.depth, s.width)})
	}
	return objects, nil
}

// samples are an image's pixels as a PDF image stream holds them.
type samples struct {
	width, height int
	components    int // per pixel in samples
	depth         int // bits per component: 8 or 16
	samples       []byte
	alpha         []byte // one component per pixel, same depth; nil if opaque
	palette       []byte // RGB triples for an Indexed image
}

// splitSamples turns a decoded PNG into PDF samples: colour (gray, RGB or
// palette indices) and, separately, alpha.
func splitSamples(img image.Image, in *imagefile.Info) samples {
	b := img.Bounds()
	s := samples{width: b.Dx(), height: b.Dy(), depth: 8}
	if in.BitDepth == 16 {
		s.depth = 16
	}
	switch m := img.(type) {
	case *image.Paletted:
		s.paletted(m, in.Transparency)
		return s
	case *image.Gray:
		s.components = 1
		s.samples = rows(m.Pix, m.Stride, s.width, s.height)
		return s
	case *image.Gray16:
		s.components, s.depth = 1, 16
		s.samples = rows(m.Pix, m.Stride, s.width*2, s.height)
		return s
	}
	// Everything else goes through non-premultiplied colour at the
	// image's depth.
	s.components = 3
	if in.Colour == imagefile.Gray {
		s.components = 1
	}
	bytesPer := s.depth / 8
	s.samples = make([]byte, 0, s.width*s.height*s.components*bytesPer)
	var alpha []byte
	if in.Alpha || in.Transparency {
		alpha = make([]byte, 0, s.width*s.height*bytesPer)
	}
	switch m := img.(type) {
	case *image.NRGBA:
		if s.depth == 8 {
			s.nrgba8(m, alpha)
			return s
		}
	case *image.NRGBA64:
		if s.depth == 16 {
			s.nrgba16(m, alpha)
			return s
		}
	case *image.RGBA:
		if s.depth == 8 && alpha == nil {
			for y := 0; y < s.height; y++ {
				row := m.Pix[y*m.Stride : y*m.Stride+4*s.width]
				for x := 0; x < len(row); x += 4 {
					s.samples = append(s.samples, row[x:x+s.components]...)
				}
			}
			return s
		}
	}
	s.converted(img, alpha)
	return s
}

// paletted takes a palette image's indices as samples, its colours as
// the palette, and (for a PNG with transparency) its alpha per pixel.
func (s *samples) paletted(m *image.Paletted, transparency bool) {
	s.components = 1
	s.samples = rows(m.Pix, m.Stride, s.width, s.height)
	alphas := make([]byte, len(m.Palette))
	for i, c := range m.Palette {
		// The palette's own colour, also where it is fully
		// transparent (a conversion would make that black).
		var r, g, b, a uint8
		switch pc := c.(type) {
		case color.NRGBA:
			r, g, b, a = pc.R, pc.G, pc.B, pc.A
		default:
			n := color.NRGBAModel.Convert(c).(color.NRGBA)
			r, g, b, a = n.R, n.G, n.B, n.A
		}
		s.palette = append(s.palette, r, g, b)
		alphas[i] = a
	}
	if !transparency {
		return
	}
	s.alpha = make([]byte, 0, s.width*s.height)
	translucent := false
	for _, index := range s.samples {
		a := byte(0xFF)
		if int(index) < len(alphas) {
			a = alphas[index]
		}
		s.alpha = append(s.alpha, a)
		translucent = translucent || a != 0xFF
	}
	if !translucent {
		s.alpha = nil
	}
}

// nrgba8 is the common case of 8-bit colour with alpha, without a colour
// conversion per pixel; alpha (nil for none) receives the alpha samples,
// kept only when a pixel is not opaque.
func (s *samples) nrgba8(m *image.NRGBA, alpha []byte) {
	translucent := false
	for y := 0; y < s.height; y++ {
		row := m.Pix[y*m.Stride : y*m.Stride+4*s.width]
		for x := 0; x < len(row); x += 4 {
			s.samples = append(s.samples, row[x:x+s.components]...)
			if alpha != nil {
				alpha = append(alpha, row[x+3])
				translucent = translucent || row[x+3] != 0xFF
			}
		}
	}
	if translucent {
		s.alpha = alpha
	}
}

// nrgba16 is 16-bit colour with alpha (a PNG's RGBA at 16 bits, as
// photographs are often exported), copied byte for byte: the decoded
// pixels are already the PDF's big-endian samples. alpha (nil for none)
// receives the alpha samples, kept only when a pixel is not opaque.
func (s *samples) nrgba16(m *image.NRGBA64, alpha []byte) {
	translucent := false
	colour := 2 * s.components
	for y := 0; y < s.height; y++ {
		row := m.Pix[y*m.Stride : y*m.Stride+8*s.width]
		for x := 0; x < len(row); x += 8 {
			s.samples = append(s.samples, row[x:x+colour]...)
			if alpha != nil {
				alpha = append(alpha, row[x+6], row[x+7])
				translucent = translucent || row[x+6] != 0xFF || row[x+7] != 0xFF
			}
		}
	}
	if translucent {
		s.alpha = alpha
	}
}

// converted takes any other image pixel by pixel through
// non-premultiplied 16-bit colour, at the samples' depth.
func (s *samples) converted(img image.Image, alpha []byte) {
	b := img.Bounds()
	translucent := false
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBA64Model.Convert(img.At(x, y)).(color.NRGBA64)
			vals := [4]uint16{c.R, c.G, c.B, c.A}
			for k := 0; k < s.components; k++ {
				s.samples = appendSample(s.samples, vals[k], s.depth)
			}
			if alpha != nil {
				alpha = appendSample(alpha, c.A, s.depth)
				if c.A != 0xFFFF {
					translucent = true
				}
			}
		}
	}
	if translucent {
		s.alpha = alpha
	}
}

func appendSample(b []byte, v uint16, depth int) []byte {
	if depth == 16 {
		return append(b, byte(v>>8), byte(v))
	}
	return append(b, byte(v>>8))
}

// rows copies rowBytes of each row out of a strided buffer (or returns it
// when it has no padding).
func rows(pix []byte, stride, rowBytes, height int) []byte {
	if stride == rowBytes {
		return pix[:rowBytes*height]
	}
	out := make([]byte, 0, rowBytes*height)
	for y := 0; y < height; y++ {
		out = append(out, pix[y*stride:y*stride+rowBytes]...)
	}
	return out
}

// appendPredicted adds the Flate filter with the PNG predictor the samples
// are written with.
func appendPredicted(dict pdfDict, components, depth, width int) pdfDict {
	return append(dict, flateFilter, pdfEntry{"DecodeParms", pdfDict{{"Predictor", pdfInt(15)}, {"Colors", pdfInt(components)},
		{"BitsPerComponent", pdfInt(depth)}, {"Columns", pdfInt(width)}}})
}

// imageDict is an image XObject's dictionary without its filter.
func imageDict(width, height int, colourSpace pdfObject, depth int) pdfDict {
	return pdfDict{{"Type", pdfName("XObject")}, {"Subtype", pdfName("Image")}, {"Width", pdfInt(width)}, {"Height", pdfInt(height)},
		{"ColorSpace", colourSpace}, {"BitsPerComponent", pdfInt(depth)}}
}

// predictAndDeflate writes each row behind a PNG "Up" filter byte (the
// difference from the row above, which compresses photographs far better
// than raw samples) and compresses the lot, a row at a time: the filtered
// image is never held whole.
func predictAndDeflate(samples []byte, components, depth, width int) []byte {
	rowLen := width * components * depth / 8
	if rowLen == 0 {
		return deflate(nil)
	}
	height := len(samples) / rowLen
	z := newDeflater(height * rowLen / 2)
	row := make([]byte, 1+rowLen)
	for y := 0; y < height; y++ {
		cur := samples[y*rowLen : (y+1)*rowLen]
		if y == 0 {
			row[0] = 0
			copy(row[1:], cur)
		} else {
			row[0] = 2
			above := samples[(y-1)*rowLen : y*rowLen]
			for i, v := range cur {
				row[1+i] = v - above[i]
			}
		}
		z.write(row)
	}
	return z.close()
}
