package main

import (
	"brochure/output/pdftest"
	"bytes"
	"encoding/xml"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadPNG reads a PNG file (pdftest.LoadPNG).
func loadPNG(t *testing.T, path string) image.Image { return pdftest.LoadPNG(t, path) }

// similarity compares two renderings of a page (pdftest.Similarity).
func similarity(a, b image.Image) (reduced, raw float64) { return pdftest.Similarity(a, b) }

// TestSVGPages: `build -format svg -pages` writes exactly the pages asked
// for, each a well-formed SVG document (TestSVGPageHasItsText in
// output/pageimage checks what a page holds).
func TestSVGPages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-q", "-format", "svg", "-pages", "3,1", "-o", filepath.Join(dir, "p.svg")}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build -format svg exited %d: %s", code, stderr.String())
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "p-1.svg p-3.svg" {
		t.Fatalf("wrote %v, want p-1.svg and p-3.svg", names)
	}
	for _, name := range names {
		var doc struct {
			Width string `xml:"width,attr"`
		}
		if err := xml.Unmarshal(readFile(t, filepath.Join(dir, name)), &doc); err != nil || doc.Width == "" {
			t.Errorf("%s is not a well-formed SVG document: %v", name, err)
		}
	}
}

// TestPageImageFlags: bad -format, -pages and -dpi values are usage or
// input errors (exit 2) naming the flag, and write nothing.
func TestPageImageFlags(t *testing.T) {
	t.Parallel()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-format", "gif"}, "-format must be pdf, svg or png"},
		{[]string{"-format", "png", "-pages", "2-1"}, "-pages \"2-1\""},
		{[]string{"-format", "png", "-pages", "x"}, "-pages \"x\""},
		{[]string{"-format", "png", "-pages", "99"}, "the document has 8 pages"},
		{[]string{"-format", "png", "-dpi", "5000"}, "-dpi 5000"},
		{[]string{"-pages", "1"}, "-pages applies to -format svg or png"},
		{[]string{"-format", "png", "-o", "x.pdf"}, "must end in .png"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		args := append([]string{"build", "-o", filepath.Join(dir, "out.png")}, c.args...)
		if code := run(args, &stdout, &stderr); code != exitBadInput {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: message %q lacks %q", c.args, stderr.String(), c.want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%v: wrote %d files", c.args, len(entries))
		}
	}
}
