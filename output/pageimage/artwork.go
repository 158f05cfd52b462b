package pageimage

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"brochure/content"
	"brochure/content/pdfread"
	"brochure/layout"
)

// drawArtwork draws the first page of a PDF logo into its picture box on
// the canvas (scale: pixels per point), by interpreting its content
// stream. The logo's trim box fills the picture box, turned as the page's
// /Rotate says; nothing it draws leaves the box.
func (r *Renderer) drawArtwork(c *canvas, p *layout.Picture, src *content.Image, scale float64) error {
	if src.PDF == nil {
		return nil
	}
	b := src.Page.TrimBox
	bw, bh := b[2]-b[0], b[3]-b[1]
	if bw <= 0 || bh <= 0 {
		return nil
	}
	// The whole artwork is drawn in the box Drawn gives, clipped to the
	// picture's frame (the same box unless a window shows a part).
	dx, dy, dw, dh := p.Drawn()
	x, y, w, h := dx.Points()*scale, dy.Points()*scale, dw.Points()*scale, dh.Points()*scale
	fx, fy, fw, fh := p.X.Points()*scale, p.Y.Points()*scale, p.W.Points()*scale, p.H.Points()*scale
	// Artwork space → the box's unit square (v up) → turned → device.
	toUnit := affine{1 / bw, 0, 0, 1 / bh, -b[0] / bw, -b[1] / bh}
	var turn affine
	switch src.Page.Rotate {
	case 90:
		turn = affine{0, -1, 1, 0, 0, 1}
	case 180:
		turn = affine{-1, 0, 0, -1, 1, 1}
	case 270:
		turn = affine{0, 1, -1, 0, 1, 0}
	default:
		turn = identity
	}
	toDevice := affine{w, 0, 0, -h, x, y + h}
	base := toUnit.then(turn).then(toDevice)

	var frame path
	frame.rect(fx, fy, fw, fh)
	saved, savedFrame := c.clip, c.frame
	c.frame = image.Rect(int(math.Floor(fx)), int(math.Floor(fy)), int(math.Ceil(fx+fw))+1, int(math.Ceil(fy+fh))+1).Intersect(c.img.Bounds())
	c.clip = newClip(c.mask(&frame))
	defer func() { c.clip, c.frame = saved, savedFrame }()

	where := src.Where + ": " + src.File
	streams, err := src.PDF.ContentStreams(src.Page)
	if err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	var data []byte
	for _, s := range streams {
		d, err := src.PDF.Decode(s)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		data = append(append(data, d...), '\n')
	}
	in := &interpreter{f: src.PDF, c: c, scale: scale}
	in.gs = graphicsState{ctm: base, fill: color.RGBA{0, 0, 0, 255}, stroke: color.RGBA{0, 0, 0, 255}, lineWidth: 1, clip: c.clip}
	if err := in.run(data, src.Page.Resources, 0); err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	if in.work > maxWork {
		return fmt.Errorf("%s: drawing it at %.0f dpi takes more than %d million pixel operations (clips and shadings); use a lower -dpi",
			where, scale*72, maxWork/1_000_000)
	}
	return nil
}

// graphicsState is the part of PDF's graphics state the interpreter
// follows.
type graphicsState struct {
	ctm                 affine // user space → device pixels
	fill, stroke        color.RGBA
	fillSpace, strokeCS colourSpace
	lineWidth           float64
	clip                *clipMask
}

// interpreter draws a content stream onto a canvas.
type interpreter struct {
	f     *pdfread.File
	c     *canvas
	scale float64
	gs    graphicsState
	stack []graphicsState
	// the path being built (device pixels) and a clip waiting for the
	// painting operator that ends it
	p           path
	pendingClip bool
	ops         int
	clips       int
	work        int64 // pixels covered by clipping masks and shadings, against maxWork
}

// Bounds of the interpreter: those of artwork that every output shares
// (a logo beyond them was refused when it was loaded, so they only guard
// the interpreter against artwork that did not come through the loader),
// and clipping paths past the count are ignored.
const (
	maxFormDepth = pdfread.MaxNesting
	maxOperators = pdfread.MaxOperations
	maxClips     = 10_000
	// maxWork bounds the pixels a logo's clips and shadings may cover
	// together (about a second of drawing); past it, drawing stops with an
	// error naming a lower resolution as the way out.
	maxWork = 100_000_000
)

func (in *interpreter) run(data []byte, res pdfread.Dict, depth int) error {
	ops, err := pdfread.Operations(data)
	if err != nil && len(ops) == 0 {
		return err
	}
	for _, op := range ops {
		in.ops++
		if in.ops > maxOperators || in.work > maxWork {
			return nil
		}
		in.do(op, res, depth)
	}
	return nil
}

// nums returns the operands as numbers (ok false if any is not one).
func nums(ops []pdfread.Object, n int) ([]float64, bool) {
	if len(ops) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i := range n {
		v, ok := pdfread.Number(ops[len(ops)-n+i])
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

// do carries out one operator of a content stream. Operators this
// renderer does not draw (text, marked content) are passed over.
func (in *interpreter) do(op pdfread.Operation, res pdfread.Dict, depth int) {
	switch op.Op {
	case "q", "Q", "cm", "w":
		in.stateOp(op)
	case "m", "l", "c", "v", "y", "h", "re":
		in.pathOp(op)
	case "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n", "W", "W*":
		in.paintOp(op.Op)
	case "g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "scn", "SC", "SCN":
		in.colourOp(op, res)
	case "Do", "BI", "sh":
		in.resourceOp(op, res, depth)
	}
}

// stateOp saves, restores or changes the graphics state.
func (in *interpreter) stateOp(op pdfread.Operation) {
	gs := &in.gs
	switch op.Op {
	case "q":
		if len(in.stack) < 64 {
			in.stack = append(in.stack, *gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
			in.c.clip = in.gs.clip
		}
	case "cm":
		if v, ok := nums(op.Operands, 6); ok {
			gs.ctm = affine{v[0], v[1], v[2], v[3], v[4], v[5]}.then(gs.ctm)
		}
	case "w":
		if v, ok := nums(op.Operands, 1); ok {
			gs.lineWidth = v[0]
		}
	}
}

// pathOp adds to the current path, in device space.
func (in *interpreter) pathOp(op pdfread.Operation) {
	pt := func(x, y float64) point { return in.gs.ctm.apply(x, y) }
	a := op.Operands
	switch op.Op {
	case "m":
		if v, ok := nums(a, 2); ok {
			in.p.moveTo(pt(v[0], v[1]))
		}
	case "l":
		if v, ok := nums(a, 2); ok {
			in.p.lineTo(pt(v[0], v[1]))
		}
	case "c":
		if v, ok := nums(a, 6); ok {
			in.p.cubeTo(pt(v[0], v[1]), pt(v[2], v[3]), pt(v[4], v[5]))
		}
	case "v":
		if v, ok := nums(a, 4); ok && len(in.p.segs) > 0 {
			in.p.cubeTo(in.current(), pt(v[0], v[1]), pt(v[2], v[3]))
		}
	case "y":
		if v, ok := nums(a, 4); ok {
			e := pt(v[2], v[3])
			in.p.cubeTo(pt(v[0], v[1]), e, e)
		}
	case "h":
		in.p.close()
	case "re":
		if v, ok := nums(a, 4); ok {
			in.p.moveTo(pt(v[0], v[1]))
			in.p.lineTo(pt(v[0]+v[2], v[1]))
			in.p.lineTo(pt(v[0]+v[2], v[1]+v[3]))
			in.p.lineTo(pt(v[0], v[1]+v[3]))
			in.p.close()
		}
	}
}

// paintOp fills, strokes, clips or discards the current path.
func (in *interpreter) paintOp(op pdfread.Operator) {
	switch op {
	case "W", "W*":
		in.pendingClip = true
		return
	case "s", "b", "b*":
		in.p.close()
	}
	switch op {
	case "f", "F", "f*", "B", "B*", "b", "b*":
		in.c.fill(&in.p, in.gs.fill)
	}
	switch op {
	case "S", "s", "B", "B*", "b", "b*":
		in.strokeCurrent()
	}
	in.endPath()
}

// colourOp sets the fill or stroke colour, or its colour space.
func (in *interpreter) colourOp(op pdfread.Operation, res pdfread.Dict) {
	gs := &in.gs
	a := op.Operands
	fill := op.Op == "g" || op.Op == "rg" || op.Op == "k" || op.Op == "cs" || op.Op == "sc" || op.Op == "scn"
	switch op.Op {
	case "g", "G", "rg", "RG", "k", "K":
		n := map[pdfread.Operator]int{"g": 1, "G": 1, "rg": 3, "RG": 3, "k": 4, "K": 4}[op.Op]
		if v, ok := nums(a, n); ok {
			col := deviceColour(v)
			if fill {
				gs.fill, gs.fillSpace = col, colourSpace{components: n}
			} else {
				gs.stroke, gs.strokeCS = col, colourSpace{components: n}
			}
		}
	case "cs", "CS":
		if len(a) > 0 {
			if name, ok := a[len(a)-1].(pdfread.Name); ok {
				cs := in.colourSpace(name, res)
				if fill {
					gs.fillSpace, gs.fill = cs, cs.initial()
				} else {
					gs.strokeCS, gs.stroke = cs, cs.initial()
				}
			}
		}
	default: // sc, scn, SC, SCN
		cs := gs.strokeCS
		if fill {
			cs = gs.fillSpace
		}
		var v []float64
		for _, o := range a {
			if x, ok := pdfread.Number(o); ok {
				v = append(v, x)
			}
		}
		if col, ok := cs.colour(v); ok {
			if fill {
				gs.fill = col
			} else {
				gs.stroke = col
			}
		}
	}
}

// resourceOp draws a named XObject, an inline image or a shading.
func (in *interpreter) resourceOp(op pdfread.Operation, res pdfread.Dict, depth int) {
	if len(op.Operands) == 0 {
		return
	}
	switch op.Op {
	case "Do":
		if name, ok := op.Operands[0].(pdfread.Name); ok {
			in.xobject(name, res, depth)
		}
	case "BI":
		if d, ok := op.Operands[0].(pdfread.Dict); ok {
			in.inlineImage(d, op.Inline, res)
		}
	case "sh":
		if name, ok := op.Operands[0].(pdfread.Name); ok {
			in.shading(name, res)
		}
	}
}

// current is the path's current point.
func (in *interpreter) current() point {
	for i := len(in.p.segs) - 1; i >= 0; i-- {
		s := in.p.segs[i]
		switch s.kind {
		case segMove, segLine:
			return s.p[0]
		case segCube:
			return s.p[2]
		}
	}
	return point{}
}

// endPath applies a waiting clip and starts a new path.
func (in *interpreter) endPath() {
	if in.pendingClip && in.clips < maxClips {
		in.clips++
		m := in.c.mask(&in.p)
		in.work += int64(len(m.Pix))
		if in.gs.clip != nil {
			intersectAlpha(m, in.gs.clip.a)
		}
		in.gs.clip = newClip(m)
		in.c.clip = in.gs.clip
	}
	in.pendingClip = false
	in.p = path{}
}

// strokeCurrent strokes the path at the line width in device pixels
// (thinner than a pixel is drawn a pixel wide, as viewers do).
func (in *interpreter) strokeCurrent() {
	w := max(in.gs.lineWidth*in.gs.ctm.scaleFactor(), 1)
	in.c.fill(strokePath(&in.p, w), in.gs.stroke)
}

// resource looks up a named resource of a kind (XObject, ColorSpace,
// Shading).
func (in *interpreter) resource(res pdfread.Dict, kind, name pdfread.Name) pdfread.Object {
	d := in.f.Dict(res[kind])
	if d == nil {
		return nil
	}
	v, err := in.f.Resolve(d[name])
	if err != nil {
		return nil
	}
	return v
}

// xobject draws an image or form XObject.
func (in *interpreter) xobject(name pdfread.Name, res pdfread.Dict, depth int) {
	s, ok := in.resource(res, "XObject", name).(*pdfread.Stream)
	if !ok {
		return
	}
	switch s.Dict.Name("Subtype") {
	case "Image":
		img, err := in.decodeImage(s.Dict, s, res)
		if err == nil {
			in.drawImage(img)
		}
	case "Form":
		if depth >= maxFormDepth {
			return
		}
		data, err := in.f.Decode(s)
		if err != nil {
			return
		}
		saved, savedStack := in.gs, len(in.stack)
		if m, ok := numbersOf(in.f, s.Dict["Matrix"], 6); ok {
			in.gs.ctm = affine{m[0], m[1], m[2], m[3], m[4], m[5]}.then(in.gs.ctm)
		}
		if bb, ok := numbersOf(in.f, s.Dict["BBox"], 4); ok {
			in.p = path{}
			in.do(pdfread.Operation{Op: "re", Operands: []pdfread.Object{bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]}}, res, depth)
			in.pendingClip = true
			in.endPath()
		}
		formRes := in.f.Dict(s.Dict["Resources"])
		if formRes == nil {
			formRes = res
		}
		in.run(data, formRes, depth+1)
		in.gs, in.stack = saved, in.stack[:min(savedStack, len(in.stack))]
		in.c.clip = in.gs.clip
	}
}

// numbersOf reads an array of n numbers.
func numbersOf(f *pdfread.File, o pdfread.Object, n int) ([]float64, bool) {
	v, err := f.Resolve(o)
	if err != nil {
		return nil, false
	}
	arr, ok := v.(pdfread.Array)
	if !ok || len(arr) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i := range n {
		x, ok := pdfread.Number(arr[i])
		if !ok {
			return nil, false
		}
		out[i] = x
	}
	return out, true
}

// drawImage draws an image into the unit square of user space.
func (in *interpreter) drawImage(img image.Image) {
	b := img.Bounds()
	// Image pixels (row 0 at the top) → unit square (v up) → device.
	m := affine{1 / float64(b.Dx()), 0, 0, -1 / float64(b.Dy()), 0, 1}.then(in.gs.ctm)
	opts := &draw.Options{}
	if in.c.clip != nil {
		opts.DstMask = in.c.clip.a
	}
	draw.BiLinear.Transform(in.c.img, f64.Aff3{m[0], m[2], m[4], m[1], m[3], m[5]}, img, b, draw.Over, opts)
}

// inlineImage draws an inline image (BI … ID … EI), its abbreviated
// keys and names expanded.
func (in *interpreter) inlineImage(d pdfread.Dict, data []byte, res pdfread.Dict) {
	keys := map[pdfread.Name]pdfread.Name{"W": "Width", "H": "Height", "CS": "ColorSpace", "BPC": "BitsPerComponent",
		"F": "Filter", "DP": "DecodeParms", "D": "Decode", "IM": "ImageMask", "I": "Interpolate"}
	names := map[pdfread.Name]pdfread.Name{"G": "DeviceGray", "RGB": "DeviceRGB", "CMYK": "DeviceCMYK", "I": "Indexed",
		"AHx": "ASCIIHexDecode", "A85": "ASCII85Decode", "Fl": "FlateDecode", "RL": "RunLengthDecode", "DCT": "DCTDecode", "LZW": "LZWDecode"}
	full := pdfread.Dict{}
	expand := func(o pdfread.Object) pdfread.Object {
		if n, ok := o.(pdfread.Name); ok {
			if long, ok := names[n]; ok {
				return long
			}
		}
		return o
	}
	for k, v := range d {
		if long, ok := keys[k]; ok {
			k = long
		}
		if arr, ok := v.(pdfread.Array); ok {
			out := make(pdfread.Array, len(arr))
			for i, e := range arr {
				out[i] = expand(e)
			}
			v = out
		} else {
			v = expand(v)
		}
		full[k] = v
	}
	img, err := in.decodeImage(full, &pdfread.Stream{Dict: full, Raw: data}, res)
	if err == nil {
		in.drawImage(img)
	}
}

// decodeImage turns an image stream into an image: JPEG through Go's
// decoder, other samples (1, 2, 4, 8 or 16 bits) through the colour
// space; an image mask is painted in the fill colour; a soft mask
// becomes the alpha.
func (in *interpreter) decodeImage(d pdfread.Dict, s *pdfread.Stream, res pdfread.Dict) (image.Image, error) {
	w, _ := pdfread.Number(d["Width"])
	h, _ := pdfread.Number(d["Height"])
	if w < 1 || h < 1 || w*h > 16<<20 {
		return nil, fmt.Errorf("image of %g × %g pixels", w, h)
	}
	W, H := int(w), int(h)
	if filterIs(in.f, d["Filter"], "DCTDecode") {
		img, err := jpeg.Decode(bytes.NewReader(s.Raw))
		if err != nil {
			return nil, err
		}
		return withSoftMask(in, img, d), nil
	}
	data, err := in.f.Decode(s)
	if err != nil {
		return nil, err
	}
	bpc := 8
	if v, ok := pdfread.Number(d["BitsPerComponent"]); ok {
		bpc = int(v)
	}
	if mask, _ := d["ImageMask"].(bool); mask {
		out := image.NewNRGBA(image.Rect(0, 0, W, H))
		stride := (W + 7) / 8
		for y := range H {
			for x := range W {
				if i := y*stride + x/8; i < len(data) && data[i]>>(7-uint(x%8))&1 == 0 {
					out.SetNRGBA(x, y, color.NRGBA{in.gs.fill.R, in.gs.fill.G, in.gs.fill.B, 255})
				}
			}
		}
		return out, nil
	}
	cs := in.colourSpaceObject(d["ColorSpace"], res)
	n := cs.components
	stride := (W*n*bpc + 7) / 8
	if bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 && bpc != 16 || len(data) < stride*H {
		return nil, fmt.Errorf("image samples: %d bits, %d bytes", bpc, len(data))
	}
	maxv := float64(int(1)<<bpc - 1)
	out := image.NewNRGBA(image.Rect(0, 0, W, H))
	v := make([]float64, n)
	for y := range H {
		row := data[y*stride:]
		for x := range W {
			for k := range n {
				i := (x*n + k) * bpc
				var s int
				switch bpc {
				case 8:
					s = int(row[i/8])
				case 16:
					s = int(row[i/8])<<8 | int(row[i/8+1])
				default:
					s = int(row[i/8]>>(8-uint(bpc)-uint(i%8))) & (1<<bpc - 1)
				}
				v[k] = float64(s)
				if !cs.indexed {
					v[k] /= maxv
				}
			}
			if col, ok := cs.colour(v); ok {
				out.SetNRGBA(x, y, color.NRGBA{col.R, col.G, col.B, 255})
			}
		}
	}
	return withSoftMask(in, out, d), nil
}

// withSoftMask gives an image the alpha of its /SMask (8-bit gray of the
// same size), when it has one.
func withSoftMask(in *interpreter, img image.Image, d pdfread.Dict) image.Image {
	v, err := in.f.Resolve(d["SMask"])
	s, ok := v.(*pdfread.Stream)
	if err != nil || !ok {
		return img
	}
	data, err := in.f.Decode(s)
	b := img.Bounds()
	if err != nil || len(data) < b.Dx()*b.Dy() {
		return img
	}
	out := image.NewNRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			c.A = data[(y-b.Min.Y)*b.Dx()+(x-b.Min.X)]
			out.SetNRGBA(x, y, c)
		}
	}
	return out
}

// filterIs reports whether a stream's last filter is name.
func filterIs(f *pdfread.File, o pdfread.Object, name pdfread.Name) bool {
	v, _ := f.Resolve(o)
	switch x := v.(type) {
	case pdfread.Name:
		return x == name
	case pdfread.Array:
		if len(x) > 0 {
			last, _ := x[len(x)-1].(pdfread.Name)
			return last == name
		}
	}
	return false
}

// deviceColour is a gray, RGB or CMYK colour (by its number of
// components, 0–1) on screen; CMYK converted naively, as a preview may.
func deviceColour(v []float64) color.RGBA {
	b := func(x float64) uint8 { return uint8(math.Round(255 * math.Max(0, math.Min(1, x)))) }
	switch len(v) {
	case 1:
		return color.RGBA{b(v[0]), b(v[0]), b(v[0]), 255}
	case 3:
		return color.RGBA{b(v[0]), b(v[1]), b(v[2]), 255}
	case 4:
		k := v[3]
		return color.RGBA{b((1 - v[0]) * (1 - k)), b((1 - v[1]) * (1 - k)), b((1 - v[2]) * (1 - k)), 255}
	}
	return color.RGBA{0, 0, 0, 255}
}
