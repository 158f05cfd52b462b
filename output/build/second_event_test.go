package build

import (
	"brochure/output/pdftest"
	"path/filepath"
	"strings"
	"testing"
)

// TestSecondEvent builds testdata/second-event — another network, a
// two-column theme, a phone photo stored sideways, a 16-bit PNG with
// transparency, a PDF logo drawn in RGB — in both editions: both files
// are clean for qpdf and pdfcpu, the independent readers find the photos
// upright and exact and no colour the edition forbids, and `brochure
// check` passes.
func TestSecondEvent(t *testing.T) {
	t.Parallel()
	// The Python readers read both editions in one interpreter each.
	var colours []pdftest.ColourCheck
	var images []pdftest.ImageCheck
	for _, edition := range []Edition{Print, Screen} {
		out := secondEventPDF(t, edition)
		colours = append(colours, pdftest.ColourCheck{PDF: out, Edition: edition.String()})
		images = append(images, pdftest.ImageCheck{PDF: out, Sources: []string{filepath.Join(secondEvent, "werkstatt.jpg"), filepath.Join(secondEvent, "gruppe.png")}})
	}
	colourRuns, imageRuns := pdftest.CheckColours(t, colours...), pdftest.CheckImagesOf(t, images...)
	for i, edition := range []Edition{Print, Screen} {
		t.Run(edition.String(), func(t *testing.T) {
			out := secondEventPDF(t, edition)
			pdftest.Validate(t, out)
			if !colourRuns[i].OK {
				t.Errorf("check-colour.py:\n%s", colourRuns[i].Output)
			}
			if !imageRuns[i].OK {
				t.Errorf("check-images.py:\n%s", imageRuns[i].Output)
			}
			if report := checkReport(t, filepath.Join(secondEvent, "content.toml"), edition, out); report.Failed() {
				t.Errorf("the check fails:\n%v", report.Findings)
			}
			// The caption's words in order, wherever its lines break.
			if text := strings.Join(strings.Fields(tool(t, "pdftotext", out, "-")), " "); !strings.Contains(text, "Ausbildungswerkstatt der Handwerkskammer") {
				t.Error("the photo's caption is missing from the text")
			}
		})
	}
}
