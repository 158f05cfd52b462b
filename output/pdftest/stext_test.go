package pdftest_test

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"brochure/output/build"
	"brochure/output/pdftest"
)

// xmlStext reads structured text with encoding/xml, the way the tests
// read it before ParseStext: the reference the scanner is held to.
func xmlStext(t *testing.T, data []byte) *pdftest.Stext {
	t.Helper()
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Blocks []struct {
				Lines []struct {
					BBox  string `xml:"bbox,attr"`
					Fonts []struct {
						Name  string  `xml:"name,attr"`
						Size  float64 `xml:"size,attr"`
						Chars []struct {
							Quad string `xml:"quad,attr"`
							C    string `xml:"c,attr"`
						} `xml:"char"`
					} `xml:"font"`
				} `xml:"line"`
			} `xml:"block"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("encoding/xml: %v", err)
	}
	out := &pdftest.Stext{}
	for _, p := range doc.Pages {
		page := pdftest.StextPage{Width: p.Width, Height: p.Height}
		for _, b := range p.Blocks {
			var block pdftest.StextBlock
			for _, l := range b.Lines {
				line := pdftest.StextLine{BBox: [4]float64(numbers(t, l.BBox, 4))}
				for _, f := range l.Fonts {
					font := pdftest.StextFont{Name: f.Name, Size: f.Size}
					for _, c := range f.Chars {
						font.Chars = append(font.Chars, pdftest.StextChar{Quad: [8]float64(numbers(t, c.Quad, 8)), C: c.C})
					}
					line.Fonts = append(line.Fonts, font)
				}
				block.Lines = append(block.Lines, line)
			}
			page.Blocks = append(page.Blocks, block)
		}
		out.Pages = append(out.Pages, page)
	}
	return out
}

// numbers parses n numbers with encoding/xml's own float reading (via a
// one-attribute document), so that the reference shares no code with the
// scanner.
func numbers(t *testing.T, s string, n int) []float64 {
	t.Helper()
	out := make([]float64, n)
	for k, f := range strings.Fields(s) {
		if k == n {
			break
		}
		var v struct {
			X float64 `xml:"x,attr"`
		}
		if err := xml.Unmarshal([]byte(`<v x="`+f+`"/>`), &v); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		out[k] = v.X
	}
	return out
}

// TestParseStextMatchesEncodingXML reads a hand-written document (escapes,
// an element outside the path, a quoted '>', self-closing and empty
// elements) and MuPDF's structured text of the example as built, with
// the scanner and with encoding/xml, and requires the same values.
func TestParseStextMatchesEncodingXML(t *testing.T) {
	written := `<?xml version="1.0"?>
<document name="a &amp; b.pdf">
<page id="page1" width="612.5" height="858">
<block bbox="1 2 3 4">
<line bbox="79.3701 83.585269 265.75227 95.87433" wmode="0" dir="1 0">
<font name="Liberation&#x53;ans" size="11">
<char quad="1 2 3 4 5 6 7 8" x="1" y="2" color="#ffffff" c="&lt;"/>
<char quad="1.5 2 3e1 4 5 6 7 8" c="&#xdf;"/>
<char quad="0 0 0 0 0 0 0 0" c=">"/>
<char quad="9 9 9 9 9 9 9 9" c="&quot;"></char>
</font>
</line>
<other><line bbox="5 5 5 5"><font name="hidden" size="3"><char quad="1 1 1 1 1 1 1 1" c="x"/></font></line></other>
</block>
<image bbox="0 0 1 1"/>
<block></block>
</page>
<page width="10" height="20"></page>
</document>
`
	got, err := pdftest.ParseStext([]byte(written))
	if err != nil {
		t.Fatal(err)
	}
	if want := xmlStext(t, []byte(written)); !reflect.DeepEqual(got, want) {
		t.Fatalf("the hand-written document:\nscanner  %+v\nencoding %+v", got, want)
	}
	if _, err := exec.LookPath("mutool"); err != nil {
		t.Fatalf("mutool is not installed (apt-get install mupdf-tools)")
	}
	res, err := build.Run(build.Request{Edition: build.Screen, Creator: "test"})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "example.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	data := []byte(pdftest.Tool(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", file))
	got, err = pdftest.ParseStext(data)
	if err != nil {
		t.Fatal(err)
	}
	want := xmlStext(t, data)
	chars := 0
	for _, p := range want.Pages {
		for _, b := range p.Blocks {
			for _, l := range b.Lines {
				for _, f := range l.Fonts {
					chars += len(f.Chars)
				}
			}
		}
	}
	if chars < 1000 {
		t.Fatalf("the example's structured text has %d characters: the reference reads nothing", chars)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the example's structured text (%d characters) reads differently with the scanner and with encoding/xml", chars)
	}
}
