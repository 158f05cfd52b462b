package build

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/content"
	"brochure/layout"
	"brochure/output/pdftest"
)

// composedEvent is a content file built in the composition tests, with
// the addresses it links to and the QR size its theme sets.
type composedEvent struct {
	name, contentPath string
	pdf               string // its print edition, built once
	urls              []string
	qrSize            float64 // pt
	column            float64 // pt, the width of a column of text
	bodySize          float64 // pt, the size of body text
}

func composedEvents(t *testing.T) []composedEvent {
	var events []composedEvent
	add := func(name, pdf string) {
		path := filepath.Join(filepath.Dir(pdf), "content.toml")
		if name == "second event" {
			path = filepath.Join(secondEvent, "content.toml")
		}
		doc, err := content.Load(path, content.Options{AllowOutside: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lt, err := layout.NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		ev := composedEvent{name: name, contentPath: path, pdf: pdf, qrSize: doc.Theme.Links.QRSize, column: lt.ColumnWidth().Points(), bodySize: lt.Body.Size.Points()}
		for _, s := range doc.Sections {
			for _, l := range append(append([]content.Link(nil), s.Presentations...), s.Links...) {
				ev.urls = append(ev.urls, l.URL)
			}
		}
		events = append(events, ev)
	}
	for _, theme := range testThemes {
		add("example theme="+theme, examplePDF(t, theme, Print))
	}
	add("second event", secondEventPDF(t, Print))
	return events
}

// TestComposedEvents builds the example in every test theme and the
// second event once each and checks their composition: addresses in full,
// the QR grid, display text without hyphens.
func TestComposedEvents(t *testing.T) {
	t.Parallel()
	for _, ev := range composedEvents(t) {
		t.Run(ev.name, func(t *testing.T) {
			checkAddressesInFull(t, ev)
			checkQRGrid(t, ev)
			checkDisplayTextNotHyphenated(t, ev)
		})
	}
}

// checkAddressesInFull: every address the content links to is printed
// whole — without its scheme only — so it can be typed from paper; lines
// joined, pdftotext finds it.
func checkAddressesInFull(t *testing.T, ev composedEvent) {
	text := strings.Join(strings.Fields(tool(t, "pdftotext", ev.pdf, "-")), "")
	for _, u := range ev.urls {
		printed := layout.PrintedURL(u, content.FullURL)
		if strings.HasPrefix(printed, "http") || !strings.Contains(text, printed) {
			t.Errorf("%s: %q is not printed in full (want %q)", ev.name, u, printed)
		}
	}
}

// checkQRGrid: every QR code has the theme's size whatever its
// version, and the text beside the codes starts at one distance from them
// on every page (measured from the link annotations over the codes and
// pdftotext's word boxes).
func checkQRGrid(t *testing.T, ev composedEvent) {
	pdf := ev.pdf
	_, annots := pdftest.ReadStructure(t, pdf)
	pages := pdftest.BBoxPages(t, pdf)
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

// pageHeightPt is A4's height, for turning PDF y into pdftotext's.
const pageHeightPt = 841.89

// checkDisplayTextNotHyphenated: no heading, label, quote, caption or
// speaker line ends in a hyphen the program inserted, unless the word is
// wider than the column. Read with MuPDF, which shows the glyphs as drawn
// (poppler honours the ActualText that makes a hyphenated word read
// whole, so it cannot see the hyphen); body text, in its own size, may
// hyphenate.
func checkDisplayTextNotHyphenated(t *testing.T, ev composedEvent) {
	if bad := insertedHyphensInDisplayText(t, ev.pdf, ev.column, ev.bodySize); len(bad) > 0 {
		t.Errorf("%s: display lines hyphenated: %v", ev.name, bad)
	}
}

// insertedHyphensInDisplayText lists display lines (not in the body size)
// that end in an inserted hyphen — the next line of the block goes on in
// lower case — where the word broken would have fitted the column.
func insertedHyphensInDisplayText(t *testing.T, pdf string, column, body float64) []string {
	var bad []string
	for pi, blocks := range pdftest.DrawnPages(t, pdf) {
		for _, lines := range blocks {
			for i := 0; i+1 < len(lines); i++ {
				l, next := lines[i], lines[i+1]
				last := l.Last()
				if last.C != '-' || math.Abs(last.Size-body) < body*0.03 || !unicode.IsLower(next[0].C) || len(l) < 2 || !unicode.IsLetter(l[len(l)-2].C) {
					continue
				}
				// The broken word: from the last space of this line to the
				// hyphen, and up to the first space of the next.
				start := len(l) - 2
				for start > 0 && l[start-1].C != ' ' {
					start--
				}
				end := 0
				for end+1 < len(next) && next[end+1].C != ' ' && unicode.IsLetter(next[end+1].C) {
					end++
				}
				width := (l[len(l)-2].X1 - l[start].X0) + (next[end].X1 - next[0].X0)
				if width < column-1 {
					bad = append(bad, fmt.Sprintf("page %d: %s|%s (%.0f pt in a %.0f pt column)", pi+1, pdftest.GlyphText(l[start:]), pdftest.GlyphText(next[:end+1]), width, column))
				}
			}
		}
	}
	return bad
}
