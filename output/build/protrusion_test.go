package build

import (
	"math"
	"testing"

	"brochure/layout"
	"brochure/output/pdftest"
)

// TestMarginProtrusion reads the glyphs of the example's justified body
// lines with MuPDF: a line ending in a hyphen, stop or comma hangs that
// character into the right margin by about 70 % of its width, other lines
// end at the margin; with protrusion = false in the theme, none hangs.
func TestMarginProtrusion(t *testing.T) {
	t.Parallel()
	th := layout.DefaultTheme()
	right := (th.PageWidth - th.MarginRight).Points()
	body := th.Body.Size.Points()
	hyphenHang := 0.7 * float64(th.Body.Face().Advance('-')) * body / 1000
	for _, protrude := range []bool{true, false} {
		var pdf string
		if protrude {
			pdf = examplePDF(t, "", Screen)
		} else {
			path := exampleCopy(t, "")
			writeFile(t, path[:len(path)-len("content.toml")]+"theme.toml", []byte("[justification]\nprotrusion = false\n"))
			src := string(readFile(t, path))
			writeFile(t, path, []byte("theme = \"theme.toml\"\n"+src))
			pdf = writtenPDF(t, path, Screen)
		}
		hung, flush := 0, 0
		for _, blocks := range pdftest.DrawnPages(t, pdf) {
			for _, lines := range blocks {
				for _, l := range lines {
					last := l.Last()
					if math.Abs(last.Size-body) > body*0.03 {
						continue
					}
					past := last.X1 - right
					if last.C == '-' && past > -1 {
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
