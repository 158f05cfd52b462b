package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/layout/typeset"
	"brochure/output/pdftest"
)

// TestWordSpacesInTextLayer: the text layer carries every word boundary
// as a space character (ISO 32000-1, 14.8.2.5) without moving a glyph.
// Both editions of the example and the second event are written twice,
// with their spaces and with the spaces taken out of the layout: MuPDF
// finds every glyph at the same place in both; a reader that honours
// only space characters (testdata/spaced-words.py) reads from the one
// with spaces no word that poppler, which also looks at positions, does
// not read, and from the one without finds words glued together, so the
// check can fail.
func TestWordSpacesInTextLayer(t *testing.T) {
	t.Parallel() // pikepdf, which the readers need, is a requirement of the package (TestMain)
	cases := []struct {
		name, content string
		edition       Edition
	}{
		{"example print", "", Print},
		{"example screen", "", Screen},
		{"second event", filepath.Join(secondEvent, "content.toml"), Screen},
	}
	// Each case is written with its spaces and without; the Python readers
	// then read all files, each reader in one interpreter.
	dir := t.TempDir()
	spacedFiles, plainFiles := make([]string, len(cases)), make([]string, len(cases))
	spaces := make([]int, len(cases))
	for i, c := range cases {
		res, err := Run(Request{ContentPath: c.content, Edition: c.edition})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		spacedFiles[i], plainFiles[i] = filepath.Join(dir, fmt.Sprintf("spaced-%d.pdf", i)), filepath.Join(dir, fmt.Sprintf("plain-%d.pdf", i))
		writeResult(t, res, spacedFiles[i])
		for _, p := range res.Layout.Pages {
			for _, it := range p.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && g.SpaceAfter > 0 {
					g.SpaceAfter = 0
					spaces[i]++
				}
			}
		}
		writeResult(t, res, plainFiles[i])
	}
	var boxLists, wordLists [][]string
	for i := range cases {
		boxLists = append(boxLists, []string{plainFiles[i], spacedFiles[i]})
		wordLists = append(wordLists, []string{spacedFiles[i]}, []string{plainFiles[i]})
	}
	boxes := pdftest.RunScript(t, "testdata/glyphboxes.py", boxLists)
	words := pdftest.RunScript(t, "testdata/spaced-words.py", wordLists)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if spaces[i] < 200 {
				t.Errorf("only %d runs end in a space", spaces[i])
			}
			if !boxes[i].OK {
				t.Errorf("glyphs moved: %s", boxes[i].Output)
			}
			poppler := map[string]bool{}
			for _, w := range strings.FieldsFunc(tool(t, "pdftotext", "-raw", spacedFiles[i], "-"), unicode.IsSpace) {
				poppler[w] = true
			}
			if glued := gluedWords(t, words[2*i], poppler); len(glued) > 0 {
				t.Errorf("%d words read glued together, e.g. %q", len(glued), glued[:min(5, len(glued))])
			}
			if glued := gluedWords(t, words[2*i+1], poppler); len(glued) < 20 {
				t.Errorf("without spaces only %d words read glued: the reader does not tell", len(glued))
			}
		})
	}
}

// writeResult writes a build's PDF to path.
func writeResult(t *testing.T, res *Result, path string) {
	t.Helper()
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// gluedWords are the words the space-only reader found in a file (its
// run) that poppler does not read, leaving out URLs (which poppler splits at line
// ends, where the reader rightly keeps them whole) and words poppler
// reads without their last punctuation mark (a full stop hanging in the
// margin).
func gluedWords(t *testing.T, run pdftest.ScriptRun, poppler map[string]bool) []string {
	t.Helper()
	if !run.OK {
		t.Fatalf("spaced-words.py: %s", run.Output)
	}
	out := run.Output
	var glued []string
	for _, w := range strings.Fields(string(out)) {
		if poppler[w] || strings.Contains(w, "/") || poppler[strings.TrimRightFunc(w, unicode.IsPunct)] {
			continue
		}
		glued = append(glued, w)
	}
	return glued
}
