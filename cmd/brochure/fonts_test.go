package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/output/testevent"
)

// writeThemeWithFonts writes the example with a TrueType family of its
// own (output/testevent).
func writeThemeWithFonts(t *testing.T, regular []byte) string {
	return testevent.ExampleWithFontFamily(t, regular)
}

func TestUnusableFontFilesAreRefused(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		data []byte
		want string
	}{
		"CFF":        {append([]byte("OTTO"), make([]byte, 64)...), "OpenType font with CFF (PostScript) outlines, which cannot be embedded; use the TrueType (.ttf) version"},
		"collection": {append([]byte("ttcf"), make([]byte, 64)...), "font collection (.ttc)"},
		"garbage":    {[]byte("definitely not a font file"), "is not a TrueType font"},
	}
	for name, c := range cases {
		path := writeThemeWithFonts(t, c.data)
		var stdout, stderr bytes.Buffer
		code := run([]string{"build", path, "-o", filepath.Join(filepath.Dir(path), "x.pdf")}, &stdout, &stderr)
		if code != exitBadInput {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		msg := stderr.String()
		if !strings.Contains(msg, c.want) || !regexp.MustCompile(`theme\.toml:\d+:\d+: fonts\.text\.regular:`).MatchString(msg) {
			t.Errorf("%s: message should name theme.toml:line:col, the key and the problem, got:\n%s", name, msg)
		}
	}
}

func TestMissingCharactersAreReplacedVisibly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "content.toml")
	src := strings.Replace(string(assets.ExampleContent), "Die Zahlen sprechen", "Die 😀 Zahlen sprechen", 1)
	os.WriteFile(path, []byte(src), 0o644)
	out := filepath.Join(dir, "b.pdf")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", path, "-o", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !regexp.MustCompile(`content\.toml:\d+:1: sections\[2\]\.body \(block 1\): warning: character U\+1F600 \(😀\) is not in the font`).MatchString(stderr.String()) {
		t.Errorf("no located warning for the emoji:\n%s", stderr.String())
	}
	// MuPDF reads the glyphs as drawn; poppler the text layer, which says
	// the word as written (ActualText), so a screen reader is not told „?“.
	if !strings.Contains(tool(t, "mutool", "draw", "-q", "-F", "txt", "-o", "-", out), "Die ? Zahlen") {
		t.Errorf("the emoji was not replaced visibly")
	}
	if !strings.Contains(tool(t, "pdftotext", out, "-"), "Die 😀 Zahlen") {
		t.Errorf("the text layer does not say the emoji as written")
	}
}
