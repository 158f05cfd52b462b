package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"brochure/assets"
	"brochure/output/pdftest"
	"brochure/output/testevent"
)

// buildPDF builds content (or the example when contentPath is "") through
// the command line into a temporary file and returns its path.
func buildPDF(t *testing.T, contentPath string, extra ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "brochure.pdf")
	args := []string{"build", "-q", "-o", out}
	if contentPath != "" {
		args = append(args, contentPath)
	}
	args = append(args, extra...)
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("build exited %d:\n%s", code, stderr.String())
	}
	return out
}

// exampleContent is the embedded example's TOML.
func exampleContent() []byte { return assets.ExampleContent }

// withWorkshopImages puts pictures into the example (output/testevent).
func withWorkshopImages(t testing.TB, src, images string) string {
	return testevent.WithWorkshopImages(t, src, images)
}

// The independent readers, as every test package runs them.
var (
	tool      = pdftest.Tool
	pageCount = pdftest.PageCount
)
