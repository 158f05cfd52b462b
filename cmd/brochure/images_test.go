package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output"
)

// writePNG writes a w × h PNG with a gradient (so it is not trivially
// compressible) to path.
func writePNG(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeJPEG(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8((x + y) % 256), 90, uint8(y * 255 / h), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeLogoPDF makes a one-page PDF logo (120 × 40 mm) with the program's
// own output stage.
func writeLogoPDF(t *testing.T, path string) {
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

// contentWithImages writes the example with photos, pictures and a logo.
func contentWithImages(t *testing.T, logo string) string {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "welker.png"), 600, 800)
	writeJPEG(t, filepath.Join(dir, "workshop.jpg"), 1800, 1200)
	writeJPEG(t, filepath.Join(dir, "klein.jpg"), 240, 160)
	switch filepath.Ext(logo) {
	case ".png":
		writePNG(t, filepath.Join(dir, logo), 1200, 400)
	case ".pdf":
		writeLogoPDF(t, filepath.Join(dir, logo))
	}
	src := string(assets.ExampleContent)
	src = strings.Replace(src, `role = "Projektleiterin BLEIBdran+"`, `role = "Projektleiterin BLEIBdran+"
  photo = "welker.png"`, 1)
	src = withWorkshopImages(t, src, `  [[sections.images]]
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

func TestImagesAndLogos(t *testing.T) {
	for _, logo := range []string{"bmas.png", "bmas.pdf"} {
		t.Run(logo, func(t *testing.T) {
			contentPath := contentWithImages(t, logo)
			out := filepath.Join(t.TempDir(), "b.pdf")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"build", contentPath, "-o", out}, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			warnings := stderr.String()
			if !regexp.MustCompile(`images\[1\].*klein\.jpg is enlarged to \d+ %`).MatchString(warnings) {
				t.Errorf("no warning for the enlarged 240-pixel picture:\n%s", warnings)
			}
			if strings.Contains(warnings, "workshop.jpg is enlarged") {
				t.Errorf("the 1800-pixel picture should not be reported as enlarged:\n%s", warnings)
			}
			if strings.Contains(warnings, "no official logo") {
				t.Errorf("logo given, yet reported missing:\n%s", warnings)
			}
			// Raster images as placed: the photo and two pictures once each,
			// a PNG logo on the cover and with the funding notice — twice,
			// from one embedded object.
			placements, objects := 0, map[string]bool{}
			for _, row := range strings.Split(strings.TrimSpace(tool(t, "pdfimages", "-list", out)), "\n")[2:] {
				f := strings.Fields(row)
				placements++
				objects[f[10]] = true // object number
			}
			wantPlacements, wantObjects := 3, 3
			if logo == "bmas.png" {
				wantPlacements, wantObjects = 5, 4
			}
			if placements != wantPlacements || len(objects) != wantObjects {
				t.Errorf("pdfimages: %d placements of %d images, want %d of %d", placements, len(objects), wantPlacements, wantObjects)
			}
			text := tool(t, "pdftotext", out, "-")
			if !strings.Contains(text, "Austausch an den Thementischen – Foto: Test") {
				t.Errorf("caption and credit missing")
			}
			if logo == "bmas.pdf" {
				stream := tool(t, "qpdf", "--qdf", "--object-streams=disable", out, "-")
				if !strings.Contains(stream, "/Subtype /Form") {
					t.Errorf("the PDF logo was not imported as a form XObject")
				}
				if !strings.Contains(text, "Testministerium") {
					t.Errorf("the PDF logo's text is not in the brochure")
				}
			}
		})
	}
}

// TestEmblemNeverSmallerThanLogos checks the layout: on every page with a
// logo, the EU emblem's field is at least as tall as the tallest logo.
func TestEmblemNeverSmallerThanLogos(t *testing.T) {
	contentPath := contentWithImages(t, "bmas.png")
	doc, err := content.Load(contentPath, content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	laid := layout.Compose(doc, th, layout.Options{Bound: true})
	logos := 0
	for pi, page := range laid.Pages {
		var logo, emblem typeset.Scaled
		for _, it := range page.Items {
			switch x := it.(type) {
			case *layout.Picture:
				if strings.HasSuffix(layout.ImageOf(x).Path, "bmas.png") {
					logo = max(logo, x.H)
					logos++
				}
			case *typeset.Rule:
				if x.Colour.C == 100 && x.Colour.M == 80 && x.Colour.Y == 0 && x.Colour.K == 0 {
					emblem = max(emblem, x.H)
					if r := float64(x.W) / float64(x.H); math.Abs(r-1.5) > 0.001 {
						t.Errorf("page %d: emblem is %.3f:1, want 3:2", pi+1, r)
					}
				}
			}
		}
		if logo > 0 && emblem < logo {
			t.Errorf("page %d: emblem %.1f pt tall, logo %.1f pt", pi+1, emblem.Points(), logo.Points())
		}
		if logo > 0 && emblem == 0 {
			t.Errorf("page %d: a logo without the EU emblem", pi+1)
		}
	}
	if logos != 2 {
		t.Errorf("the logo appears %d times, want twice (cover and funding notice)", logos)
	}
}
