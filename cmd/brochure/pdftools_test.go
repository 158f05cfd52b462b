package main

import (
	"bytes"
	"path/filepath"
	"strings"
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

// fontTable is pdffonts' table: one row per font with its columns.
type fontRow struct {
	Name, Type, Encoding, Embedded, Subset, Unicode string
}

func pdfFonts(t *testing.T, pdf string) []fontRow {
	out := tool(t, "pdffonts", pdf)
	var rows []fontRow
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if i < 2 {
			continue // header and ruler
		}
		f := strings.Fields(line)
		if len(f) < 7 {
			t.Fatalf("unexpected pdffonts line %q", line)
		}
		// name, type (may be two words), encoding, emb, sub, uni, object, id
		n := len(f)
		rows = append(rows, fontRow{Name: f[0], Type: strings.Join(f[1:n-6], " "), Encoding: f[n-6],
			Embedded: f[n-5], Subset: f[n-4], Unicode: f[n-3]})
	}
	return rows
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
