package pageimage

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// SVGOptions say how a page becomes an SVG document.
type SVGOptions struct {
	// Bleed includes the page's bleed around the trimmed page; the trim
	// box then starts at (Bleed, Bleed) in the SVG's coordinates.
	Bleed bool
	// PictureDPI is the resolution pictures and artwork are embedded at
	// (0: 300 dpi), downscaled from their files.
	PictureDPI float64
}

// SVG writes a page as a self-contained SVG document in points: text as
// <text> in subsets of the document's fonts embedded as data URLs, each
// glyph at the x the PDF puts it (kerning, letter spacing and glyph
// scaling included; the browser's own kerning and ligatures are switched
// off), rules, polygons and QR modules as shapes, pictures and artwork
// as embedded PNG images, links as links.
func (r *Renderer) SVG(w io.Writer, p layout.Page, opt SVGOptions) error {
	bw := bufio.NewWriter(w)
	off := 0.0
	if opt.Bleed {
		off = p.Bleed.Points()
	}
	width, height := p.Width.Points()+2*off, p.Height.Points()+2*off
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%spt" height="%spt" viewBox="%s %s %s %s">`+"\n",
		num(width), num(height), num(-off), num(-off), num(width), num(height))

	// The fonts: per face, a subset of the glyphs this page uses.
	faces, err := r.pageFonts(p)
	if err != nil {
		return err
	}
	bw.WriteString("<style>\n")
	for _, f := range faces {
		fmt.Fprintf(bw, "@font-face{font-family:%s;src:url(data:font/ttf;base64,%s) format(\"truetype\")}\n", f.family, f.data)
	}
	bw.WriteString("text{white-space:pre;font-kerning:none;font-variant-ligatures:none;font-feature-settings:\"kern\" 0,\"liga\" 0,\"clig\" 0}\n</style>\n")
	fmt.Fprintf(bw, `<rect x="%s" y="%s" width="%s" height="%s" fill="#fff"/>`+"\n", num(-off), num(-off), num(width), num(height))
	family := map[*fonts.Face]string{}
	for _, f := range faces {
		family[f.face] = f.family
	}
	dpi := opt.PictureDPI
	if dpi <= 0 {
		dpi = 300
	}
	sd := &svgDrawer{r: r, w: bw, family: family, dpi: dpi}
	for _, it := range p.Items {
		it.Draw(sd)
		if sd.err != nil {
			return sd.err
		}
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// svgFont is a face's subset for one page.
type svgFont struct {
	face   *fonts.Face
	family string
	data   string // base64 TrueType
}

// pageFonts subsets each face a page uses to the characters it draws.
func (r *Renderer) pageFonts(p layout.Page) ([]svgFont, error) {
	used := map[*fonts.Face]map[rune]bool{}
	var order []*fonts.Face
	for _, it := range p.Items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			if used[g.Face] == nil {
				used[g.Face] = map[rune]bool{}
				order = append(order, g.Face)
			}
			for _, c := range g.Text {
				used[g.Face][c] = true
			}
		}
	}
	out := make([]svgFont, 0, len(order))
	for i, face := range order {
		chars := make([]rune, 0, len(used[face]))
		for c := range used[face] {
			chars = append(chars, c)
		}
		sort.Slice(chars, func(a, b int) bool { return chars[a] < chars[b] })
		glyphs := []uint16{0}
		subsetChars := []rune{0}
		for _, c := range chars {
			if gid, ok := face.Glyph(c); ok {
				glyphs = append(glyphs, gid)
				subsetChars = append(subsetChars, c)
			}
		}
		key := subsetKey{face: face, chars: string(chars)}
		encoded, ok := r.subsets[key]
		if !ok {
			data, err := face.WebSubset(glyphs, subsetChars)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", face.Name, err)
			}
			encoded = base64.StdEncoding.EncodeToString(data)
			if len(r.subsets) >= maxCachedSubsets {
				clear(r.subsets)
			}
			r.subsets[key] = encoded
		}
		out = append(out, svgFont{face: face, family: "f" + strconv.Itoa(i), data: encoded})
	}
	return out, nil
}

// subsetKey identifies a face's subset of some characters.
type subsetKey struct {
	face  *fonts.Face
	chars string
}

// maxCachedSubsets bounds the kept subsets (a page uses a few).
const maxCachedSubsets = 512

// writeRun writes a glyph run as one <text> with every glyph's x. A run
// set wider or narrower (font expansion) is scaled about its origin, its
// positions given in the unscaled space.
func writeRun(w *bufio.Writer, g *typeset.GlyphRun, family string) {
	placed := placeRun(g)
	h := hscale(g)
	x0 := g.X.Points()
	var xs strings.Builder
	for i, pg := range placed {
		if i > 0 {
			xs.WriteByte(' ')
		}
		xs.WriteString(num(x0 + (pg.x-x0)/h))
	}
	transform := ""
	if h != 1 {
		transform = fmt.Sprintf(` transform="matrix(%s 0 0 1 %s 0)"`, num(h), num(x0*(1-h)))
	}
	fmt.Fprintf(w, `<text x="%s" y="%s" font-family="%s" font-size="%s" fill="%s"%s>%s</text>`+"\n",
		xs.String(), num(g.Y.Points()), family, num(g.Size.Points()), hex(g.Colour), transform, escape(g.Text))
}

// svgDrawer writes items as SVG elements (a typeset.Drawer).
type svgDrawer struct {
	r      *Renderer
	w      *bufio.Writer
	family map[*fonts.Face]string // each face's font family on the page
	dpi    float64                // of embedded pictures
	err    error                  // the first error met
}

// GlyphRun implements typeset.Drawer.
func (sd *svgDrawer) GlyphRun(x *typeset.GlyphRun) { writeRun(sd.w, x, sd.family[x.Face]) }

// Rule implements typeset.Drawer.
func (sd *svgDrawer) Rule(x *typeset.Rule) {
	fmt.Fprintf(sd.w, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
		num(x.X.Points()), num(x.Y.Points()), num(x.W.Points()), num(x.H.Points()), hex(x.Colour))
}

// Polygon implements typeset.Drawer.
func (sd *svgDrawer) Polygon(x *typeset.Polygon) {
	var b strings.Builder
	for i, v := range x.Points {
		if i == 0 {
			b.WriteString("M")
		} else {
			b.WriteString("L")
		}
		b.WriteString(num(v.X.Points()) + " " + num(v.Y.Points()))
	}
	fmt.Fprintf(sd.w, `<path d="%sZ" fill="%s"/>`+"\n", b.String(), hex(x.Colour))
}

// QRCode implements typeset.Drawer.
func (sd *svgDrawer) QRCode(x *typeset.QRCode) {
	fmt.Fprintf(sd.w, `<path d="%s" fill="%s" shape-rendering="crispEdges"/>`+"\n", svgPath(qrPath(x)), hex(x.Colour))
}

// LinkArea implements typeset.Drawer: a web link is a link; a link
// inside the document leads nowhere on a page of its own.
func (sd *svgDrawer) LinkArea(x *typeset.LinkArea) {
	if x.URL != "" {
		fmt.Fprintf(sd.w, `<a href="%s"><rect x="%s" y="%s" width="%s" height="%s" fill="transparent"/></a>`+"\n",
			escape(x.URL), num(x.X.Points()), num(x.Y.Points()), num(x.W.Points()), num(x.H.Points()))
	}
}

// Picture implements typeset.Drawer.
func (sd *svgDrawer) Picture(x *typeset.Picture) { sd.err = sd.r.svgPicture(sd.w, x, sd.dpi) }

// Mark implements typeset.Drawer: a mark draws nothing.
func (*svgDrawer) Mark(*typeset.Mark) {}

// svgPicture embeds a picture as a PNG at dpi (never larger than its
// file), drawn with the same code as the raster pages.
func (r *Renderer) svgPicture(w *bufio.Writer, p *layout.Picture, dpi float64) error {
	src, err := pictureSource(p)
	if src == nil || p.W <= 0 || p.H <= 0 {
		return err
	}
	scale := dpi / 72
	pw := max(1, int(math.Round(p.W.Points()*scale)))
	ph := max(1, int(math.Round(p.H.Points()*scale)))
	encoded, err := r.embedded(p, src, pw, ph, scale)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `<image x="%s" y="%s" width="%s" height="%s" preserveAspectRatio="none" href="data:image/png;base64,%s"/>`+"\n",
		num(p.X.Points()), num(p.Y.Points()), num(p.W.Points()), num(p.H.Points()), encoded)
	return nil
}

// embedded is a picture drawn at pw × ph pixels as base64 PNG, kept for
// the next page or build that shows the same file at the same size.
func (r *Renderer) embedded(p *layout.Picture, src *content.Image, pw, ph int, scale float64) (string, error) {
	st, err := os.Stat(src.Path)
	if err != nil {
		return "", PictureError{Where: src.Where, File: src.File, Err: err}
	}
	key := embeddedKey{path: src.Path, size: st.Size(), modTime: st.ModTime().UnixNano(), w: pw, h: ph, window: p.Window.Bounds()}
	if s, ok := r.pngs[key]; ok {
		return s, nil
	}
	var img image.Image
	if src.Format == "pdf" {
		c := newCanvas(pw, ph)
		local := *p
		local.X, local.Y = 0, 0
		if err := r.drawArtwork(c, &local, src, scale); err != nil {
			return "", err
		}
		img = c.img
	} else {
		oriented, err := r.images.oriented(src)
		if err != nil {
			return "", err
		}
		shown := windowOf(oriented.Bounds(), p.Window)
		if shown.Dx() <= pw {
			img = cropped(oriented, shown)
		} else {
			dst := image.NewRGBA(image.Rect(0, 0, pw, ph))
			drawScaled(dst, dst.Bounds(), oriented, shown)
			img = dst
		}
	}
	var buf bytes.Buffer
	if err := EncodePNG(&buf, img, 0); err != nil {
		return "", err
	}
	s := base64.StdEncoding.EncodeToString(buf.Bytes())
	if len(r.pngs) >= maxCachedImages || r.pngBytes+len(s) > maxCachedPNGBytes {
		clear(r.pngs)
		r.pngBytes = 0
	}
	r.pngs[key] = s
	r.pngBytes += len(s)
	return s, nil
}

// embeddedKey identifies a picture file's version drawn at a size.
type embeddedKey struct {
	path    string
	size    int64
	modTime int64
	w, h    int
	window  typeset.Window
}

// svgPath writes a path's d attribute.
func svgPath(p *path) string {
	var b strings.Builder
	for _, s := range p.segs {
		switch s.kind {
		case segMove:
			b.WriteString("M" + num(s.p[0].x) + " " + num(s.p[0].y))
		case segLine:
			b.WriteString("L" + num(s.p[0].x) + " " + num(s.p[0].y))
		case segCube:
			b.WriteString("C" + num(s.p[0].x) + " " + num(s.p[0].y) + " " + num(s.p[1].x) + " " + num(s.p[1].y) + " " + num(s.p[2].x) + " " + num(s.p[2].y))
		case segClose:
			b.WriteString("Z")
		}
	}
	return b.String()
}

// num formats a coordinate to a thousandth of a point.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

// hex is a colour's sRGB value.
func hex(c typeset.Colour) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// escape makes text safe inside XML.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cropped is the part r of img: img itself when r is all of it.
func cropped(img image.Image, r image.Rectangle) image.Image {
	if r == img.Bounds() {
		return img
	}
	if sub, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	}); ok {
		return sub.SubImage(r)
	}
	dst := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(dst, dst.Bounds(), img, r.Min, draw.Src)
	return dst
}
