package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationmonobold"
	"github.com/go-fonts/liberation/liberationmonobolditalic"
	"github.com/go-fonts/liberation/liberationmonoitalic"
	"github.com/go-fonts/liberation/liberationmonoregular"

	"brochure/assets"
	"brochure/output/pdftest"
)

// writeThemeWithFonts writes a theme whose text family is four TrueType
// files in fonts/, and content using it.
func writeThemeWithFonts(t *testing.T, regular []byte) string {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "fonts"), 0o755)
	files := map[string][]byte{"Mono-Regular.ttf": regular, "Mono-Bold.ttf": liberationmonobold.TTF,
		"Mono-Italic.ttf": liberationmonoitalic.TTF, "Mono-BoldItalic.ttf": liberationmonobolditalic.TTF}
	for name, data := range files {
		os.WriteFile(filepath.Join(dir, "fonts", name), data, 0o644)
	}
	theme := `[fonts.text]
builtin = ""
regular = "fonts/Mono-Regular.ttf"
bold = "fonts/Mono-Bold.ttf"
italic = "fonts/Mono-Italic.ttf"
bold_italic = "fonts/Mono-BoldItalic.ttf"
`
	os.WriteFile(filepath.Join(dir, "theme.toml"), []byte(theme), 0o644)
	path := filepath.Join(dir, "content.toml")
	os.WriteFile(path, append([]byte("theme = \"theme.toml\"\n"), assets.ExampleContent...), 0o644)
	return path
}

func TestCustomTrueTypeFamilyFromTheme(t *testing.T) {
	pdf := buildPDF(t, writeThemeWithFonts(t, liberationmonoregular.TTF))
	names := ""
	for _, f := range pdfFonts(t, pdf) {
		names += f.Name + " "
		if f.Embedded != "yes" || f.Subset != "yes" {
			t.Errorf("%s: embedded %s, subset %s", f.Name, f.Embedded, f.Subset)
		}
	}
	if !regexp.MustCompile(`[A-Z]{6}\+Mono-Regular`).MatchString(names) {
		t.Errorf("the theme's font is not in the PDF: %s", names)
	}
	if !strings.Contains(pdftest.Comparable(tool(t, "pdftotext", pdf, "-")), pdftest.Comparable("Zuwanderung mindert den demografischen")) {
		t.Errorf("text set in the custom font is not extractable")
	}
}

func TestUnusableFontFilesAreRefused(t *testing.T) {
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
	if !strings.Contains(tool(t, "pdftotext", out, "-"), "Die ? Zahlen") {
		t.Errorf("the emoji was not replaced visibly")
	}
}
