package main

import (
	"brochure/output/pdftest"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"encoding/xml"
	"hash/crc32"
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

// shortPixelPNG is a sound PNG header over image data that ends halfway
// down the picture: the content check, which reads headers, passes it,
// and decoding the pixels fails.
func shortPixelPNG(t *testing.T) []byte {
	t.Helper()
	const w, h = 40, 30
	var raw bytes.Buffer
	for range h / 2 {
		raw.WriteByte(0) // filter: none
		raw.Write(bytes.Repeat([]byte{0x80}, 3*w))
	}
	var idat bytes.Buffer
	zw := zlib.NewWriter(&idat)
	zw.Write(raw.Bytes())
	zw.Close()
	chunk := func(out *bytes.Buffer, kind string, data []byte) {
		binary.Write(out, binary.BigEndian, uint32(len(data)))
		out.WriteString(kind)
		out.Write(data)
		binary.Write(out, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	}
	var png bytes.Buffer
	png.WriteString("\x89PNG\r\n\x1a\n")
	chunk(&png, "IHDR", []byte{0, 0, 0, w, 0, 0, 0, h, 8, 2, 0, 0, 0})
	chunk(&png, "IDAT", idat.Bytes())
	chunk(&png, "IEND", nil)
	return png.Bytes()
}

// TestPageImagesNameADamagedPicturesKey: a photo whose pixel data is cut
// short is refused by the PNG and SVG page images with the same message
// as the PDF (exit 2): the content file's line and column, the key and
// the file, and no page image is left behind.
func TestPageImagesNameADamagedPicturesKey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := filepath.Join("testdata", "second-event")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data := readFile(t, filepath.Join(src, e.Name()))
		if e.Name() == "gruppe.png" {
			data = shortPixelPNG(t)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	content := filepath.Join(dir, "content.toml")
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	const want = "content.toml:70:3: sections[2].images[0].file: gruppe.png cannot be decoded: "
	for _, format := range []string{"pdf", "png", "svg"} {
		out := filepath.Join(dir, "out", "b."+format)
		var stdout, stderr bytes.Buffer
		code := run([]string{"build", "-q", "-format", format, "-o", out, content}, &stdout, &stderr)
		msg := strings.ReplaceAll(stderr.String(), dir+string(filepath.Separator), "")
		if code != exitBadInput || !strings.HasPrefix(msg, want) || strings.Count(msg, "\n") != 1 {
			t.Errorf("-format %s: exit %d, said %q; want exit %d and one line starting %q", format, code, msg, exitBadInput, want)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "out", "*")); len(left) > 0 {
			t.Errorf("-format %s left %v behind", format, left)
		}
	}
}
