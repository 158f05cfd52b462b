package main

import (
	"encoding/xml"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/content"
	"brochure/layout"
)

// composedEvent is a content file built in the composition tests, with
// the addresses it links to and the QR size its theme sets.
type composedEvent struct {
	name, contentPath string
	urls              []string
	qrSize            float64 // pt
}

func composedEvents(t *testing.T) []composedEvent {
	var events []composedEvent
	add := func(name, path string) {
		doc, err := content.Load(path, content.Options{AllowOutside: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ev := composedEvent{name: name, contentPath: path, qrSize: doc.Theme.Links.QRSize}
		for _, s := range doc.Sections {
			for _, l := range append(append([]content.Link(nil), s.Presentations...), s.Links...) {
				ev.urls = append(ev.urls, l.URL)
			}
		}
		events = append(events, ev)
	}
	for _, theme := range themes {
		add("example theme="+theme, exampleWithTheme(t, theme))
	}
	add("second event", filepath.Join("testdata", "second-event", "content.toml"))
	return events
}

// TestAddressesPrintInFull: every address the content links to is printed
// whole — without its scheme only — so it can be typed from paper; lines
// joined, pdftotext finds it.
func TestAddressesPrintInFull(t *testing.T) {
	for _, ev := range composedEvents(t) {
		pdf := buildPDF(t, ev.contentPath, "-allow-outside")
		text := strings.Join(strings.Fields(tool(t, "pdftotext", pdf, "-")), "")
		for _, u := range ev.urls {
			printed := layout.PrintedURL(u, "full")
			if strings.HasPrefix(printed, "http") || !strings.Contains(text, printed) {
				t.Errorf("%s: %q is not printed in full (want %q)", ev.name, u, printed)
			}
		}
	}
}

// TestQRCodesFormAGrid: every QR code has the theme's size whatever its
// version, and the text beside the codes starts at one distance from them
// on every page (measured from the link annotations over the codes and
// pdftotext's word boxes).
func TestQRCodesFormAGrid(t *testing.T) {
	for _, ev := range composedEvents(t) {
		pdf := buildPDF(t, ev.contentPath, "-allow-outside")
		_, annots := readStructure(t, pdf)
		pages := bboxPages(t, pdf)
		codes, beside := 0, map[int]bool{}
		for _, a := range annots {
			w, h := a.Rect[2]-a.Rect[0], a.Rect[3]-a.Rect[1]
			if a.URI == "" || math.Abs(w-h) > 0.5 || w < 20 {
				continue // not the area over a code
			}
			codes++
			if math.Abs(w-ev.qrSize) > 0.6 {
				t.Errorf("%s: page %d: QR code for %s is %.1f pt, want %.1f pt", ev.name, a.Page, a.URI, w, ev.qrSize)
			}
			// Lines level with the code and to its right: the label,
			// lead-in and address.
			top := pageHeightPt - a.Rect[3]
			for _, l := range pages[a.Page-1] {
				if l.XMin > a.Rect[2] && l.XMin < a.Rect[2]+40 && l.YMin < top+w && l.YMax > top {
					beside[int(math.Round((l.XMin-a.Rect[0])*2))] = true
				}
			}
		}
		if codes < len(ev.urls) {
			t.Errorf("%s: %d QR code areas for %d addresses", ev.name, codes, len(ev.urls))
		}
		if len(beside) > 1 {
			t.Errorf("%s: text beside QR codes starts at %d different distances from them (half points): %v", ev.name, len(beside), beside)
		}
	}
}

// pageHeightPt is A4's height, for turning PDF y into pdftotext's.
const pageHeightPt = 841.89

// bboxPages returns every line pdftotext finds, page by page.
func bboxPages(t *testing.T, pdf string) [][]bboxLine {
	var doc bboxDoc
	if err := xml.Unmarshal([]byte(tool(t, "pdftotext", "-bbox-layout", pdf, "-")), &doc); err != nil {
		t.Fatalf("parsing pdftotext -bbox-layout output: %v", err)
	}
	var pages [][]bboxLine
	for _, p := range doc.Pages {
		var lines []bboxLine
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				lines = append(lines, b.Lines...)
			}
		}
		pages = append(pages, lines)
	}
	return pages
}

// TestDisplayTextIsNotHyphenated: no heading, label, quote, caption or
// speaker line ends in a hyphen the program inserted (a line ending in
// "-" followed by a line starting in lower case). Body text, set in its
// own size, may hyphenate.
func TestDisplayTextIsNotHyphenated(t *testing.T) {
	for _, ev := range composedEvents(t) {
		pdf := buildPDF(t, ev.contentPath, "-allow-outside")
		if bad := insertedHyphensInDisplayText(t, pdf); len(bad) > 0 {
			t.Errorf("%s: display lines hyphenated: %v", ev.name, bad)
		}
	}
}

// insertedHyphensInDisplayText lists lines outside the body text size
// that end in an inserted hyphen.
func insertedHyphensInDisplayText(t *testing.T, pdf string) []string {
	th, err := layout.NewTheme(content.DefaultTheme())
	if err != nil {
		t.Fatal(err)
	}
	face := th.Body.Face()
	bodyHeight := float64(face.Ascent-face.Descent) * th.Body.Size.Points() / 1000
	var bad []string
	var doc bboxDoc
	if err := xml.Unmarshal([]byte(tool(t, "pdftotext", "-bbox-layout", pdf, "-")), &doc); err != nil {
		t.Fatal(err)
	}
	for pi, p := range doc.Pages {
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for i := 0; i+1 < len(b.Lines); i++ {
					l, next := b.Lines[i], b.Lines[i+1]
					if len(l.Words) == 0 || len(next.Words) == 0 {
						continue
					}
					h := l.Words[0].YMax - l.Words[0].YMin
					last := l.Words[len(l.Words)-1].Text
					first := []rune(next.Words[0].Text)
					if math.Abs(h-bodyHeight) > 0.3 && strings.HasSuffix(last, "-") && len(first) > 0 && unicode.IsLower(first[0]) {
						bad = append(bad, fmt.Sprintf("page %d: %s / %s", pi+1, lineText(l), lineText(next)))
					}
				}
			}
		}
	}
	return bad
}
