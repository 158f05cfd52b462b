package output

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"brochure/content"
	"brochure/content/pdfread"
	"brochure/layout"
)

// FuzzPictures takes any bytes as a photo (PNG or JPEG) or, when they
// start like a PDF, as a funder's logo, and runs the whole way a picture
// goes: the content's probe, the layout, and both editions of the PDF
// writer (decoding, colour conversion, recompression, the logo's copied
// objects). The outcome is a diagnostic at the picture's key, an error
// from the writer, or a PDF the reader opens — never a panic, a hang or
// unbounded memory.
func FuzzPictures(f *testing.F) {
	for _, pattern := range []string{"../cmd/brochure/testdata/images/*.png", "../cmd/brochure/testdata/images/*.jpg",
		"../cmd/brochure/testdata/logos/*.pdf", "../cmd/brochure/testdata/second-event/*.pdf"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 256<<10 {
				f.Add(data)
			}
		}
	}
	dir := f.TempDir()
	print, err := PrintProfile(DefaultOutputCondition, nil, false)
	if err != nil {
		f.Fatal(err)
	}
	screen := ScreenProfile()
	th, err := layout.NewTheme(content.DefaultTheme())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("picture of %d bytes: no result within 10 s", len(data)))
			}
		}()
		src := pictureContent("bild.png")
		if bytes.HasPrefix(data, []byte("%PDF")) {
			src = logoContent("logo.pdf")
			if err := os.WriteFile(filepath.Join(dir, "logo.pdf"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		} else if err := os.WriteFile(filepath.Join(dir, "bild.png"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := content.Parse("fuzz.toml", []byte(src), content.Options{Dir: dir})
		if err != nil {
			var ds content.Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 || ds[0].Path == "" {
				t.Fatalf("refused without a key path: %T %v", err, err)
			}
			return
		}
		laid := layout.Compose(doc, th, layout.Options{Bound: true})
		for _, prof := range []Profile{print, screen} {
			pdf, err := Render(laid, Options{Profile: prof})
			if err != nil {
				continue // a picture whose data is broken past its header
			}
			file, err := pdfread.Open(pdf, pdfread.DefaultLimits)
			if err != nil {
				t.Fatalf("%s: the written PDF does not open: %v", prof.Intent.Subtype, err)
			}
			if pages, err := file.Pages(); err != nil || len(pages) != len(laid.Pages) {
				t.Fatalf("%s: %d pages read back (%v), %d laid out", prof.Intent.Subtype, len(pages), err, len(laid.Pages))
			}
		}
	})
}

// pictureContent is a one-section document showing file as a photo.
func pictureContent(file string) string {
	return `[document]
title = "Bilder"
date = 2024-06-26

[[sections]]
kind = "talk"
title = "Ein Bild"
body = "Ein Absatz vor dem Bild."

  [[sections.images]]
  file = "` + file + `"
  caption = "Ein Bild"
  alt = "Ein Bild"
`
}

// logoContent is a one-section document with file as a funder's logo.
func logoContent(file string) string {
	return `[document]
title = "Logos"
date = 2024-06-26

[[sections]]
kind = "talk"
title = "Ein Vortrag"
body = "Ein Absatz."

[funding]
statement = "Gefördert durch das Bundesministerium für Arbeit und Soziales."
eu_cofunded = true

  [[funding.funders]]
  name = "Bundesministerium für Arbeit und Soziales"
  logo = "` + file + `"
  logo_alt = "Logo des Ministeriums"
`
}
