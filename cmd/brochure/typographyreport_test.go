package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// checkTypography runs `brochure check -json` on the screen edition and
// returns its typography figures.
func checkTypography(t *testing.T, args ...string) typeset.SettingSummary {
	t.Helper()
	var stdout, stderr bytes.Buffer
	run(append([]string{"check", "-json", "-edition", "screen"}, args...), &stdout, &stderr)
	var report struct {
		Typography *typeset.SettingSummary `json:"typography"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil || report.Typography == nil {
		t.Fatalf("check -json: %v (no typography?)\n%s", err, stderr.String())
	}
	return *report.Typography
}

// TestCheckReportsTypography: `brochure check` prints how the justified
// text was set, as a section of its report and in its JSON
// (TestTypographyFiguresMatchThePDF in output/build checks the figures
// against the PDF).
func TestCheckReportsTypography(t *testing.T) {
	t.Parallel()
	if got := checkTypography(t); got.Lines < 30 || got.Spaces < 250 {
		t.Errorf("implausible figures for the example in check -json: %+v", got)
	}
	var stdout, stderr bytes.Buffer
	run([]string{"check"}, &stdout, &stderr)
	for _, want := range []string{"typography of the justified text", "word spaces", "glyph scaling", "protrusion", "hyphenation", "compound breaks"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("check's report has no %q:\n%s", want, stdout.String())
		}
	}
}
