package build

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/output/pdftest"
)

// TestImageCorpus builds a brochure with every kind of image users bring
// (cmd/brochure/testdata/images: JPEG baseline and progressive, gray, RGB, Adobe CMYK,
// embedded ICC, all eight EXIF orientations; PNG in every colour type and
// bit depth from 1 to 16, palettes with tRNS, gray with alpha, interlaced)
// in both editions. Each file must be embedded once, however often it is
// placed; qpdf and pdfcpu must find both files clean; and an independent
// reader (check-images.py: pikepdf, qpdf's decoders and PIL) must find
// every source's pixels, turned by its own EXIF orientation, in the PDF as
// the page shows it, within ±2 levels per channel, alpha included.
func TestImageCorpus(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sources, err := filepath.Glob(filepath.Join("..", "..", "cmd", "brochure", "testdata", "images", "*.*g"))
	if err != nil || len(sources) < 30 {
		t.Fatalf("image corpus: %d files, %v", len(sources), err)
	}
	sort.Strings(sources)
	var names []string
	var images strings.Builder
	for _, src := range sources {
		name := filepath.Base(src)
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
		images.WriteString("\n  [[sections.images]]\n  file = \"" + name + "\"\n  caption = \"" + name + "\"\n  alt = \"Testbild " + name + "\"\n")
	}
	// One image placed twice more, as a speaker's photo in two sections.
	src := string(assets.ExampleContent)
	for _, role := range []string{`role = "Projektleiterin BLEIBdran+"`, `role = "Integrationskoordinatorin"`} {
		src = strings.Replace(src, role, role+"\n  photo = \"png-rgba-8bit.png\"", 1)
	}
	first := strings.Index(src, "[[sections]]")
	second := first + len("[[sections]]") + strings.Index(src[first+len("[[sections]]"):], "\n[[sections]]")
	src = src[:second] + images.String() + src[second:]
	contentPath := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(contentPath, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if strings.Count(src, `photo = "png-rgba-8bit.png"`) != 2 {
		t.Fatal("the test content does not place the photo twice")
	}
	for _, edition := range []Edition{Print, Screen} {
		t.Run(edition.String(), func(t *testing.T) {
			out := writtenPDF(t, contentPath, edition)
			pdftest.Validate(t, out)
			// Each file is one image XObject (plus a soft mask for those
			// with alpha), however often it is placed.
			objects := map[string]bool{}
			placements := 0
			for _, row := range strings.Split(strings.TrimSpace(tool(t, "pdfimages", "-list", out)), "\n")[2:] {
				f := strings.Fields(row)
				if f[2] == "image" {
					placements++
					objects[f[10]] = true
				}
			}
			if len(objects) != len(names) || placements != len(names)+2 {
				t.Errorf("pdfimages: %d placements of %d image objects, want %d of %d", placements, len(objects), len(names)+2, len(names))
			}
			report, ok := pdftest.CheckImages(t, out, sources...)
			if !ok {
				t.Errorf("check-images.py:\n%s", report)
			}
			if got := strings.Count("\n"+report, "\nOK "); got != len(names) {
				t.Errorf("check-images.py confirmed %d of %d images:\n%s", got, len(names), report)
			}
		})
	}
}
