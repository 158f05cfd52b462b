package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/output/pdftest"
)

// secondEvent is the second test event, beside the command's tests.
var secondEvent = filepath.Join("..", "..", "cmd", "brochure", "testdata", "second-event")

// writtenPDF builds contentPath ("" for the example) as the edition and
// writes the PDF into a temporary file, whose path it returns.
func writtenPDF(t *testing.T, contentPath string, e Edition) string {
	t.Helper()
	res, err := Run(Request{ContentPath: contentPath, Edition: e, Creator: "test"})
	if err != nil {
		t.Fatalf("%s edition of %q: %v", e, contentPath, err)
	}
	out := filepath.Join(t.TempDir(), e.String()+".pdf")
	var buf bytes.Buffer
	if err := res.WritePDF(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPrintEditionIsPaddedForBinding: the print edition has a multiple of
// 4 pages with the funding notice on the last (the back cover); pages
// added for that are „Notizen“ pages; the screen edition is not padded
// and ends with the notice after the text. Read back with poppler.
func TestPrintEditionIsPaddedForBinding(t *testing.T) {
	t.Parallel()
	// The documents every test of the package shares (shared_test.go).
	events := map[string]func(Edition) string{
		"example":      func(e Edition) string { return examplePDF(t, "", e) },
		"second event": func(e Edition) string { return secondEventPDF(t, e) },
	}
	for name, built := range events {
		pdf := built(Print)
		n := pageCount(t, pdf)
		if n%4 != 0 {
			t.Errorf("%s: print edition has %d pages, not a multiple of 4", name, n)
		}
		texts := pdftest.PageTexts(t, pdf)
		if len(texts) != n {
			t.Fatalf("%s: pdftotext read %d pages, pdfinfo counts %d", name, len(texts), n)
		}
		last := texts[n-1]
		if !strings.Contains(last, "Kofinanziert von der") || !strings.Contains(pdftest.Comparable(last), pdftest.Comparable("Bundesministerium für Arbeit und Soziales")) {
			t.Errorf("%s: the funding notice is not on the last page %d:\n%s", name, n, last)
		}
		before := strings.Join(texts[:n-1], "\f")
		if strings.Count(before, "Kofinanziert von der") > 1 { // the cover's funding bar
			t.Errorf("%s: the funding notice is also before the back cover", name)
		}
		for p := 2; p < n; p++ {
			text := strings.TrimSpace(texts[p-1])
			if strings.HasPrefix(text, "Notizen") && strings.Count(text, "\n") > 0 {
				t.Errorf("%s: page %d is a notes page with content:\n%s", name, p, text)
			}
		}
		screen := built(Screen)
		if s := pageCount(t, screen); s > n || n%4 == 0 && s == n+1 {
			t.Errorf("%s: screen edition has %d pages, print %d; the screen edition is not padded", name, s, n)
		}
	}
}

// TestNotesPagesFillTheBinding: a document one page short of a multiple
// of 4 gets „Notizen“ pages before the back cover, or blank ones with
// empty_pages = "blank"; neither carries a running foot or folio.
func TestNotesPagesFillTheBinding(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"notes", "blank"} {
		dir := t.TempDir()
		entries, err := os.ReadDir(secondEvent)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(secondEvent, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if e.Name() == "theme.toml" { // with a contents page its two pages of body take five
				data = []byte("[page]\ncolumns = 2\ncontents_from_pages = 2\nempty_pages = \"" + mode + "\"\n")
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(dir, "content.toml")
		pdf := writtenPDF(t, path, Print)
		n := pageCount(t, pdf)
		screen := pageCount(t, writtenPDF(t, path, Screen))
		if n%4 != 0 || n <= screen {
			t.Fatalf("%s: print %d pages, screen %d: want a multiple of 4 with pages added", mode, n, screen)
		}
		notes, blank := 0, 0
		texts := pdftest.PageTexts(t, pdf)
		if len(texts) != n {
			t.Fatalf("%s: pdftotext read %d pages, pdfinfo counts %d", mode, len(texts), n)
		}
		for p := 2; p < n; p++ {
			switch strings.TrimSpace(texts[p-1]) {
			case "Notizen": // the heading only: no running foot, no folio
				notes++
			case "": // nothing at all
				blank++
			}
		}
		if mode == "notes" && (notes == 0 || blank != 0) || mode == "blank" && (blank == 0 || notes != 0) {
			t.Errorf("%s: %d notes and %d blank pages in %d (screen %d)", mode, notes, blank, n, screen)
		}
	}
}

// The independent readers, as every test package runs them.
var (
	tool      = pdftest.Tool
	pageCount = pdftest.PageCount
)
