// Package testevent writes the events the tests build: the example with
// photos, pictures and a funder's logo, and the image files themselves
// (gradients, so they do not compress to nothing; a logo PDF drawn by the
// program's own output stage). It is used by tests only.
package testevent

import (
	"brochure/assets"
	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output"
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-fonts/liberation/liberationmonobold"
	"github.com/go-fonts/liberation/liberationmonobolditalic"
	"github.com/go-fonts/liberation/liberationmonoitalic"
)

// WritePNG writes a w × h PNG with a gradient (so it is not trivially
// compressible) to path.
func WritePNG(t testing.TB, path string, w, h int) {
	t.Helper()
	writeFile(t, path, PNG(t, w, h))
}

// picture is an encoded picture's kind and pixel size.
type picture struct {
	jpeg bool
	w, h int
}

// encoded holds the pictures PNG and JPEG made, for the test binary's
// life: a handful of sizes, each encoded once however many tests write
// it. The bytes are shared; no caller may change them.
var encoded sync.Map // picture → []byte

// memo returns the picture's bytes, made by encode on first use.
func memo(t testing.TB, p picture, encode func() ([]byte, error)) []byte {
	t.Helper()
	if data, ok := encoded.Load(p); ok {
		return data.([]byte)
	}
	data, err := encode()
	if err != nil {
		t.Fatal(err)
	}
	encoded.Store(p, data)
	return data
}

// PNG is the file WritePNG writes (encoded once a size; the bytes are
// shared and must not be changed).
func PNG(t testing.TB, w, h int) []byte {
	t.Helper()
	return memo(t, picture{false, w, h}, func() ([]byte, error) { return gradientPNG(w, h) })
}

// gradientPNG encodes the picture of PNG.
func gradientPNG(w, h int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

// WriteJPEG writes a w × h JPEG (quality 80) with a gradient to path.
func WriteJPEG(t testing.TB, path string, w, h int) {
	t.Helper()
	writeFile(t, path, JPEG(t, w, h))
}

// JPEG is the file WriteJPEG writes (encoded once a size; the bytes are
// shared and must not be changed).
func JPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	return memo(t, picture{true, w, h}, func() ([]byte, error) { return gradientJPEG(w, h) })
}

// gradientJPEG encodes the picture of JPEG.
func gradientJPEG(w, h int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8((x + y) % 256), 90, uint8(y * 255 / h), 255})
		}
	}
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80})
	return buf.Bytes(), err
}

// writeFile writes data to path or fails the test.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// WriteLogoPDF makes a one-page PDF logo (120 × 40 mm) with the program's
// own output stage.
func WriteLogoPDF(t testing.TB, path string) {
	t.Helper()
	face := fonts.Sans().Face(fonts.Bold)
	doc := &layout.Document{Meta: layout.Meta{Title: "Logo", Language: "de-DE"}, Pages: []layout.Page{{
		Width: typeset.MM(120), Height: typeset.MM(40), Items: []typeset.Item{
			&typeset.Rule{X: 0, Y: 0, W: typeset.MM(30), H: typeset.MM(40), Colour: typeset.Colour{K: 100}},
			&typeset.GlyphRun{X: typeset.MM(35), Y: typeset.MM(22), Face: face, Size: typeset.Pt(14), Text: "Testministerium", Colour: typeset.Black},
		}}}}
	prof, _ := output.PrintProfile(output.DefaultOutputCondition, nil, false)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// ExampleWithImages writes the example into a new folder of the test's
// with a speaker's photo (welker.png, 600 × 800), two pictures in
// Workshop A (workshop.jpg, 1800 × 1200, and klein.jpg, 240 × 160, too
// small for its width) and the funder's logo (a .png of 1200 × 400 or a
// .pdf of 120 × 40 mm, by the name given), and returns the content's path.
func ExampleWithImages(t testing.TB, logo string) string {
	t.Helper()
	dir := t.TempDir()
	WritePNG(t, filepath.Join(dir, "welker.png"), 600, 800)
	WriteJPEG(t, filepath.Join(dir, "workshop.jpg"), 1800, 1200)
	WriteJPEG(t, filepath.Join(dir, "klein.jpg"), 240, 160)
	switch filepath.Ext(logo) {
	case ".png":
		WritePNG(t, filepath.Join(dir, logo), 1200, 400)
	case ".pdf":
		WriteLogoPDF(t, filepath.Join(dir, logo))
	}
	src := string(assets.ExampleContent)
	src = strings.Replace(src, `role = "Projektleiterin BLEIBdran+"`, `role = "Projektleiterin BLEIBdran+"
  photo = "welker.png"`, 1)
	src = WithWorkshopImages(t, src, `  [[sections.images]]
  file = "workshop.jpg"
  caption = "Austausch an den Thementischen"
  alt = "Teilnehmende an Thementischen im Gespräch"
  credit = "Test"

  [[sections.images]]
  file = "klein.jpg"
  caption = "Ein zu kleines Bild"
  alt = "Ein Farbverlauf"`)
	src = strings.Replace(src, `name = "Bundesministerium für Arbeit und Soziales"`, `name = "Bundesministerium für Arbeit und Soziales"
  logo = "`+logo+`"`, 1)
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// WithWorkshopImages puts the images' TOML (one or more
// [[sections.images]] tables) into the example's content src before
// Workshop A's speakers.
func WithWorkshopImages(t testing.TB, src, images string) string {
	t.Helper()
	const speakers = "  [[sections.speakers]]\n  name = \"Robert Fischer & Christina Wagner\""
	if !strings.Contains(src, speakers) {
		t.Fatal("the example has no Workshop A speakers to put pictures before")
	}
	return strings.Replace(src, speakers, strings.TrimRight(images, "\n")+"\n\n"+speakers, 1)
}

// ExampleWithFontFamily writes the example into a new folder of the
// test's with a theme whose text family is four TrueType files in fonts/
// (regular as given, the others Liberation Mono), and returns the
// content's path.
func ExampleWithFontFamily(t testing.TB, regular []byte) string {
	t.Helper()
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
