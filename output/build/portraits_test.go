package build

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/output/pageimage"
	"brochure/output/pdftest"
)

// portraitColours are the panel's photos: a landscape in red, a square in
// green, a tall one in yellow, each a solid colour where the square frame
// shows it and magenta (cutColour) where the frame cuts it (5 pixels less,
// for the smoothing at the edge), so a page read back shows how much of
// each is drawn, and from where.
var portraitColours = []struct {
	file string
	w, h int
	c    color.RGBA
	cut  func(x, y int) bool
}{
	{"quer.png", 600, 400, color.RGBA{230, 0, 0, 255}, func(x, _ int) bool { return x < 95 || x >= 505 }},
	{"quadrat.png", 400, 400, color.RGBA{0, 190, 0, 255}, func(int, int) bool { return false }},
	{"hoch.png", 300, 600, color.RGBA{240, 190, 0, 255}, func(_, y int) bool { return y < 70 || y >= 380 }},
}

// cutColour paints what the frames cut of the photos.
var cutColour = color.RGBA{230, 0, 230, 255}

// panelOfPortraits writes an event with a panel of three speakers whose
// photos have those shapes, and returns its content path.
func panelOfPortraits(t *testing.T) string {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("[document]\ntitle = \"Podium\"\ndate = 2025-09-18\n\n[[sections]]\nkind = \"panel\"\ntitle = \"Betriebe als Lernorte\"\nbody = \"Auf dem Podium.\"\n")
	for k, p := range portraitColours {
		img := image.NewRGBA(image.Rect(0, 0, p.w, p.h))
		for y := range p.h {
			for x := range p.w {
				if p.cut(x, y) {
					img.SetRGBA(x, y, cutColour)
				} else {
					img.SetRGBA(x, y, p.c)
				}
			}
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.file), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		b.WriteString("\n  [[sections.speakers]]\n  name = \"Person " + strconv.Itoa(k+1) + "\"\n  photo = \"" + p.file + "\"\n")
	}
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPortraitsAreCroppedToTheirFrame: the three photos of different
// shapes are each drawn in the theme's 22 × 22 mm frame, and nothing of
// them outside it: poppler's rendering of both editions, our PNG and our
// SVG (its pictures' boxes and embedded images) show each colour in a
// box of the frame's size. The preflight's figure boxes, read from the
// file with its clipping paths, pass.
func TestPortraitsAreCroppedToTheirFrame(t *testing.T) {
	t.Parallel()
	path := panelOfPortraits(t)
	const dpi = 72
	frameW, frameH := 22/25.4*dpi, 22/25.4*dpi
	for _, e := range []Edition{Print, Screen} {
		res, err := Run(Request{ContentPath: path, Edition: e})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := res.WritePDF(&buf); err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Check(buf.Bytes()).Findings {
			if f.Rule == "figure-bbox" && f.Status != "pass" {
				t.Errorf("%s: %s %s", e, f.Value, f.Message)
			}
		}
		pdf := filepath.Join(t.TempDir(), "out.pdf")
		if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		page := panelPage(res.Layout)
		prefix := filepath.Join(t.TempDir(), "p")
		tool(t, "pdftoppm", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(page+1), "-l", strconv.Itoa(page+1), "-singlefile", "-png", pdf, prefix)
		checkPortraitBoxes(t, e.String()+", poppler", pdftest.LoadPNG(t, prefix+".png"), frameW, frameH)
		if e == Print {
			png, err := pageimage.NewRenderer().Raster(res.Layout.Pages[page], dpi)
			if err != nil {
				t.Fatal(err)
			}
			checkPortraitBoxes(t, "our PNG", png, frameW, frameH)
			checkSVGPortraits(t, res.Layout.Pages[page], frameW, frameH)
		}
	}
}

// panelPage is the page (from 0) the panel's portraits stand on.
func panelPage(doc *layout.Document) int {
	for i, p := range doc.Pages {
		for _, it := range p.Items {
			if _, ok := it.(*layout.Picture); ok && p.Kind == layout.BodyPage {
				return i
			}
		}
	}
	return 0
}

// checkPortraitBoxes finds each portrait's colour on a page image and
// wants the box it covers the frame's size, within 2 pixels, and no cut
// colour anywhere.
func checkPortraitBoxes(t *testing.T, what string, img image.Image, w, h float64) {
	t.Helper()
	for _, p := range portraitColours {
		if box := colourBox(img, p.c); math.Abs(float64(box.Dx())-w) > 2 || math.Abs(float64(box.Dy())-h) > 2 {
			t.Errorf("%s: %s covers %d × %d px, want the frame's %.0f × %.0f", what, p.file, box.Dx(), box.Dy(), w, h)
		}
	}
	if box := colourBox(img, cutColour); !box.Empty() {
		t.Errorf("%s: what the frames cut shows, %d × %d px", what, box.Dx(), box.Dy())
	}
}

// colourBox is the box of the pixels of img near c (within 90 a channel:
// the print edition's colours pass through its CMYK profile).
func colourBox(img image.Image, c color.RGBA) image.Rectangle {
	box := image.Rectangle{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if math.Abs(float64(r>>8)-float64(c.R)) < 90 && math.Abs(float64(g>>8)-float64(c.G)) < 90 && math.Abs(float64(bl>>8)-float64(c.B)) < 90 {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// svgImage is an <image> of our SVG: its box and embedded PNG.
var svgImage = regexp.MustCompile(`<image x="[^"]*" y="[^"]*" width="([^"]*)" height="([^"]*)" preserveAspectRatio="none" href="data:image/png;base64,([^"]*)"`)

// checkSVGPortraits wants every picture of the page's SVG in the frame's
// box, with an embedded image of the frame's shape.
func checkSVGPortraits(t *testing.T, page layout.Page, w, h float64) {
	t.Helper()
	var buf bytes.Buffer
	if err := pageimage.NewRenderer().SVG(&buf, page, pageimage.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	found := svgImage.FindAllStringSubmatch(buf.String(), -1)
	if len(found) != len(portraitColours) {
		t.Fatalf("SVG: %d pictures, want %d", len(found), len(portraitColours))
	}
	for _, m := range found {
		bw, _ := strconv.ParseFloat(m[1], 64)
		bh, _ := strconv.ParseFloat(m[2], 64)
		data, err := base64.StdEncoding.DecodeString(m[3])
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		iw, ih := img.Bounds().Dx(), img.Bounds().Dy()
		if math.Abs(bw-w) > 0.5 || math.Abs(bh-h) > 0.5 || math.Abs(float64(ih)/float64(iw)-h/w) > 0.02 {
			t.Errorf("SVG: a picture of %.1f × %.1f pt embedding %d × %d px, want %.1f × %.1f pt of that shape", bw, bh, iw, ih, w, h)
		}
		if box := colourBox(img, cutColour); !box.Empty() {
			t.Errorf("SVG: a picture embeds what its frame cuts, %d × %d px", box.Dx(), box.Dy())
		}
	}
}
