package build

import (
	"brochure/output/testevent"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestImagesAndLogos builds the example with a photo, two pictures and
// the funder's logo as PNG and as PDF: the picture too small for its
// width is reported as enlarged (the large one is not), a logo given is
// not reported missing, every raster image is embedded once however often
// it is placed, the caption and credit are in the text, and a PDF logo is
// a form XObject whose text is in the brochure.
func TestImagesAndLogos(t *testing.T) {
	t.Parallel()
	for _, logo := range []string{"bmas.png", "bmas.pdf"} {
		t.Run(logo, func(t *testing.T) {
			contentPath := testevent.ExampleWithImages(t, logo)
			res, err := Run(Request{ContentPath: contentPath, Edition: Print})
			if err != nil {
				t.Fatal(err)
			}
			var said []string
			for _, w := range res.Warnings() {
				said = append(said, w.String())
			}
			warnings := strings.Join(said, "\n")
			out := filepath.Join(t.TempDir(), "b.pdf")
			writeResult(t, res, out)
			if !regexp.MustCompile(`images\[1\].*klein\.jpg is enlarged to \d+ %`).MatchString(warnings) {
				t.Errorf("no warning for the enlarged 240-pixel picture:\n%s", warnings)
			}
			if strings.Contains(warnings, "workshop.jpg is enlarged") {
				t.Errorf("the 1800-pixel picture should not be reported as enlarged:\n%s", warnings)
			}
			if strings.Contains(warnings, "no official logo") {
				t.Errorf("logo given, yet reported missing:\n%s", warnings)
			}
			// Raster images as placed: the photo and two pictures once each,
			// a PNG logo on the cover and with the funding notice — twice,
			// from one embedded object.
			placements, objects := 0, map[string]bool{}
			for _, row := range strings.Split(strings.TrimSpace(tool(t, "pdfimages", "-list", out)), "\n")[2:] {
				f := strings.Fields(row)
				placements++
				objects[f[10]] = true // object number
			}
			wantPlacements, wantObjects := 3, 3
			if logo == "bmas.png" {
				wantPlacements, wantObjects = 5, 4
			}
			if placements != wantPlacements || len(objects) != wantObjects {
				t.Errorf("pdfimages: %d placements of %d images, want %d of %d", placements, len(objects), wantPlacements, wantObjects)
			}
			text := tool(t, "pdftotext", out, "-")
			if !strings.Contains(text, "Austausch an den Thementischen – Foto: Test") {
				t.Errorf("caption and credit missing")
			}
			if logo == "bmas.pdf" {
				stream := tool(t, "qpdf", "--qdf", "--object-streams=disable", out, "-")
				if !strings.Contains(stream, "/Subtype /Form") {
					t.Errorf("the PDF logo was not imported as a form XObject")
				}
				if !strings.Contains(text, "Testministerium") {
					t.Errorf("the PDF logo's text is not in the brochure")
				}
			}
		})
	}
}
