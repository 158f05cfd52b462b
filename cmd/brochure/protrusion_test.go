package main

import (
	"encoding/xml"
	"fmt"
	"math"
	"testing"

	"brochure/layout"
)

// TestMarginProtrusion reads the glyphs of the example's justified body
// lines with MuPDF: a line ending in a hyphen, stop or comma hangs that
// character into the right margin by about 70 % of its width, other lines
// end at the margin; with protrusion = false in the theme, none hangs.
func TestMarginProtrusion(t *testing.T) {
	th := layout.DefaultTheme()
	right := (th.PageWidth - th.MarginRight).Points()
	body := th.Body.Size.Points()
	hyphenHang := 0.7 * float64(th.Body.Face().Advance('-')) * body / 1000
	for _, protrude := range []bool{true, false} {
		path := ""
		if !protrude {
			path = exampleWithTheme(t, "")
			writeFile(t, path[:len(path)-len("content.toml")]+"theme.toml", []byte("[justification]\nprotrusion = false\n"))
			src := string(readFile(t, path))
			writeFile(t, path, []byte("theme = \"theme.toml\"\n"+src))
		}
		pdf := buildPDF(t, path, "-edition", "screen")
		var doc stextDoc
		if err := xml.Unmarshal([]byte(tool(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf)), &doc); err != nil {
			t.Fatal(err)
		}
		hung, flush := 0, 0
		for _, p := range doc.Pages {
			for _, b := range p.Blocks {
				for _, l := range b.Lines {
					if len(l.Fonts) == 0 {
						continue
					}
					f := l.Fonts[len(l.Fonts)-1]
					if math.Abs(f.Size-body) > body*0.03 || len(f.Chars) == 0 {
						continue
					}
					last := f.Chars[len(f.Chars)-1]
					var q [8]float64
					fmt.Sscan(last.Quad, &q[0], &q[1], &q[2], &q[3], &q[4], &q[5], &q[6], &q[7])
					past := q[2] - right
					if last.C == "-" && past > -1 {
						if protrude && math.Abs(past-hyphenHang) > 0.3 {
							t.Errorf("a hyphen hangs %.2f pt into the margin, want %.2f", past, hyphenHang)
						}
						if !protrude && math.Abs(past) > 0.3 {
							t.Errorf("without protrusion a hyphen ends %.2f pt from the margin", past)
						}
						hung++
					} else if math.Abs(past) < 0.3 {
						flush++
					}
				}
			}
		}
		if hung < 5 || flush < 10 {
			t.Errorf("protrusion %v: %d hyphen line ends and %d flush ones found; the measurement is not seeing the text", protrude, hung, flush)
		}
	}
}
