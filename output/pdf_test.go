package output

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brochure/fonts"
	"brochure/layout"
)

// qdf decompresses a PDF with qpdf so its content streams can be read.
func qdf(t *testing.T, pdf []byte) string {
	t.Helper()
	path, err := exec.LookPath("qpdf")
	if err != nil {
		t.Fatalf("qpdf is not installed (run .ci/run): %v", err)
	}
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--qdf", "--object-streams=disable", in, "-")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, errb.String())
	}
	return out.String()
}

func onePage(items ...layout.Item) *layout.Document {
	return &layout.Document{
		Meta:  layout.Meta{Title: "Test", Language: "de-DE"},
		Pages: []layout.Page{{Width: layout.MM(210), Height: layout.MM(297), Items: items}},
	}
}

// TestKerningReachesThePDF draws "AV" kerned and checks in the content
// stream that V starts at A's advance plus the (negative) kern, i.e.
// visibly tighter than unkerned text.
func TestKerningReachesThePDF(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	kern := face.Kern('A', 'V')
	if kern >= 0 {
		t.Fatalf("Liberation Sans should kern A–V, got %d", kern)
	}
	size := layout.Pt(20)
	pdf, err := Render(onePage(&layout.GlyphRun{X: layout.Pt(100), Y: layout.Pt(100), Face: face, Size: size,
		Text: "AV", Kern: []int{kern, 0}, Colour: layout.Black}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`BT ([\d.]+) ([\d.]+) Td <([0-9a-f]+)> Tj ET`)
	m := re.FindAllStringSubmatch(qdf(t, pdf), -1)
	if len(m) != 2 || m[0][3] != "0041" || m[1][3] != "0056" {
		t.Fatalf("expected A and V drawn as two positioned segments, got %v", m)
	}
	x1, _ := strconv.ParseFloat(m[0][1], 64)
	x2, _ := strconv.ParseFloat(m[1][1], 64)
	want := float64(face.Advance('A')+kern) * 20 / 1000
	if d := x2 - x1; d < want-0.011 || d > want+0.011 {
		t.Errorf("V starts %.2f pt after A, want %.2f (advance %d + kern %d thousandths at 20 pt)", d, want, face.Advance('A'), kern)
	}
}

// TestPrintEditionUsesProcessColours: the print edition writes CMYK (k)
// and no RGB operators; the screen edition writes RGB.
func TestEditionsUseTheirColourModel(t *testing.T) {
	rule := &layout.Rule{X: layout.Pt(10), Y: layout.Pt(10), W: layout.Pt(50), H: layout.Pt(20),
		Colour: layout.Colour{C: 100, M: 80, R: 0x00, G: 0x33, B: 0x99}}
	for _, c := range []struct {
		edition   Edition
		want, not *regexp.Regexp
	}{
		{Print, regexp.MustCompile(`\b1 0\.8 0 0 k\b`), regexp.MustCompile(`\brg\b|\bRG\b`)},
		{Screen, regexp.MustCompile(`\b0 0\.2 0\.6 rg\b`), regexp.MustCompile(`\d k\b`)},
	} {
		pdf, err := Render(onePage(rule), Options{Edition: c.edition})
		if err != nil {
			t.Fatal(err)
		}
		stream := pageContents(t, pdf)
		if !c.want.MatchString(stream) {
			t.Errorf("%s edition: colour operator %s missing", c.edition, c.want)
		}
		if c.not.MatchString(stream) {
			t.Errorf("%s edition: unexpected colour operator %s", c.edition, c.not)
		}
	}
}

// TestFontsAreSubset: the embedded font program holds only the glyphs
// used, far less than the whole TrueType file.
func TestFontsAreSubset(t *testing.T) {
	face := fonts.Serif().Face(fonts.Regular)
	pdf, err := Render(onePage(&layout.GlyphRun{X: layout.Pt(100), Y: layout.Pt(100), Face: face, Size: layout.Pt(10),
		Text: "Zuwanderung", Colour: layout.Black}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/Length1 (\d+)`).FindAllStringSubmatch(qdf(t, pdf), -1)
	if len(m) != 1 {
		t.Fatalf("want one embedded font program, found %d", len(m))
	}
	size, _ := strconv.Atoi(m[0][1])
	if size <= 0 || size > len(face.Data)/4 {
		t.Errorf("embedded font program is %d bytes of a %d-byte font: not subset", size, len(face.Data))
	}
}

// pageContents returns the decoded content streams of all pages.
func pageContents(t *testing.T, pdf []byte) string {
	t.Helper()
	f, err := openPDF(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := f.pages()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range pages {
		m := regexp.MustCompile(`/Contents (\d+) 0 R`).FindSubmatch(p.body)
		if m == nil {
			t.Fatalf("page without contents")
		}
		n, _ := strconv.Atoi(string(m[1]))
		data, err := decode(f.objects[n])
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
