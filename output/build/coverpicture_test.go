package build

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/output/pdftest"
	"brochure/output/testevent"
)

// coverPictureContent is the example with a cover picture of 1500 × 1000
// pixels (the table form, with alt text and credit, or the short form
// cover_image = "file") and the BMAS logo, written into a folder of its
// own.
func coverPictureContent(t *testing.T, short bool) string {
	t.Helper()
	dir := t.TempDir()
	testevent.WriteJPEG(t, filepath.Join(dir, "titel.jpg"), 1500, 1000)
	testevent.WritePNG(t, filepath.Join(dir, "bmas.png"), 1200, 400)
	entry := "[document.cover_image]\nfile = \"titel.jpg\"\nalt = \"Teilnehmende im Saal\"\ncredit = \"Max Muster\"\n\n"
	if short {
		entry = ""
	}
	src := strings.Replace(string(assets.ExampleContent), "[[sections]]", entry+"[[sections]]", 1)
	src = strings.Replace(src, `name = "Bundesministerium für Arbeit und Soziales"`, `name = "Bundesministerium für Arbeit und Soziales"
  logo = "bmas.png"`, 1)
	if short {
		src = strings.Replace(src, "date = 2024-06-26\n", "date = 2024-06-26\ncover_image = \"titel.jpg\"\n", 1)
	}
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCoverPicture builds the example with a cover picture in both
// editions: the picture stands on the cover once, between the event line
// and the funding bar, at the cover's full width (the field gives it the
// room), its credit printed under it; the PDF passes qpdf, pdfcpu strict
// and preflight, and the screen edition tags it as a figure with its alt
// text. Without alt text the screen edition refuses the short form,
// saying how to write the table.
func TestCoverPicture(t *testing.T) {
	t.Parallel()
	path := coverPictureContent(t, false)
	for _, e := range []Edition{Print, Screen} {
		res, err := Run(Request{ContentPath: path, Edition: e, Creator: "test"})
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		var buf bytes.Buffer
		if err := res.WritePDF(&buf); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "out.pdf")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		pdftest.Validate(t, out)
		if rep := res.Check(buf.Bytes()); rep.Failed() {
			t.Errorf("%s: preflight fails: %+v", e, rep.Findings)
		}
		checkCoverPicture(t, e, out)
		if e == Screen {
			if report, ok := pdftest.CheckTags(t, out, nil); !ok || !strings.Contains(report, "Teilnehmende im Saal") {
				t.Errorf("screen edition: the tags checker failed or did not find the cover picture's alt text:\n%s", report)
			}
		}
	}
	_, err := Run(Request{ContentPath: coverPictureContent(t, true), Edition: Screen, Creator: "test"})
	if err == nil || !strings.Contains(err.Error(), "document.cover_image: the cover picture \"titel.jpg\" has no alt text") ||
		!strings.Contains(err.Error(), "[document.cover_image]") {
		t.Errorf("screen edition of a cover picture without alt text: %v", err)
	}
}

// checkCoverPicture reads the cover of the edition's PDF: two images, the
// logo and the 1500 × 1000 picture, this as wide as the cover's text (160 mm, from 25 mm
// inside the trimmed page), below the event line and above „Gefördert
// durch:“, with the credit under it.
func checkCoverPicture(t *testing.T, e Edition, pdf string) {
	t.Helper()
	rows := strings.Split(strings.TrimSpace(tool(t, "pdfimages", "-f", "1", "-l", "1", "-list", pdf)), "\n")[2:]
	if len(rows) != 2 || !strings.Contains(strings.Join(rows, "\n"), " 1500  1000 ") {
		t.Fatalf("%s: the cover's images: %q, want the 1500 × 1000 picture and the logo", e, rows)
	}
	var event, funders, credit float64
	for _, line := range pdftest.BBoxPages(t, pdf)[0] {
		var words []string
		for _, w := range line.Words {
			words = append(words, w.Text)
		}
		switch text := strings.Join(words, " "); {
		case strings.HasPrefix(text, "Fachtag der WIR-Netzwerke"):
			event = line.YMax
		case strings.HasPrefix(text, "Gefördert durch:"):
			funders = line.YMin
		case strings.HasPrefix(text, "Foto: Max Muster"):
			credit = line.YMin
		}
	}
	x0, y0, x1, y1 := drawnImageBox(t, pdf)
	trim := 0.0 // the bleed, from the media box's edge to the trimmed page's
	if m := regexp.MustCompile(`TrimBox:\s+([\d.]+)`).FindStringSubmatch(tool(t, "pdfinfo", "-box", "-f", "1", "-l", "1", pdf)); m != nil {
		trim, _ = strconv.ParseFloat(m[1], 64)
	}
	const mm = 72 / 25.4
	if d := x0 - trim - 25*mm; d < -0.5 || d > 0.5 || x1-x0 < 159*mm {
		t.Errorf("%s: the cover picture stands from %.1f to %.1f mm, want from 25 mm, 160 mm wide", e, (x0-trim)/mm, (x1-trim)/mm)
	}
	if !(event > 0 && event < y0 && y1 < credit && credit < funders) {
		t.Errorf("%s: event line ends at %.1f pt, picture %.1f–%.1f pt, credit at %.1f pt, funders at %.1f pt: want them in that order", e, event, y0, y1, credit, funders)
	}
}

// drawnImageBox is where MuPDF draws the image 1500 pixels wide on the
// PDF's first page (mutool trace): its left, top, right and bottom in points from the
// media box's top left corner, as pdftotext's boxes.
func drawnImageBox(t *testing.T, pdf string) (x0, y0, x1, y1 float64) {
	t.Helper()
	m := regexp.MustCompile(`<fill_image [^>]*transform="([-\d. ]+)" width="1500"`).FindStringSubmatch(tool(t, "mutool", "trace", pdf, "1"))
	if m == nil {
		t.Fatal("mutool trace shows no picture of 1500 pixels' width on the cover")
	}
	var a, b, c, d, e, f float64
	if _, err := fmt.Sscan(m[1], &a, &b, &c, &d, &e, &f); err != nil {
		t.Fatal(err)
	}
	return e, f, e + a, f + d
}
