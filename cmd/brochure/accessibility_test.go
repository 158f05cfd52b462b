package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestAltTextRequiredOnScreen: a section picture without alt text stops
// the screen edition with its position and key, and only warns in print.
func TestAltTextRequiredOnScreen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "foto.png"), 1200, 800)
	src := withWorkshopImages(t, string(exampleContent()), `  [[sections.images]]
  file = "foto.png"
  caption = "Ohne Alternativtext"`)
	path := filepath.Join(dir, "content.toml")
	os.WriteFile(path, []byte(src), 0o644)

	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "-edition", "screen", "-o", filepath.Join(dir, "s.pdf"), path}, &stdout, &stderr)
	want := regexp.MustCompile(`content\.toml:\d+:\d+: sections\[\d+\]\.images\[0\]\.alt: the picture "foto\.png" has no alt text`)
	if code != exitBadInput || !want.MatchString(stderr.String()) {
		t.Errorf("screen edition: exit %d, %q; want exit 2 and %s", code, stderr.String(), want)
	}
	if _, err := os.Stat(filepath.Join(dir, "s.pdf")); err == nil {
		t.Error("the refused build left a PDF")
	}
	stderr.Reset()
	code = run([]string{"build", "-o", filepath.Join(dir, "p.pdf"), path}, &stdout, &stderr)
	if code != exitOK || !strings.Contains(stderr.String(), "foto.png has no alt text; screen readers get its caption") {
		t.Errorf("print edition: exit %d, %q; want exit 0 and a warning", code, stderr.String())
	}
}
