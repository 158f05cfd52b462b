package main

import (
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"brochure/assets"
)

// TestPDFLogos imports PDF logos whose artwork uses device colour in every
// place it can hide (testdata/logos: operators, colour space selections,
// images, an Indexed image, an inline image, a shading, transparency
// groups, a nested form), one of them stored with object streams and a
// cross-reference stream, into both editions. Each file must pass qpdf
// and pdfcpu, an independent walker of every object and content stream
// (check-colour.py) must find no DeviceRGB in print and no DeviceCMYK on
// screen, `brochure check` must pass its colour rule, and the logo must
// still show: the cover has far more red than without it.
func TestPDFLogos(t *testing.T) {
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import pikepdf").Run(); err != nil {
		t.Fatalf("the colour checker needs Debian's python3-pikepdf (run .ci/run): %v", err)
	}
	withoutLogo := map[string]int{}
	for _, edition := range []string{"print", "screen"} {
		withoutLogo[edition] = redPixels(t, buildPDF(t, "", "-edition", edition))
	}
	for _, logo := range []string{"rgb-logo.pdf", "cmyk-logo.pdf", "rgb-logo-objstm.pdf"} {
		dir := t.TempDir()
		data, err := os.ReadFile(filepath.Join("testdata/logos", logo))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, logo), data, 0o644)
		src := strings.Replace(string(assets.ExampleContent), `name = "Bundesministerium für Arbeit und Soziales"`,
			`name = "Bundesministerium für Arbeit und Soziales"
  logo = "`+logo+`"`, 1)
		contentPath := filepath.Join(dir, "content.toml")
		os.WriteFile(contentPath, []byte(src), 0o644)
		for _, edition := range []string{"print", "screen"} {
			t.Run(logo+"/"+edition, func(t *testing.T) {
				out := buildPDF(t, contentPath, "-edition", edition)
				tool(t, "qpdf", "--check", out)
				if o, err := exec.Command(pdfcpu(t), "validate", "-m", "strict", out).CombinedOutput(); err != nil {
					t.Errorf("pdfcpu validate -m strict: %v\n%s", err, o)
				}
				if o, err := exec.Command(python, "testdata/check-colour.py", out, edition).CombinedOutput(); err != nil {
					t.Errorf("check-colour.py: %v\n%s", err, o)
				}
				var stdout, stderr strings.Builder
				run([]string{"check", contentPath, "-edition", edition}, &stdout, &stderr)
				if !strings.Contains(stdout.String(), "PASS  colour-model") {
					t.Errorf("brochure check's colour rule does not pass:\n%s", stdout.String())
				}
				if got, before := redPixels(t, out), withoutLogo[edition]; got < before+200 {
					t.Errorf("cover has %d red pixels with the logo, %d without: the logo's red block is missing", got, before)
				}
			})
		}
	}
}

// redPixels renders the first page at 100 dpi with poppler and counts
// strongly red pixels.
func redPixels(t *testing.T, pdf string) int {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "p")
	tool(t, "pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r > 0xC000 && g < 0x5000 && bl < 0x5000 {
				n++
			}
		}
	}
	return n
}
