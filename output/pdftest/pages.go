package pdftest

import (
	"strings"
	"testing"
)

// PageTexts reads every page's text with one pdftotext run: element p-1
// is page p, as `pdftotext -f p -l p` reads it (poppler ends each page
// with a form feed, which is left out). A document of pages read one run
// a page starts poppler, with its fonts and colour profiles, once for
// each.
func PageTexts(t testing.TB, pdf string, args ...string) []string {
	t.Helper()
	out := Tool(t, "pdftotext", append(append(args, pdf), "-")...)
	pages := strings.Split(out, "\f")
	if len(pages) < 2 || pages[len(pages)-1] != "" {
		t.Fatalf("pdftotext %s: the text does not end with a page's form feed", pdf)
	}
	return pages[:len(pages)-1]
}
