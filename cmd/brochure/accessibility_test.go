package main

import (
	"brochure/output/pdftest"
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

// TestAutomaticAltTexts: a portrait without alt is „Porträt von <Name>“,
// the funder's logo says the funder's name (the ministry is never lost),
// QR codes say their label and address, the emblem says what it is; a
// passage marked <span lang="en"> is a Span with /Lang en.
func TestAutomaticAltTexts(t *testing.T) {
	contentPath := contentWithImages(t, "bmas.png")
	src, _ := os.ReadFile(contentPath)
	src = bytes.Replace(src, []byte("Die Zahlen sprechen eine eindeutige Sprache:"),
		[]byte(`Die Zahlen sprechen eine eindeutige Sprache, <span lang="en">as they say</span>:`), 1)
	os.WriteFile(contentPath, src, 0o644)
	pdf := buildPDF(t, contentPath, "-edition", "screen")
	report, ok := pdftest.CheckTags(t, pdf, nil)
	if !ok {
		t.Fatalf("tagging reader:\n%s", report)
	}
	for _, want := range []string{
		"Figure alt: Porträt von Christiane Welker",
		"Figure alt: Bundesministerium für Arbeit und Soziales",
		"Figure alt: QR-Code: Präsentation der Regionaldirektionen, https://",
		"Figure alt: Emblem der Europäischen Union",
		"Figure alt: Teilnehmende an Thementischen im Gespräch",
		"Span lang: en",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the structure lacks %q:\n%s", want, report)
		}
	}
}
