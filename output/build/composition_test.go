package build

import (
	"image"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/output/pdftest"
)

// exampleURLs are the web addresses of the example: every presentation
// and contact link.
func exampleURLs(t *testing.T) []string {
	doc, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, s := range doc.Sections {
		for _, l := range append(append([]content.Link(nil), s.Presentations...), s.Links...) {
			urls = append(urls, l.URL)
		}
	}
	return urls
}

// TestQRCodesDecodeAndLink renders every page at 150 dpi (MuPDF) (about four
// pixels a module: a code that decodes there decodes at print
// resolution), decodes the QR codes with zbarimg and requires each
// presentation and contact address exactly, each with a square link
// annotation over its symbol: the annotation's rectangle (with the quiet
// zone), cut from the same page image, decodes as its address.
func TestQRCodesDecodeAndLink(t *testing.T) {
	t.Parallel()
	for _, theme := range testThemes {
		t.Run("theme="+theme, func(t *testing.T) {
			t.Parallel()
			pdf := examplePDF(t, theme, Print)
			dir := t.TempDir()
			// MuPDF renders the pages five times as fast as poppler here,
			// as PAM files: zbarimg reads them quickest (pdftest.WritePAM),
			// and they take MuPDF no compressing nor the test decoding.
			tool(t, "mutool", "draw", "-q", "-r", strconv.Itoa(qrScanDPI), "-c", "gray", "-o", filepath.Join(dir, "p-%d.pam"), pdf)
			pages, _ := filepath.Glob(filepath.Join(dir, "p-*.pam"))
			if len(pages) != pdftest.PageCount(t, pdf) {
				t.Fatalf("mutool drew %d pages of %d", len(pages), pdftest.PageCount(t, pdf))
			}
			_, annots := pdftest.ReadStructure(t, pdf)
			urls := exampleURLs(t)
			if len(urls) != 7 {
				t.Fatalf("the example has %d addresses, want 5 presentations and 2 contacts", len(urls))
			}
			// Each code's area is a link to the same address: cut just the
			// square annotation (with the quiet zone) out of its page's
			// image, to be decoded on its own.
			var areas []pdftest.Annotation
			var files []string
			images := map[int]*image.Gray{}
			for _, a := range annots {
				w, h := math.Abs(a.Rect[2]-a.Rect[0]), math.Abs(a.Rect[3]-a.Rect[1])
				if a.URI == "" || math.Abs(w-h) > 0.5 || w < 20 {
					continue
				}
				if images[a.Page] == nil {
					images[a.Page] = pdftest.LoadGrayPAM(t, filepath.Join(dir, "p-"+strconv.Itoa(a.Page)+".pam"))
				}
				areas = append(areas, a)
				files = append(files, cutArea(t, images[a.Page], a, dir, len(files)))
			}
			// One zbarimg run reads every page and every area: it starts
			// once, and decodes each file on its own all the same.
			codes := pdftest.DecodeQR(t, append(append([]string(nil), pages...), files...)...)
			decoded := map[string]int{}
			for _, page := range pages {
				for _, c := range codes[page] {
					decoded[c]++
				}
			}
			linked := map[string]bool{}
			for i, a := range areas {
				if got := strings.Join(codes[files[i]], "\n"); got != a.URI {
					t.Errorf("the QR code under the link to %s decodes as %q", a.URI, got)
				} else {
					linked[a.URI] = true
				}
			}
			for _, u := range urls {
				if decoded[u] != 1 {
					t.Errorf("QR code for %s decoded %d times, want once", u, decoded[u])
				}
				if !linked[u] {
					t.Errorf("no link annotation to %s lies over a QR code of it", u)
				}
			}
			if len(decoded) != len(urls) {
				t.Errorf("decoded %d distinct codes, want %d: %v", len(decoded), len(urls), decoded)
			}
		})
	}
}

// qrScanDPI is the resolution TestQRCodesDecodeAndLink renders the pages
// at, for the pages' codes and the linked areas alike.
const qrScanDPI = 150

// cutArea cuts the annotation's rectangle, widened by 3 mm for the quiet
// zone, out of its page's image (drawn at qrScanDPI from the media box's
// top left corner, whose height it gives) into a PAM file in dir and
// returns the file's path (area-n.pam).
func cutArea(t *testing.T, page *image.Gray, a pdftest.Annotation, dir string, n int) string {
	t.Helper()
	margin := 3 * 72 / 25.4
	height := float64(page.Rect.Dy()) * 72 / qrScanDPI
	px := func(v float64) int { return int(math.Round(v * qrScanDPI / 72)) }
	x0, x1 := math.Min(a.Rect[0], a.Rect[2])-margin, math.Max(a.Rect[0], a.Rect[2])+margin
	y0, y1 := math.Min(a.Rect[1], a.Rect[3])-margin, math.Max(a.Rect[1], a.Rect[3])+margin
	area := page.SubImage(image.Rect(px(x0), px(height-y1), px(x1), px(height-y0))).(*image.Gray)
	out := filepath.Join(dir, "area-"+strconv.Itoa(n)+".pam")
	if err := pdftest.WritePAM(out, area); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestContentsAndOutlineMatchThePages reads the contents page and the
// outline and checks both against the pages where the section headings
// stand in the extracted text.
func TestContentsAndOutlineMatchThePages(t *testing.T) {
	t.Parallel()
	for _, theme := range testThemes {
		t.Run("theme="+theme, func(t *testing.T) {
			t.Parallel()
			pdf := examplePDF(t, theme, Print)
			doc, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
			if err != nil {
				t.Fatal(err)
			}
			pages, _ := strconv.Atoi(regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(tool(t, "pdfinfo", pdf))[1])
			texts := make([]string, pages+1) // from page 1
			read := pdftest.PageTexts(t, pdf)
			if len(read) != pages {
				t.Fatalf("pdftotext read %d pages, pdfinfo counts %d", len(read), pages)
			}
			for p := 1; p <= pages; p++ {
				texts[p] = pdftest.Comparable(read[p-1])
			}
			withContents := theme != "large-sans.toml"
			first := 2
			if withContents {
				first = 3
			}
			// Where each heading stands: the first page from the body on
			// whose text the title appears.
			where := make([]int, len(doc.Sections))
			for i, s := range doc.Sections {
				for p := max(first, where[max(i-1, 0)]); p <= pages; p++ {
					if strings.Contains(texts[p], pdftest.Comparable(s.Title)) {
						where[i] = p
						break
					}
				}
				if where[i] == 0 {
					t.Fatalf("heading %q not found on any page", s.Title)
				}
			}
			structure, annots := pdftest.ReadStructure(t, pdf)
			if len(structure.Outlines) != len(doc.Sections) {
				t.Errorf("outline has %d entries, want one per section (%d)", len(structure.Outlines), len(doc.Sections))
			}
			for i, o := range structure.Outlines {
				if i < len(where) && o.Page != where[i] {
					t.Errorf("outline entry %q points to page %d, the heading is on page %d", o.Title, o.Page, where[i])
				}
			}
			if !withContents {
				return
			}
			layoutText := strings.TrimRight(tool(t, "pdftotext", "-layout", "-f", "2", "-l", "2", pdf, "-"), "\n\f ")
			layoutText = layoutText[:strings.LastIndexByte(layoutText, '\n')+1] // without the running foot
			var numbers []int
			// The number stands apart at the end of the entry's line (the
			// dot leaders are decoration, which extraction leaves out).
			for _, m := range regexp.MustCompile(`(?m)\S {3,}(\d+)\s*$`).FindAllStringSubmatch(layoutText, -1) {
				n, _ := strconv.Atoi(m[1])
				numbers = append(numbers, n)
			}
			if len(numbers) != len(doc.Sections) {
				t.Fatalf("contents list %d page numbers, want %d:\n%s", len(numbers), len(doc.Sections), layoutText)
			}
			for i, n := range numbers {
				if n != where[i] {
					t.Errorf("contents give page %d for %q, the heading is on page %d", n, doc.Sections[i].Title, where[i])
				}
			}
			internal := 0
			for _, a := range annots {
				if a.Page == 2 && a.IsInternal {
					internal++
				}
			}
			if internal != len(doc.Sections) {
				t.Errorf("contents page has %d internal links, want one per entry (%d)", internal, len(doc.Sections))
			}
		})
	}
}

// TestThemesChangeTheDesign: the test themes really change the pages
// (columns, colour, sizes) without code changes.
func TestThemesChangeTheDesign(t *testing.T) {
	t.Parallel()
	var widths []float64
	for _, theme := range testThemes {
		pdf := examplePDF(t, theme, Print)
		pages := bodyLinesAnyWidth(t, pdf)
		widths = append(widths, pages)
	}
	sort.Float64s(widths)
	if widths[0] == widths[len(widths)-1] {
		t.Errorf("all themes set lines of the same width: %v", widths)
	}
}

// bodyLinesAnyWidth returns the most common line width on page 3, a
// fingerprint of the text column.
func bodyLinesAnyWidth(t *testing.T, pdf string) float64 {
	doc := pdftest.ReadBBox(t, pdf, "-f", "3", "-l", "3")
	counts := map[float64]int{}
	for _, p := range doc.Pages {
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					counts[math.Round(l.XMax-l.XMin)]++
				}
			}
		}
	}
	best, bestN := 0.0, 0
	for w, n := range counts {
		if n > bestN || n == bestN && w > best {
			best, bestN = w, n
		}
	}
	return best
}
