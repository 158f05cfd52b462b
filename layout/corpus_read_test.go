package layout_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"brochure/output/pdftest"
)

// The corpus reads every built PDF back with readers that share nothing
// with the program: poppler (pdftotext -bbox-layout for text positions,
// pdfimages for the embedded pictures), MuPDF (mutool draw -F stext for
// the glyphs as drawn, mutool trace for where pictures and QR codes are
// drawn, mutool draw for the pages' ink and the QR codes' pixels) and zbar (zbarimg for
// QR codes). MuPDF renders the pages rather than pdftoppm: poppler spends
// about 80 ms on each ICC-based photo however low the resolution, which
// made rendering two thirds of the corpus's time. Coordinates are points in
// the trimmed page, from its top-left corner.

// corpusTools are the readers and the Debian packages they come in.
var corpusTools = [][2]string{
	{"pdftotext", "poppler-utils"}, {"pdfimages", "poppler-utils"},
	{"mutool", "mupdf-tools"}, {"zbarimg", "zbar-tools"},
}

// requireCorpusTools skips the test once, at its start, when a reader is
// missing, naming the package to install.
func requireCorpusTools(t *testing.T) {
	t.Helper()
	for _, tool := range corpusTools {
		if _, err := exec.LookPath(tool[0]); err != nil {
			t.Skipf("%s is not installed: apt-get install %s", tool[0], tool[1])
		}
	}
}

// readers runs the readers and adds up the processor time each took.
type readers struct {
	mu  sync.Mutex
	cpu map[string]time.Duration
}

// run runs a reader and returns its standard output; exit code 4 is
// zbarimg's „no symbol found“ and no error. zbarimg runs in
// pdftest.ZbarEnv; poppler reads text and image lists from a copy without
// the output intent (pdftest.WithoutOutputIntent).
func (r *readers) run(name string, args ...string) ([]byte, error) {
	var stdout, stderr bytes.Buffer
	read, done := pdftest.WithoutOutputIntent(name, args)
	defer done()
	cmd := exec.Command(name, read...)
	if name == "zbarimg" {
		cmd.Env = pdftest.ZbarEnv()
	}
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if cmd.ProcessState != nil {
		r.mu.Lock()
		r.cpu[name] += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		r.mu.Unlock()
	}
	if err != nil && !(name == "zbarimg" && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 4) {
		return nil, fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes(), nil
}

// add counts processor time spent in the test's own code.
func (r *readers) add(name string, d time.Duration) {
	r.mu.Lock()
	r.cpu[name] += d
	r.mu.Unlock()
}

// String lists the processor time by reader.
func (r *readers) String() string {
	names := make([]string, 0, len(r.cpu))
	for n := range r.cpu {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s %.1f s", n, r.cpu[n].Seconds())
	}
	return strings.Join(parts, ", ")
}

// textLine is a line of text as poppler finds it: its box and words.
type textLine struct {
	page           int // from 0
	x0, y0, x1, y1 float64
	words          []textWord
}

// textWord is a word and its left edge.
type textWord struct {
	text   string
	x0, x1 float64
}

// text is the line's words joined by spaces.
func (l textLine) text() string {
	w := make([]string, len(l.words))
	for i, x := range l.words {
		w[i] = x.text
	}
	return strings.Join(w, " ")
}

// readTextLines reads every page's lines with pdftotext -bbox-layout;
// trimW and trimH are the trimmed page's size, so the bleed around it
// can be taken off.
func (r *readers) readTextLines(pdf string, trimW, trimH float64) ([][]textLine, error) {
	out, err := r.run("pdftotext", "-bbox-layout", pdf, "-")
	if err != nil {
		return nil, err
	}
	type word struct {
		XMin float64 `xml:"xMin,attr"`
		XMax float64 `xml:"xMax,attr"`
		Text string  `xml:",chardata"`
	}
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Flows  []struct {
				Blocks []struct {
					Lines []struct {
						XMin  float64 `xml:"xMin,attr"`
						YMin  float64 `xml:"yMin,attr"`
						XMax  float64 `xml:"xMax,attr"`
						YMax  float64 `xml:"yMax,attr"`
						Words []word  `xml:"word"`
					} `xml:"line"`
				} `xml:"block"`
			} `xml:"flow"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("pdftotext -bbox-layout: %v", err)
	}
	pages := make([][]textLine, len(doc.Pages))
	for pi, p := range doc.Pages {
		dx, dy := (p.Width-trimW)/2, (p.Height-trimH)/2
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					line := textLine{page: pi, x0: l.XMin - dx, y0: l.YMin - dy, x1: l.XMax - dx, y1: l.YMax - dy}
					for _, w := range l.Words {
						line.words = append(line.words, textWord{text: w.Text, x0: w.XMin - dx, x1: w.XMax - dx})
					}
					if len(line.words) > 0 {
						pages[pi] = append(pages[pi], line)
					}
				}
			}
		}
	}
	return pages, nil
}

// glyph is a character as MuPDF draws it.
type glyph struct {
	c      rune
	x0, x1 float64
	size   float64
	font   string
}

// glyphLine is a line of glyphs with its box.
type glyphLine struct {
	x0, y0, x1, y1 float64
	glyphs         []glyph
}

// text is the line's characters.
func (l glyphLine) text() string {
	var b strings.Builder
	for _, g := range l.glyphs {
		b.WriteRune(g.c)
	}
	return b.String()
}

// size is the size most of the line's letters are drawn at.
func (l glyphLine) size() float64 {
	counts := map[float64]int{}
	best, bestN := 0.0, 0
	for _, g := range l.glyphs {
		if unicode.IsLetter(g.c) {
			counts[g.size]++
			if counts[g.size] > bestN {
				best, bestN = g.size, counts[g.size]
			}
		}
	}
	return best
}

// readGlyphLines reads every page's lines of glyphs with mutool draw -F
// stext.
func (r *readers) readGlyphLines(pdf string, trimW, trimH float64) ([][]glyphLine, error) {
	out, err := r.run("mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf)
	if err != nil {
		return nil, err
	}
	doc, err := pdftest.ParseStext(out)
	if err != nil {
		return nil, fmt.Errorf("mutool stext: %v", err)
	}
	pages := make([][]glyphLine, len(doc.Pages))
	for pi, p := range doc.Pages {
		dx, dy := (p.Width-trimW)/2, (p.Height-trimH)/2
		for _, b := range p.Blocks {
			for _, l := range b.Lines {
				line := glyphLine{x0: l.BBox[0] - dx, y0: l.BBox[1] - dy, x1: l.BBox[2] - dx, y1: l.BBox[3] - dy}
				for _, f := range l.Fonts {
					for _, ch := range f.Chars {
						q := ch.Quad
						r := []rune(ch.C)
						if len(r) == 0 {
							continue
						}
						line.glyphs = append(line.glyphs, glyph{c: r[0], x0: q[0] - dx, x1: q[2] - dx, size: f.Size, font: f.Name})
					}
				}
				if len(line.glyphs) > 0 {
					pages[pi] = append(pages[pi], line)
				}
			}
		}
	}
	return pages, nil
}

// inkPage is a page rendered in grey at a low resolution: dark pixels
// are ink.
type inkPage struct {
	w, h   int
	pix    []byte
	scale  float64 // pixels a point
	dx, dy float64 // the bleed, in points
}

// inked reports whether any pixel of the rectangle (points, trimmed page)
// is darker than light grey.
func (p inkPage) inked(x0, y0, x1, y1 float64) bool {
	px0, px1 := int((x0+p.dx)*p.scale), int((x1+p.dx)*p.scale)
	py0, py1 := int((y0+p.dy)*p.scale), int((y1+p.dy)*p.scale)
	for y := max(py0, 0); y < min(py1, p.h); y++ {
		for x := max(px0, 0); x < min(px1, p.w); x++ {
			if p.pix[y*p.w+x] < 200 {
				return true
			}
		}
	}
	return false
}

// renderPages renders the pages of pdf (a list such as "1,4,9", or ""
// for all) at dpi in grey with mutool draw, one PGM file a page named
// prefix-N.pgm, in one process.
func (r *readers) renderPages(pdf, prefix string, dpi int, pages string) error {
	args := []string{"draw", "-q", "-r", strconv.Itoa(dpi), "-c", "gray", "-o", prefix + "-%d.pgm", pdf}
	if pages != "" {
		args = append(args, pages)
	}
	_, err := r.run("mutool", args...)
	return err
}

// renderInk renders the pages of the list (from 1, such as "1,4,9") at
// dpi in grey, in one process, and returns n pages: those not rendered
// have no pixels (nothing on them is inked), but the scale and the bleed
// of the rendered ones, all pages being of one size. The list holds page 1
// and the pages checkUnderfull measures: rendering every page took half
// as long again.
func (r *readers) renderInk(pdf, dir string, dpi int, trimW, trimH float64, n int, list []int) ([]inkPage, error) {
	prefix := filepath.Join(dir, "ink")
	numbers := make([]string, len(list))
	for i, p := range list {
		numbers[i] = strconv.Itoa(p)
	}
	if err := r.renderPages(pdf, prefix, dpi, strings.Join(numbers, ",")); err != nil {
		return nil, err
	}
	if files, _ := filepath.Glob(prefix + "-*.pgm"); len(files) != len(list) {
		return nil, fmt.Errorf("mutool draw drew %d pages, asked for %d (%s)", len(files), len(list), strings.Join(numbers, ","))
	}
	pages := make([]inkPage, n)
	for _, number := range list {
		p, err := readPGM(fmt.Sprintf("%s-%d.pgm", prefix, number))
		if err != nil {
			return nil, err
		}
		p.scale = float64(dpi) / 72
		p.dx, p.dy = (float64(p.w)/p.scale-trimW)/2, (float64(p.h)/p.scale-trimH)/2
		pages[number-1] = p
	}
	for i := range pages {
		if pages[i].pix == nil {
			pages[i] = inkPage{scale: pages[0].scale, dx: pages[0].dx, dy: pages[0].dy}
		}
	}
	return pages, nil
}

// readPGM reads a binary 8-bit PGM (P5); the pixels are the file's
// bytes, not a copy of them.
func readPGM(file string) (inkPage, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return inkPage{}, err
	}
	r := bytes.NewReader(data) // a rune scanner: Fscan reads no further than the header
	var magic string
	var w, h, maxval int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxval); err != nil || magic != "P5" || maxval != 255 {
		return inkPage{}, fmt.Errorf("%s: not an 8-bit PGM (%v)", file, err)
	}
	r.ReadByte() // the one whitespace after the header
	if r.Len() < w*h {
		return inkPage{}, fmt.Errorf("%s: %d bytes of pixels, want %d × %d", file, r.Len(), w, h)
	}
	start := len(data) - r.Len()
	return inkPage{w: w, h: h, pix: data[start : start+w*h]}, nil
}

// pixelSize identifies a picture by its pixel size, the shorter side
// first (a turned photo is stored the other way round).
type pixelSize [2]int

func sizeOf(w, h int) pixelSize { return pixelSize{min(w, h), max(w, h)} }

// embeddedImages counts pdfimages -list's images (not soft masks) by
// pixel size, per page (from 0).
func (r *readers) embeddedImages(pdf string) (map[pixelSize][]int, error) {
	out, err := r.run("pdfimages", "-list", pdf)
	if err != nil {
		return nil, err
	}
	found := map[pixelSize][]int{}
	for i, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if i < 2 || len(f) < 5 || f[2] != "image" {
			continue
		}
		page, _ := strconv.Atoi(f[0])
		w, _ := strconv.Atoi(f[3])
		h, _ := strconv.Atoi(f[4])
		found[sizeOf(w, h)] = append(found[sizeOf(w, h)], page-1)
	}
	return found, nil
}

// drawnImage is a picture as MuPDF draws it: page, box and pixel size.
type drawnImage struct {
	page       int
	x0, y0, x1 float64
	size       pixelSize
}

var (
	tracePage  = regexp.MustCompile(`<page number="(\d+)" mediabox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"`)
	traceImage = regexp.MustCompile(`<fill_image [^>]*transform="([^"]+)" width="(\d+)" height="(\d+)"`)
	tracePath  = regexp.MustCompile(`<fill_path [^>]*transform="([^"]+)"`)
	tracePoint = regexp.MustCompile(`<(?:move|line)to x="([-\d.]+)" y="([-\d.]+)"`)
)

// drawing is what mutool trace shows of a document: the images drawn
// and the boxes QR codes are drawn in.
type drawing struct {
	images []drawnImage
	codes  []codeBand
}

// qrPath is a filled path being read from the trace: its matrix, its
// number of subpaths and the box of its points (in the page's device
// space, from its top-left corner).
type qrPath struct {
	m              [6]float64
	subpaths       int
	x0, y0, x1, y1 float64
}

// A QR code is drawn as one filled path of its dark modules, a rectangle
// a run (output's qrCode): a path of at least minCodeSubpaths
// rectangles, as wide as high within a tenth, is looked for a code in.
// A code missed here is not lost: its address is not found, and it is
// looked for again around its label.
const minCodeSubpaths = 40

// add takes in a point of the path.
func (q *qrPath) add(x, y float64) {
	px, py := q.m[0]*x+q.m[2]*y+q.m[4], q.m[1]*x+q.m[3]*y+q.m[5]
	if q.subpaths == 0 && q.x1 < q.x0 {
		q.x0, q.y0, q.x1, q.y1 = px, py, px, py
	}
	q.x0, q.y0, q.x1, q.y1 = min(q.x0, px), min(q.y0, py), max(q.x1, px), max(q.y1, py)
}

// code is the path's box as a band to decode (trimmed page, bleed dx and
// dy taken off), if the path may be a QR code.
func (q *qrPath) code(page int, dx, dy float64) (codeBand, bool) {
	w, h := q.x1-q.x0, q.y1-q.y0
	if q.subpaths < minCodeSubpaths || w <= 0 || math.Abs(w-h) > w/10 {
		return codeBand{}, false
	}
	return codeBand{page: page, x0: q.x0 - dx, y0: q.y0 - dy, x1: q.x1 - dx, y1: q.y1 - dy}, true
}

// traceDrawing lists every image MuPDF draws (mutool trace), with its
// top-left corner, and the boxes of the filled paths that may be QR
// codes.
func (r *readers) traceDrawing(pdf string, trimW, trimH float64) (drawing, error) {
	out, err := r.run("mutool", "trace", pdf)
	if err != nil {
		return drawing{}, err
	}
	var d drawing
	var path *qrPath
	page, dx, dy := -1, 0.0, 0.0
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "<page "):
			if m := tracePage.FindStringSubmatch(line); m != nil {
				page, _ = strconv.Atoi(m[1])
				page--
				var box [4]float64
				for i := range box {
					box[i], _ = strconv.ParseFloat(m[2+i], 64)
				}
				dx, dy = (box[2]-box[0]-trimW)/2, (box[3]-box[1]-trimH)/2
			}
		case strings.HasPrefix(line, "<fill_path "):
			path = &qrPath{x0: 1, x1: -1}
			if m := tracePath.FindStringSubmatch(line); m != nil {
				fmt.Sscan(m[1], &path.m[0], &path.m[1], &path.m[2], &path.m[3], &path.m[4], &path.m[5])
			}
		case path != nil && (strings.HasPrefix(line, "<moveto ") || strings.HasPrefix(line, "<lineto ")):
			if m := tracePoint.FindStringSubmatch(line); m != nil {
				x, _ := strconv.ParseFloat(m[1], 64)
				y, _ := strconv.ParseFloat(m[2], 64)
				path.add(x, y)
			}
			if strings.HasPrefix(line, "<moveto ") {
				path.subpaths++
			}
		case line == "</fill_path>" && path != nil:
			if c, ok := path.code(page, dx, dy); ok {
				d.codes = append(d.codes, c)
			}
			path = nil
		case strings.HasPrefix(line, "<fill_image "):
			if img, ok := tracedImage(line, page); ok {
				d.images = append(d.images, img)
			}
		}
	}
	return d, nil
}

// tracedImage is the image a fill_image line of the trace draws, with
// the top-left corner of its box.
func tracedImage(line string, page int) (drawnImage, bool) {
	m := traceImage.FindStringSubmatch(line)
	if m == nil {
		return drawnImage{}, false
	}
	var a, b, c, d, e, f float64
	fmt.Sscan(m[1], &a, &b, &c, &d, &e, &f)
	w, _ := strconv.Atoi(m[2])
	h, _ := strconv.Atoi(m[3])
	// The unit square's corners under the matrix; the page's bleed is
	// taken off with the trim size assumed centred in the media box.
	xs := []float64{e, e + a, e + c, e + a + c}
	ys := []float64{f, f + b, f + d, f + b + d}
	return drawnImage{page: page, x0: minOf(xs), y0: minOf(ys), x1: -minOf([]float64{-xs[0], -xs[1], -xs[2], -xs[3]}), size: sizeOf(w, h)}, true
}

func minOf(v []float64) float64 {
	m := v[0]
	for _, x := range v[1:] {
		m = min(m, x)
	}
	return m
}

// codeBand is a box of a page, in points of the trimmed page from its
// top-left corner, where QR codes are looked for: the box a code is drawn
// in (traceDrawing), or a band across the whole page around a link's
// label (x0 and x1 infinite, the page's bleed included).
type codeBand struct {
	page           int // from 0
	x0, y0, x1, y1 float64
}

// codeQuietZone is how far around a code's box the decoded image reaches
// (3 mm): a code's quiet zone is four modules, and the densest code a
// theme allows has 0.4 mm modules; a rectangle of the box of a
// neighbouring code or text this far in holds no finder pattern.
const codeQuietZone = 3 * 72 / 25.4

// The resolutions QR codes are looked for at. zbarimg's time grows with
// the pixels: the corpus reads every code's box at codeScanDPI first (about
// three pixels a module of its codes, half the pixels of 150 dpi), and a
// code not found there again at codeRescanDPI (2.4 pixels a module of
// the densest code a theme allows, 0.4 mm), where the example's longest
// address, missed at 100 dpi, decodes.
const (
	codeScanDPI   = 100
	codeRescanDPI = 150
)

// decodedCodes renders the bands' pages at dpi (mutool draw, one
// process for all of them), cuts each box out of its page and decodes
// the QR codes in it (zbarimg); it returns address → pages. bleed is how
// far the rendered page reaches past the trim. together reads all bands
// in one zbarimg run, which costs a fifth of a run a band but now and then
// misses a code it finds in the band alone (zbarimg 0.23): the corpus
// reads every code's box together first and looks for a code not found
// again in a band of its own, one run each.
func (r *readers) decodedCodes(pdf, dir string, bands []codeBand, bleed float64, dpi int, together bool) (map[string][]int, error) {
	found := map[string][]int{}
	if len(bands) == 0 {
		return found, nil
	}
	px := func(pt float64) int { return int(max(min(pt*float64(dpi)/72, 1e6), -1e6)) }
	var list []string
	listed := map[int]bool{}
	for _, b := range bands {
		if !listed[b.page] {
			listed[b.page] = true
			list = append(list, strconv.Itoa(b.page+1))
		}
	}
	prefix := filepath.Join(dir, "qrpage")
	if err := r.renderPages(pdf, prefix, dpi, strings.Join(list, ",")); err != nil {
		return nil, err
	}
	files := make([]string, len(bands))
	pageOf := map[string]int{}
	for p := range listed {
		page, err := readPGM(fmt.Sprintf("%s-%d.pgm", prefix, p+1))
		if err != nil {
			return nil, err
		}
		os.Remove(fmt.Sprintf("%s-%d.pgm", prefix, p+1))
		for k, b := range bands {
			if b.page != p {
				continue
			}
			files[k] = filepath.Join(dir, fmt.Sprintf("qr%d.pam", k))
			pageOf[files[k]] = p
			if err := writeBand(files[k], page, px(b.x0+bleed), px(b.y0+bleed), px(b.x1+bleed), px(b.y1+bleed)); err != nil {
				return nil, err
			}
		}
	}
	defer func() {
		for _, f := range files {
			os.Remove(f)
		}
	}()
	runs := [][]string{files}
	if !together {
		runs = runs[:0]
		for _, f := range files {
			runs = append(runs, []string{f})
		}
	}
	for _, run := range runs {
		codes, err := r.zbar(run)
		if err != nil {
			return nil, err
		}
		for _, c := range codes {
			found[c.Text] = append(found[c.Text], pageOf[c.File])
		}
	}
	return found, nil
}

// zbar decodes the QR codes in the image files with one zbarimg run
// (its XML output says which file each came from).
func (r *readers) zbar(files []string) ([]pdftest.ZbarCode, error) {
	out, err := r.run("zbarimg", append([]string{"--quiet", "--xml", "-Sdisable", "-Sqrcode.enable"}, files...)...)
	if err != nil {
		return nil, err
	}
	return pdftest.ParseZbarXML(out)
}

// writeBand writes the pixels x0 to x1, y0 to y1 (clipped to the page)
// of a rendered page as a PAM file, the format zbarimg reads quickest
// (pdftest.WritePAM).
func writeBand(file string, page inkPage, x0, y0, x1, y1 int) error {
	x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, page.w), min(y1, page.h)
	if y1 <= y0 || x1 <= x0 {
		return fmt.Errorf("%s: the box (%d, %d to %d, %d) lies outside the page (%d × %d pixels)", file, x0, y0, x1, y1, page.w, page.h)
	}
	whole := &image.Gray{Pix: page.pix, Stride: page.w, Rect: image.Rect(0, 0, page.w, page.h)}
	return pdftest.WritePAM(file, whole.SubImage(image.Rect(x0, y0, x1, y1)).(*image.Gray))
}
