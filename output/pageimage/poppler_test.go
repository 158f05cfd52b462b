package pageimage_test

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/output/build"
	"brochure/output/pageimage"
	"brochure/output/pdftest"
)

// secondEvent is the second test event, beside the command's tests.
var secondEvent = filepath.Join("..", "..", "cmd", "brochure", "testdata", "second-event", "content.toml")

// screenBuild builds a content file ("" for the example) as the screen
// edition and writes its PDF into dir.
func screenBuild(t *testing.T, contentPath, dir string) (*build.Result, string) {
	t.Helper()
	res, err := build.Run(build.Request{ContentPath: contentPath, Edition: build.Screen})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "screen.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return res, path
}

// TestPNGPagesMatchPoppler: the rasteriser draws every page of the
// example and of the second event (a turned phone photo, a 16-bit PNG
// with transparency, PDF artwork with shading, images and clipping) so
// that it is at least 0.98 similar (pdftest.Similarity) to poppler's
// rendering of the PDF at 96 dpi, also compared pixel by pixel. Poppler
// writes PPM files (the pixels of its PNG, a quarter of the time to
// write); the two documents are compared side by side.
func TestPNGPagesMatchPoppler(t *testing.T) {
	for _, c := range []struct{ name, content string }{{"example", ""}, {"second event", secondEvent}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			matchPoppler(t, c.name, c.content)
		})
	}
}

// matchPoppler builds a content file as the screen edition and compares
// every page as the rasteriser draws it with poppler's rendering.
func matchPoppler(t *testing.T, name, contentPath string) {
	dir := t.TempDir()
	res, pdf := screenBuild(t, contentPath, dir)
	pdftest.Tool(t, "pdftoppm", "-r", "96", pdf, filepath.Join(dir, "poppler"))
	if pages := pdftest.PageCount(t, pdf); pages != len(res.Layout.Pages) {
		t.Fatalf("%s: the PDF has %d pages, the layout %d", name, pages, len(res.Layout.Pages))
	}
	r := pageimage.NewRenderer()
	for n, page := range res.Layout.Pages {
		img, err := r.Raster(page, 96)
		if err != nil {
			t.Fatal(err)
		}
		theirs := pdftest.LoadPPM(t, filepath.Join(dir, fmt.Sprintf("poppler-%d.ppm", n+1)))
		if img.Bounds() != theirs.Bounds() {
			t.Fatalf("%s page %d: %v, poppler %v", name, n+1, img.Bounds(), theirs.Bounds())
		}
		all, raw := pdftest.Similarity(img, theirs)
		t.Logf("%s page %d: similarity %.4f (pixel by pixel %.4f)", name, n+1, all, raw)
		if all < 0.98 || raw < 0.98 {
			t.Errorf("%s page %d: similarity to poppler %.4f (pixel by pixel %.4f), want ≥ 0.98", name, n+1, all, raw)
		}
	}
}

// TestSVGPageHasItsText: a page drawn as SVG is a well-formed document
// with the page's size in points, its fonts embedded and every word of
// its text, each glyph with its own position.
func TestSVGPageHasItsText(t *testing.T) {
	res, err := build.Run(build.Request{Edition: build.Print})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := pageimage.NewRenderer().SVG(&b, res.Layout.Pages[2], pageimage.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Width  string `xml:"width,attr"`
		Height string `xml:"height,attr"`
		Style  string `xml:"style"`
		Texts  []struct {
			X    string `xml:"x,attr"`
			Text string `xml:",chardata"`
		} `xml:"text"`
	}
	if err := xml.Unmarshal([]byte(b.String()), &doc); err != nil {
		t.Fatalf("page 3's SVG is not well-formed XML: %v", err)
	}
	if doc.Width != "595.276pt" || doc.Height != "841.89pt" {
		t.Errorf("page size %s × %s, want A4 in points", doc.Width, doc.Height)
	}
	if strings.Count(doc.Style, "@font-face") < 2 || !strings.Contains(doc.Style, "data:font/ttf;base64,") {
		t.Errorf("fonts are not embedded: %.200s", doc.Style)
	}
	var text strings.Builder
	for _, tx := range doc.Texts {
		if len(strings.Fields(tx.X)) != len([]rune(tx.Text)) {
			t.Errorf("run %q has %d positions", tx.Text, len(strings.Fields(tx.X)))
		}
		text.WriteString(tx.Text + " ")
	}
	for _, want := range []string{"Zuwanderung", "Arbeitskräfteverlust!", "Begrüßung"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("page 3's SVG lacks %q", want)
		}
	}
}
