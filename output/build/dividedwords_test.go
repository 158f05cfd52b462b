package build

import (
	"brochure/output/pdftest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dividedWordsContent is an event on the two-column measure with a
// compound too long for two lines in each place a word can be divided:
// a section title (display text), a body paragraph and a link block's
// text.
const dividedWordsContent = `theme = "theme.toml"

[document]
kind = "Dokumentation"
title = "Geteilte Wörter"
event = "Prüfung der Textschicht"
date = 2026-11-30
language = "de-DE"
organisers = ["Prüfung"]

[[sections]]
kind = "talk"
title = "Arbeitsmarktintegrationsmaßnahmenbegleitforschung"
body = """
Im Mittelpunkt stand die Frage, wie die Beschäftigungsförderungsprogrammverwaltungsvorschriftenüberarbeitungskommissionsberichte gelesen werden. Die Teilnehmenden berichteten von guten Erfahrungen.
"""

  [[sections.links]]
  label = "Handreichung"
  text = "Die Ausbildungsplatzvermittlungsunterstützungsprogrammdokumentationsarchivbestände finden Sie hier:"
  url = "https://example.org/handreichung/"
`

// TestWordsDividedTwiceReadWhole: a compound the line breaker divides
// over three lines or more — in a heading, a body paragraph and a link
// block — is drawn in its pieces (MuPDF, which reads the glyphs) and
// read whole, once, by poppler, which reads the ActualText: no piece is
// said twice (event 24 of the composition corpus read
// „Arbeitsmarktintegrationsmarktintegrationsmaßnahmen“).
func TestWordsDividedTwiceReadWhole(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// A page of body: the contents page, where the heading is read a
	// second time, is asked for from one page on.
	writeFile(t, filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 2\ncontents_from_pages = 1\n"))
	path := filepath.Join(dir, "content.toml")
	writeFile(t, path, []byte(dividedWordsContent))
	words := []struct {
		place, word string
		times       int // the title is also in the contents
	}{
		{"heading", "Arbeitsmarktintegrationsmaßnahmenbegleitforschung", 2},
		{"body", "Beschäftigungsförderungsprogrammverwaltungsvorschriftenüberarbeitungskommissionsberichte", 1},
		{"link block", "Ausbildungsplatzvermittlungsunterstützungsprogrammdokumentationsarchivbestände", 1},
	}
	for _, edition := range []Edition{Print, Screen} {
		pdf := writtenPDF(t, path, edition)
		drawn := drawnText(t, pdf)
		raw, layout := tool(t, "pdftotext", "-raw", pdf, "-"), tool(t, "pdftotext", pdf, "-")
		for _, w := range words {
			pieces := drawnPieces(drawn, w.word)
			if len(pieces) < 3 {
				t.Errorf("%s, %s: MuPDF draws „%s“ in %d pieces %q; the test needs a word divided twice", edition, w.place, w.word, len(pieces), pieces)
			}
			for _, text := range []struct{ mode, text string }{{"-raw", raw}, {"default", layout}} {
				if n := strings.Count(text.text, w.word); n != w.times {
					t.Errorf("%s, %s: pdftotext %s reads „%s“ %d times, want %d", edition, w.place, text.mode, w.word, n, w.times)
				}
				for _, p := range pieces {
					if n := strings.Count(text.text, p); n != w.times {
						t.Errorf("%s, %s: pdftotext %s reads the piece „%s“ %d times, want %d", edition, w.place, text.mode, p, n, w.times)
					}
				}
			}
		}
	}
}

// drawnText is a PDF's text as MuPDF draws it, one line of glyphs a line.
func drawnText(t *testing.T, pdf string) string {
	var b strings.Builder
	for _, page := range pdftest.DrawnPages(t, pdf) {
		for _, block := range page {
			for _, line := range block {
				b.WriteString(pdftest.GlyphText(line))
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// drawnPieces finds word in drawn text divided at line ends by inserted
// hyphens and returns the pieces (without their hyphens) of the
// occurrence divided most often.
func drawnPieces(drawn, word string) []string {
	var pattern strings.Builder
	for i, r := range word {
		if i > 0 {
			pattern.WriteString("(?:-\n)?")
		}
		pattern.WriteString(regexp.QuoteMeta(string(r)))
	}
	var most []string
	for _, m := range regexp.MustCompile(pattern.String()).FindAllString(drawn, -1) {
		if pieces := strings.Split(m, "-\n"); len(pieces) > len(most) {
			most = pieces
		}
	}
	return most
}
