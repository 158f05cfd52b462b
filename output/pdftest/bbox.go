package pdftest

import (
	"encoding/xml"
	"strings"
	"testing"
)

// BBoxDoc is the XHTML that `pdftotext -bbox-layout` writes.
type BBoxDoc struct {
	Pages []struct {
		Flows []struct {
			Blocks []struct {
				Lines []BBoxLine `xml:"line"`
			} `xml:"block"`
		} `xml:"flow"`
	} `xml:"body>doc>page"`
}

// BBoxLine is a line of text poppler finds, with its words; coordinates
// are points from the page's top-left corner.
type BBoxLine struct {
	XMin  float64    `xml:"xMin,attr"`
	YMin  float64    `xml:"yMin,attr"`
	XMax  float64    `xml:"xMax,attr"`
	YMax  float64    `xml:"yMax,attr"`
	Words []BBoxWord `xml:"word"`
}

// BBoxWord is a word of a BBoxLine.
type BBoxWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

// ReadBBox reads pdftotext -bbox-layout's output for some pages ("-f",
// "3", "-l", "3", or none for all).
func ReadBBox(t testing.TB, pdf string, pages ...string) BBoxDoc {
	t.Helper()
	var doc BBoxDoc
	args := append(append([]string{"-bbox-layout"}, pages...), pdf, "-")
	if err := xml.Unmarshal([]byte(Tool(t, "pdftotext", args...)), &doc); err != nil {
		t.Fatalf("parsing pdftotext -bbox-layout output: %v", err)
	}
	return doc
}

// BBoxPages returns every line pdftotext finds, page by page.
func BBoxPages(t testing.TB, pdf string) [][]BBoxLine {
	t.Helper()
	doc := ReadBBox(t, pdf)
	var pages [][]BBoxLine
	for _, p := range doc.Pages {
		var lines []BBoxLine
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				lines = append(lines, b.Lines...)
			}
		}
		pages = append(pages, lines)
	}
	return pages
}

// Text is the line's words joined by spaces.
func (l BBoxLine) Text() string {
	words := make([]string, len(l.Words))
	for i, w := range l.Words {
		words[i] = w.Text
	}
	return strings.Join(words, " ")
}
