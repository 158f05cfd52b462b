package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/output/pdftest"
)

// TestBareAddressesAreLiveLinks: web and e-mail addresses written in body
// text without Markdown's brackets are links in both editions, read back
// with pikepdf: each has an annotation with its target (mailto: for an
// e-mail address, https:// before www.) and a /Contents that says what
// it does; in the screen edition the annotation belongs to a Link
// element that holds the address's text too, as a Markdown link's does.
// An address broken over two lines has an annotation on each, under one
// element. Before, the reader of the screen edition could follow only
// [text](…) and <…>.
func TestBareAddressesAreLiveLinks(t *testing.T) {
	t.Parallel()
	src := `[document]
title = "Beratung vor Ort"
date = 2025-03-12

[[sections]]
kind = "talk"
title = "Kontakt"
body = """
Schreiben Sie an schuldnerberatung@caritas-vorpommern.de oder besuchen Sie www.caritas-vorpommern.de/beratung.

Weitere Angebote unter https://example.org/angebote (Anmeldung: max.muster-frau@beratung-nord.example.org).
"""
`
	path := filepath.Join(t.TempDir(), "content.toml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"mailto:schuldnerberatung@caritas-vorpommern.de":   "E-Mail an schuldnerberatung@caritas-vorpommern.de",
		"https://www.caritas-vorpommern.de/beratung":       "Link zu https://www.caritas-vorpommern.de/beratung",
		"https://example.org/angebote":                     "Link zu https://example.org/angebote",
		"mailto:max.muster-frau@beratung-nord.example.org": "E-Mail an max.muster-frau@beratung-nord.example.org",
	}
	for _, e := range []Edition{Print, Screen} {
		pdf := writtenPDF(t, path, e)
		run := pdftest.RunScript(t, "testdata/links.py", [][]string{{pdf}})[0]
		if !run.OK {
			t.Fatalf("testdata/links.py:\n%s", run.Output)
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(run.Output), "\n") {
			if line == "" {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) != 5 {
				t.Fatalf("%s edition: links.py printed %q", e, line)
			}
			uri, contents, role, text := f[1], f[2], f[3], f[4]
			seen[uri] = true
			switch {
			case want[uri] == "":
				t.Errorf("%s edition: a link to %s, which the text does not hold", e, uri)
			case contents != want[uri]:
				t.Errorf("%s edition: the link to %s says %q, want %q", e, uri, contents, want[uri])
			case e == Screen && (role != "/Link" || text != "True"):
				t.Errorf("%s edition: the link to %s belongs to %s (with its text: %s), want a Link element with its text", e, uri, role, text)
			}
		}
		for uri := range want {
			if !seen[uri] {
				t.Errorf("%s edition: no link to %s", e, uri)
			}
		}
		if e == Screen {
			pdftest.Validate(t, pdf)
		}
	}
}
