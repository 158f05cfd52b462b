package main

import (
	"bytes"
	"os/exec"
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
	python := "/usr/bin/python3"
	contentPath := "testdata/second-event/content.toml"
	for _, edition := range []string{"print", "screen"} {
		t.Run(edition, func(t *testing.T) {
			out := buildPDF(t, contentPath, "-edition", edition)
			tool(t, "qpdf", "--check", out)
			if o, err := exec.Command(pdfcpu(t), "validate", "-m", "strict", out).CombinedOutput(); err != nil {
				t.Errorf("pdfcpu validate -m strict: %v\n%s", err, o)
			}
			for _, check := range [][]string{
				{"testdata/check-colour.py", out, edition},
				{"testdata/images/check-images.py", out, "testdata/second-event/werkstatt.jpg", "testdata/second-event/gruppe.png"},
			} {
				if o, err := exec.Command(python, check...).CombinedOutput(); err != nil {
					t.Errorf("%s: %v\n%s", check[0], err, o)
				}
			}
			var stdout, stderr bytes.Buffer
			if code := run([]string{"check", contentPath, "-edition", edition}, &stdout, &stderr); code != exitOK {
				t.Errorf("check exited %d:\n%s%s", code, stdout.String(), stderr.String())
			}
			if text := tool(t, "pdftotext", out, "-"); !strings.Contains(text, "Ausbildungswerkstatt der Handwerkskammer") {
				t.Error("the photo's caption is missing from the text")
			}
		})
	}
}
