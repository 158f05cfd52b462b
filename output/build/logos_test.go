package build

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"brochure/assets"
	"brochure/output/pdftest"
	"brochure/output/preflight"
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
	t.Parallel()
	withoutLogo := map[Edition]int{}
	for _, edition := range []Edition{Print, Screen} {
		withoutLogo[edition] = redPixels(t, examplePDF(t, "", edition))
	}
	// The colour reader reads every file in one interpreter, after all
	// are written (the files are written in parallel subtests); each
	// file's report names its logo and edition.
	var mu sync.Mutex
	var colours []pdftest.ColourCheck
	var names []string
	top := t // whose folders last until the colour reader has read them
	t.Run("files", func(t *testing.T) {
		for _, logo := range []string{"rgb-logo.pdf", "cmyk-logo.pdf", "rgb-logo-objstm.pdf"} {
			contentPath := logoContent(top, logo)
			for _, edition := range []Edition{Print, Screen} {
				t.Run(logo+"/"+edition.String(), func(t *testing.T) {
					t.Parallel()
					out := writtenPDF(t, contentPath, edition)
					pdftest.Validate(t, out)
					kept := filepath.Join(filepath.Dir(contentPath), edition.String()+".pdf") // the subtest's folder goes with it
					if data, err := os.ReadFile(out); err != nil || os.WriteFile(kept, data, 0o644) != nil {
						t.Fatalf("keeping %s for the colour reader: %v", out, err)
					}
					mu.Lock()
					colours = append(colours, pdftest.ColourCheck{PDF: kept, Edition: edition.String()})
					names = append(names, t.Name())
					mu.Unlock()
					if status := ruleStatus(checkReport(t, contentPath, edition, out), "colour-model"); status != preflight.Pass {
						t.Errorf("the check's colour rule says %v, want pass", status)
					}
					if got, before := redPixels(t, out), withoutLogo[edition]; got < before+200 {
						t.Errorf("cover has %d red pixels with the logo, %d without: the logo's red block is missing", got, before)
					}
				})
			}
		}
	})
	for i, run := range pdftest.CheckColours(t, colours...) {
		if !run.OK {
			t.Errorf("%s: check-colour.py:\n%s", names[i], run.Output)
		}
	}
}

// logoContent writes the example with the logo (a file of
// cmd/brochure/testdata/logos) on its funder into a folder of its own
// and returns the content's path.
func logoContent(t *testing.T, logo string) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "cmd", "brochure", "testdata", "logos", logo))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, logo), data, 0o644)
	src := strings.Replace(string(assets.ExampleContent), `name = "Bundesministerium für Arbeit und Soziales"`,
		`name = "Bundesministerium für Arbeit und Soziales"
  logo = "`+logo+`"`, 1)
	contentPath := filepath.Join(dir, "content.toml")
	os.WriteFile(contentPath, []byte(src), 0o644)
	return contentPath
}

// redPixels renders the first page at 100 dpi with poppler and counts
// strongly red pixels (red above 0xC000, green and blue below 0x5000 of
// 0xFFFF). Poppler writes a PPM: the pixels of its PNG, without the cost
// of compressing them.
func redPixels(t *testing.T, pdf string) int {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "p")
	tool(t, "pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdf, prefix)
	img := pdftest.LoadPPM(t, prefix+".ppm")
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		r, g, bl := uint32(img.Pix[i])*0x101, uint32(img.Pix[i+1])*0x101, uint32(img.Pix[i+2])*0x101
		if r > 0xC000 && g < 0x5000 && bl < 0x5000 {
			n++
		}
	}
	return n
}
