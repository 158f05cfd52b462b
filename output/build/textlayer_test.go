package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/layout/typeset"
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
	t.Parallel()
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import pikepdf").Run(); err != nil {
		t.Fatalf("the reader needs Debian's python3-pikepdf: %v", err)
	}
	for _, c := range []struct {
		name, content string
		edition       Edition
	}{
		{"example print", "", Print},
		{"example screen", "", Screen},
		{"second event", filepath.Join(secondEvent, "content.toml"), Screen},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Run(Request{ContentPath: c.content, Edition: c.edition})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			spaced, plain := filepath.Join(dir, "spaced.pdf"), filepath.Join(dir, "plain.pdf")
			writeResult(t, res, spaced)
			spaces := 0
			for _, p := range res.Layout.Pages {
				for _, it := range p.Items {
					if g, ok := it.(*typeset.GlyphRun); ok && g.SpaceAfter > 0 {
						g.SpaceAfter = 0
						spaces++
					}
				}
			}
			writeResult(t, res, plain)
			if spaces < 200 {
				t.Errorf("only %d runs end in a space", spaces)
			}
			if out, err := exec.Command(python, "testdata/glyphboxes.py", plain, spaced).CombinedOutput(); err != nil {
				t.Errorf("glyphs moved: %s", out)
			}
			poppler := map[string]bool{}
			for _, w := range strings.FieldsFunc(tool(t, "pdftotext", "-raw", spaced, "-"), unicode.IsSpace) {
				poppler[w] = true
			}
			if glued := gluedWords(t, python, spaced, poppler); len(glued) > 0 {
				t.Errorf("%d words read glued together, e.g. %q", len(glued), glued[:min(5, len(glued))])
			}
			if glued := gluedWords(t, python, plain, poppler); len(glued) < 20 {
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

// gluedWords are the words the space-only reader finds in pdf that
// poppler does not read, leaving out URLs (which poppler splits at line
// ends, where the reader rightly keeps them whole) and words poppler
// reads without their last punctuation mark (a full stop hanging in the
// margin).
func gluedWords(t *testing.T, python, pdf string, poppler map[string]bool) []string {
	t.Helper()
	out, err := exec.Command(python, "testdata/spaced-words.py", pdf).Output()
	if err != nil {
		t.Fatalf("spaced-words.py: %v", err)
	}
	var glued []string
	for _, w := range strings.Fields(string(out)) {
		if poppler[w] || strings.Contains(w, "/") || poppler[strings.TrimRightFunc(w, unicode.IsPunct)] {
			continue
		}
		glued = append(glued, w)
	}
	return glued
}
