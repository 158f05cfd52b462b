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
	"brochure/layout/typeset"
	"brochure/output/pdftest"
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

// printOptions are the print edition's options with the built-in profile.
func printOptions(t *testing.T) Options {
	t.Helper()
	prof, err := PrintProfile(DefaultOutputCondition, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Profile: prof}
}

func onePage(items ...typeset.Item) *layout.Document {
	return &layout.Document{
		Meta:  layout.Meta{Title: "Test", Language: "de-DE"},
		Pages: []layout.Page{{Width: typeset.MM(210), Height: typeset.MM(297), Items: items}},
	}
}

// TestKerningReachesThePDF draws "AV" kerned and checks in the content
// stream that the TJ array moves V by exactly the layout's (negative)
// kern, and that the text still extracts as "AV".
func TestKerningReachesThePDF(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	kern := face.Kern('A', 'V')
	if kern >= 0 {
		t.Fatalf("Liberation Sans should kern A–V, got %d", kern)
	}
	size := typeset.Pt(20)
	pdf, err := Render(onePage(&typeset.GlyphRun{X: typeset.Pt(100), Y: typeset.Pt(100), Face: face, Size: size,
		Text: "AV", Extra: &typeset.RunExtra{Kern: []int{kern, 0}}, Colour: typeset.Black}), printOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`1 0 0 1 ([\d.]+) ([\d.]+) Tm\n\[<([0-9A-F]{4})>(-?\d+)<([0-9A-F]{4})>\] TJ`)
	m := re.FindStringSubmatch(qdf(t, pdf))
	if m == nil {
		t.Fatalf("no kerned TJ array for AV in the page:\n%s", pageContents(t, pdf))
	}
	if m[1] != "100" || m[3] == m[5] {
		t.Errorf("AV drawn at x=%s with CIDs %s %s, want x=100 and two glyphs", m[1], m[3], m[5])
	}
	if adj, _ := strconv.Atoi(m[4]); adj != -kern {
		t.Errorf("TJ moves V by %d thousandths, want %d (the kern %d, negated as TJ subtracts)", adj, -kern, kern)
	}
	if text := extractedText(t, pdf); strings.TrimSpace(text) != "AV" {
		t.Errorf("text extracts as %q, want AV", text)
	}
}

// extractedText extracts a PDF's text with poppler's pdftotext (from a
// copy without the output intent, pdftest.WithoutOutputIntent).
func extractedText(t *testing.T, pdf []byte) string {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	read, done := pdftest.WithoutOutputIntent("pdftotext", []string{"-enc", "UTF-8", in, "-"})
	defer done()
	out, err := exec.Command("pdftotext", read...).Output()
	if err != nil {
		t.Fatalf("pdftotext (run .ci/run to install poppler-utils): %v", err)
	}
	return string(out)
}

// TestPrintEditionUsesProcessColours: the print edition writes CMYK (k)
// and no RGB operators; the screen edition writes RGB.
func TestEditionsUseTheirColourModel(t *testing.T) {
	rule := &typeset.Rule{X: typeset.Pt(10), Y: typeset.Pt(10), W: typeset.Pt(50), H: typeset.Pt(20),
		Colour: typeset.Colour{C: 100, M: 80, R: 0x00, G: 0x33, B: 0x99}}
	for _, c := range []struct {
		opts      Options
		want, not *regexp.Regexp
	}{
		{printOptions(t), regexp.MustCompile(`\b1 0\.8 0 0 k\b`), regexp.MustCompile(`\brg\b|\bRG\b`)},
		{Options{Profile: ScreenProfile()}, regexp.MustCompile(`\b0 0\.2 0\.6 rg\b`), regexp.MustCompile(`\d k\b`)},
	} {
		pdf, err := Render(onePage(rule), c.opts)
		if err != nil {
			t.Fatal(err)
		}
		stream := pageContents(t, pdf)
		if !c.want.MatchString(stream) {
			t.Errorf("%s: colour operator %s missing", c.opts.Profile.Intent.Subtype, c.want)
		}
		if c.not.MatchString(stream) {
			t.Errorf("%s: unexpected colour operator %s", c.opts.Profile.Intent.Subtype, c.not)
		}
	}
}

// TestFontsAreSubset: the embedded font program holds only the glyphs
// used, far less than the whole TrueType file.
func TestFontsAreSubset(t *testing.T) {
	face := fonts.Serif().Face(fonts.Regular)
	pdf, err := Render(onePage(&typeset.GlyphRun{X: typeset.Pt(100), Y: typeset.Pt(100), Face: face, Size: typeset.Pt(10),
		Text: "Zuwanderung", Colour: typeset.Black}), printOptions(t))
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

// pageContents returns the decoded content streams of all pages, as
// qpdf (an independent reader) writes them out in QDF form.
func pageContents(t *testing.T, pdf []byte) string {
	t.Helper()
	var b strings.Builder
	for _, s := range pageStreams(t, pdf) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		t.Fatal("no page contents found")
	}
	return b.String()
}

// pageStreams returns each page's decoded content stream, in page order,
// as qpdf writes them out in QDF form.
func pageStreams(t *testing.T, pdf []byte) []string {
	t.Helper()
	var streams []string
	re := regexp.MustCompile(`(?s)%% Contents for page \d+\n(?:%% Original object ID: [^\n]*\n)?\d+ 0 obj\n<<.*?>>\nstream\n(.*?)endstream`)
	for _, m := range re.FindAllStringSubmatch(qdf(t, pdf), -1) {
		streams = append(streams, m[1])
	}
	return streams
}
