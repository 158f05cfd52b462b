package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// pageCount reads a PDF's page count with pdfinfo.
func pageCount(t *testing.T, pdf string) int {
	t.Helper()
	for _, line := range strings.Split(tool(t, "pdfinfo", pdf), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo gives no page count for %s", pdf)
	return 0
}

// TestPrintEditionIsPaddedForBinding: the print edition has a multiple of
// 4 pages with the funding notice on the last (the back cover); pages
// added for that are „Notizen“ pages; the screen edition is not padded
// and ends with the notice after the text.
func TestPrintEditionIsPaddedForBinding(t *testing.T) {
	events := map[string]string{"example": "", "second event": filepath.Join("testdata", "second-event", "content.toml")}
	for name, path := range events {
		pdf := buildPDF(t, path)
		n := pageCount(t, pdf)
		if n%4 != 0 {
			t.Errorf("%s: print edition has %d pages, not a multiple of 4", name, n)
		}
		last := tool(t, "pdftotext", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), pdf, "-")
		if !strings.Contains(last, "Kofinanziert von der") || !strings.Contains(comparable(last), comparable("Bundesministerium für Arbeit und Soziales")) {
			t.Errorf("%s: the funding notice is not on the last page %d:\n%s", name, n, last)
		}
		before := tool(t, "pdftotext", "-l", fmt.Sprint(n-1), pdf, "-")
		if strings.Count(before, "Kofinanziert von der") > 1 { // the cover's funding bar
			t.Errorf("%s: the funding notice is also before the back cover", name)
		}
		for p := 2; p < n; p++ {
			text := strings.TrimSpace(tool(t, "pdftotext", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), pdf, "-"))
			if strings.HasPrefix(text, "Notizen") && nonEmptyLines(text) > 1 {
				t.Errorf("%s: page %d is a notes page with content:\n%s", name, p, text)
			}
		}
		screen := buildPDF(t, path, "-edition", "screen")
		if s := pageCount(t, screen); s > n || n%4 == 0 && s == n+1 {
			t.Errorf("%s: screen edition has %d pages, print %d; the screen edition is not padded", name, s, n)
		}
	}
}

// TestNotesPagesFillTheBinding: a document one page short of a multiple
// of 4 gets „Notizen“ pages before the back cover, or blank ones with
// empty_pages = "blank"; neither carries a running foot or folio.
func TestNotesPagesFillTheBinding(t *testing.T) {
	for _, mode := range []string{"notes", "blank"} {
		dir := t.TempDir()
		copyEvent(t, dir)
		setTheme(t, dir, "[page]\ncolumns = 2\nempty_pages = \""+mode+"\"\n")
		pdf := buildPDF(t, filepath.Join(dir, "content.toml"))
		n := pageCount(t, pdf)
		screen := pageCount(t, buildPDF(t, filepath.Join(dir, "content.toml"), "-edition", "screen"))
		if n%4 != 0 || n <= screen {
			t.Fatalf("%s: print %d pages, screen %d: want a multiple of 4 with pages added", mode, n, screen)
		}
		notes, blank := 0, 0
		for p := 2; p < n; p++ {
			text := strings.TrimSpace(tool(t, "pdftotext", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), pdf, "-"))
			switch {
			case text == "Notizen": // the heading only: no running foot, no folio
				notes++
			case text == "": // nothing at all
				blank++
			}
		}
		if mode == "notes" && (notes == 0 || blank != 0) || mode == "blank" && (blank == 0 || notes != 0) {
			t.Errorf("%s: %d notes and %d blank pages in %d (screen %d)", mode, notes, blank, n, screen)
		}
	}
}

// nonEmptyLines counts the lines of text that are not blank.
func nonEmptyLines(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}
