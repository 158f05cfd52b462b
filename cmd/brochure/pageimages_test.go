package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadPNG reads a PNG file.
func loadPNG(t *testing.T, path string) image.Image {
	t.Helper()
	img, _, err := image.Decode(bytes.NewReader(readFile(t, path)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// similarity compares two renderings of a page. The measure: both are
// reduced to half their size by averaging each 2 × 2 block of pixels
// (48 dpi for a 96 dpi rendering), then similarity is 1 − the mean
// absolute difference of their red, green and blue values (0–255 scaled
// to 0–1): 1 for equal images. The reduction leaves what a reader sees and
// discounts where each renderer puts the half-covered pixels along an
// edge — FreeType (poppler), Skia (Chromium) and x/image/vector (ours)
// all differ there, with the same amount of ink. raw is the same without
// the reduction, for the record.
func similarity(a, b image.Image) (reduced, raw float64) {
	r := a.Bounds()
	var sum, rawSum float64
	var n, rawN int
	for y := r.Min.Y; y+1 < r.Max.Y; y += 2 {
		for x := r.Min.X; x+1 < r.Max.X; x += 2 {
			var ca, cb [3]float64
			for _, d := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				ar, ag, ab, _ := a.At(x+d[0], y+d[1]).RGBA()
				br, bg, bb, _ := b.At(x+d[0], y+d[1]).RGBA()
				rawSum += absDiff(ar, br) + absDiff(ag, bg) + absDiff(ab, bb)
				rawN += 3
				ca[0], ca[1], ca[2] = ca[0]+float64(ar), ca[1]+float64(ag), ca[2]+float64(ab)
				cb[0], cb[1], cb[2] = cb[0]+float64(br), cb[1]+float64(bg), cb[2]+float64(bb)
			}
			for k := range 3 {
				d := (ca[k] - cb[k]) / 4 / 257
				if d < 0 {
					d = -d
				}
				sum += d
				n++
			}
		}
	}
	return 1 - sum/float64(n)/255, 1 - rawSum/float64(rawN)/255
}

func absDiff(a, b uint32) float64 {
	if a > b {
		return float64(a-b) / 257
	}
	return float64(b-a) / 257
}

// TestPNGPagesMatchPoppler: `build -format png` draws every page of the
// example and of the second event (a turned phone photo, a 16-bit PNG with
// transparency, PDF artwork with shading, images and clipping) so that it
// is at least 0.98 similar (see similarity) to poppler's rendering of the
// PDF at 96 dpi; it is at least 0.985 even compared pixel by pixel.
func TestPNGPagesMatchPoppler(t *testing.T) {
	for _, c := range []struct{ name, content string }{
		{"example", ""},
		{"second event", filepath.Join("testdata", "second-event", "content.toml")},
	} {
		dir := t.TempDir()
		pdf := buildPDF(t, c.content, "-edition", "screen")
		args := []string{"build", "-q", "-edition", "screen", "-format", "png", "-o", filepath.Join(dir, "page.png")}
		if c.content != "" {
			args = append(args, c.content)
		}
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitOK {
			t.Fatalf("%s: build -format png exited %d: %s", c.name, code, stderr.String())
		}
		tool(t, "pdftoppm", "-r", "96", "-png", pdf, filepath.Join(dir, "poppler"))
		pages := pageCount(t, pdf)
		for n := 1; n <= pages; n++ {
			ours := loadPNG(t, filepath.Join(dir, fmt.Sprintf("page-%d.png", n)))
			theirs := loadPNG(t, filepath.Join(dir, fmt.Sprintf("poppler-%d.png", n)))
			if ours.Bounds() != theirs.Bounds() {
				t.Fatalf("%s page %d: %v, poppler %v", c.name, n, ours.Bounds(), theirs.Bounds())
			}
			all, raw := similarity(ours, theirs)
			t.Logf("%s page %d: similarity %.4f (pixel by pixel %.4f)", c.name, n, all, raw)
			if all < 0.98 || raw < 0.98 {
				t.Errorf("%s page %d: similarity to poppler %.4f (pixel by pixel %.4f), want ≥ 0.98", c.name, n, all, raw)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, fmt.Sprintf("page-%d.png", pages+1))); err == nil {
			t.Errorf("%s: more PNG pages than the PDF has", c.name)
		}
	}
}

// TestSVGPages: `build -format svg -pages` writes exactly the pages asked
// for, each a well-formed SVG document with the page's size in points, its
// fonts embedded and every word of its text.
func TestSVGPages(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-q", "-format", "svg", "-pages", "3,1", "-o", filepath.Join(dir, "p.svg")}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build -format svg exited %d: %s", code, stderr.String())
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "p-1.svg p-3.svg" {
		t.Fatalf("wrote %v, want p-1.svg and p-3.svg", names)
	}
	data := readFile(t, filepath.Join(dir, "p-3.svg"))
	var doc struct {
		Width  string `xml:"width,attr"`
		Height string `xml:"height,attr"`
		Style  string `xml:"style"`
		Texts  []struct {
			X    string `xml:"x,attr"`
			Text string `xml:",chardata"`
		} `xml:"text"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("p-3.svg is not well-formed XML: %v", err)
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

// TestPageImageFlags: bad -format, -pages and -dpi values are usage or
// input errors (exit 2) naming the flag, and write nothing.
func TestPageImageFlags(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-format", "gif"}, "-format must be pdf, svg or png"},
		{[]string{"-format", "png", "-pages", "2-1"}, "-pages \"2-1\""},
		{[]string{"-format", "png", "-pages", "x"}, "-pages \"x\""},
		{[]string{"-format", "png", "-pages", "99"}, "the document has 8 pages"},
		{[]string{"-format", "png", "-dpi", "5000"}, "-dpi 5000"},
		{[]string{"-pages", "1"}, "-pages applies to -format svg or png"},
		{[]string{"-format", "png", "-o", "x.pdf"}, "must end in .png"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		args := append([]string{"build", "-o", filepath.Join(dir, "out.png")}, c.args...)
		if code := run(args, &stdout, &stderr); code != exitBadInput {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: message %q lacks %q", c.args, stderr.String(), c.want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%v: wrote %d files", c.args, len(entries))
		}
	}
}
