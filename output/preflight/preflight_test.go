package preflight

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output"
)

// printProfile is the print edition with the built-in profile.
func printProfile(t *testing.T) output.Profile {
	t.Helper()
	prof, err := output.PrintProfile(output.DefaultOutputCondition, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return prof
}

// printExpectations are the print edition's expectations of a file
// written with prof, as the build pipeline makes them.
func printExpectations(prof output.Profile) Expectations {
	return Expectations{Edition: "print", Profile: prof, ProcessColours: true}
}

// fundingPage builds a page with an emblem mark, optionally a statement
// beside it and a logo of the given height.
func fundingPage(emblemH, logoH typeset.Scaled, statement, italic bool) layout.Page {
	items := []typeset.Item{&layout.Mark{Kind: layout.MarkEmblem, X: typeset.MM(100), Y: typeset.MM(250), W: emblemH * 3 / 2, H: emblemH},
		&layout.Mark{Kind: layout.MarkFundingNote, X: typeset.MM(20), Y: typeset.MM(200), W: typeset.MM(170)}}
	if statement {
		items = append(items, &layout.Mark{Kind: layout.MarkStatement, X: typeset.MM(100) + emblemH*3/2 + typeset.MM(3), Y: typeset.MM(250),
			W: typeset.MM(40), H: emblemH, Face: "LiberationSans-Regular", Italic: italic})
	}
	if logoH > 0 {
		items = append(items, &layout.Mark{Kind: layout.MarkLogo, X: typeset.MM(20), Y: typeset.MM(250), W: logoH * 3, H: logoH, Label: "Testministerium"})
	}
	return layout.Page{Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3), Items: items}
}

func findings(t *testing.T, doc *layout.Document, rule string) []Finding {
	t.Helper()
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Run(doc, pdf, printExpectations(prof)).Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func TestPreflightFundingRules(t *testing.T) {
	cases := []struct {
		name   string
		pages  []layout.Page
		rule   string
		status Status
		text   string
	}{
		{"emblem smaller than a logo", []layout.Page{fundingPage(typeset.MM(10), typeset.MM(15), true, false)},
			"eu-emblem-size", Fail, "smaller than the logo of Testministerium"},
		{"emblem 0 high", []layout.Page{fundingPage(0, 0, true, false)},
			"eu-emblem-geometry", Fail, "must be at least 10.0 mm high"},
		{"emblem 8 mm high", []layout.Page{fundingPage(typeset.MM(8), 0, true, false)},
			"eu-emblem-geometry", Fail, "must be at least 10.0 mm high"},
		{"emblem as tall as the logo", []layout.Page{fundingPage(typeset.MM(12), typeset.MM(12), true, false)},
			"eu-emblem-size", Pass, "at least as tall"},
		{"statement missing", []layout.Page{fundingPage(typeset.MM(12), 0, false, false)},
			"eu-statement", Fail, "not written out next to the emblem"},
		{"statement in italic", []layout.Page{fundingPage(typeset.MM(12), 0, true, true)},
			"eu-statement-font", Fail, "italic"},
		{"no emblem on the cover", []layout.Page{{Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3)}, fundingPage(typeset.MM(12), 0, true, false)},
			"eu-emblem-cover", Fail, "missing from the cover"},
		{"no emblem at all", []layout.Page{{Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3)}},
			"eu-emblem", Fail, "no EU emblem anywhere"},
		{"page 10000 in wide", []layout.Page{{Width: typeset.Pt(720000), Height: typeset.MM(297), Bleed: typeset.MM(3)}, fundingPage(typeset.MM(12), 0, true, false)},
			"page-boxes", Fail, "larger than the 14,400 units PDF allows"},
	}
	for _, c := range cases {
		doc := &layout.Document{Pages: c.pages, Meta: layout.Meta{Title: "T", Language: "de-DE"}, SafetyMargin: typeset.MM(5)}
		fs := findings(t, doc, c.rule)
		if len(fs) == 0 {
			t.Errorf("%s: no %s finding", c.name, c.rule)
			continue
		}
		if fs[0].Status != c.status || !strings.Contains(fs[0].Message, c.text) {
			t.Errorf("%s: got %s %q, want %s containing %q", c.name, fs[0].Status, fs[0].Message, c.status, c.text)
		}
	}
}

// TestStatementFontRowsNameTheirPage: each emblem's statement has its
// typeface row, named by its page, so the cover's and the notice's are
// told apart.
func TestStatementFontRowsNameTheirPage(t *testing.T) {
	pages := []layout.Page{fundingPage(typeset.MM(12), 0, true, false), fundingPage(typeset.MM(12), 0, true, false)}
	doc := &layout.Document{Pages: pages, Meta: layout.Meta{Title: "T", Language: "de-DE"}, SafetyMargin: typeset.MM(5)}
	fs := findings(t, doc, "eu-statement-font")
	if len(fs) != 2 {
		t.Fatalf("%d eu-statement-font findings, want one for each page's emblem", len(fs))
	}
	for i, f := range fs {
		if want := fmt.Sprintf("page %d: LiberationSans-Regular", i+1); f.Value != want || f.Page != i+1 {
			t.Errorf("finding %d: value %q on page %d, want %q on page %d", i, f.Value, f.Page, want, i+1)
		}
	}
}

// finding runs preflight on a file and returns the given rule's finding.
func finding(t *testing.T, doc *layout.Document, pdf []byte, prof output.Profile, rule string) Finding {
	t.Helper()
	for _, f := range Run(doc, pdf, printExpectations(prof)).Findings {
		if f.Rule == rule {
			return f
		}
	}
	t.Fatalf("no %s finding", rule)
	return Finding{}
}

// qdfEdit rewrites a PDF through qpdf (an independent writer): into QDF
// form, where edit may change the text and add objects numbered from the
// file's /Size on before the cross-reference table, then fix-qdf repairs
// lengths and offsets, and qpdf writes the result with object streams and
// a cross-reference stream, so the reader must go through them.
func qdfEdit(t *testing.T, pdf []byte, edit func(q []byte, next int) (edited []byte, added string)) []byte {
	t.Helper()
	dir := t.TempDir()
	in, qdf, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf"), filepath.Join(dir, "out.pdf")
	os.WriteFile(in, pdf, 0o644)
	if o, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, qdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf (run .ci/run to install it): %v\n%s", err, o)
	}
	q, _ := os.ReadFile(qdf)
	size := regexp.MustCompile(`/Size (\d+)`).FindSubmatch(q)
	if size == nil {
		t.Fatal("qpdf's QDF output has no /Size")
	}
	next, _ := strconv.Atoi(string(size[1]))
	q, added := edit(q, next)
	at := bytes.Index(q, []byte("\nxref\n"))
	q = append(append(append([]byte(nil), q[:at]...), added...), q[at:]...)
	os.WriteFile(qdf, q, 0o644)
	fixed, err := exec.Command("fix-qdf", qdf).Output()
	if err != nil {
		t.Fatalf("fix-qdf: %v", err)
	}
	os.WriteFile(qdf, fixed, 0o644)
	if o, err := exec.Command("qpdf", "--object-streams=generate", qdf, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, o)
	}
	result, _ := os.ReadFile(out)
	if !bytes.Contains(result, []byte("/ObjStm")) {
		t.Fatal("qpdf wrote no object streams; the test wants the reader to go through them")
	}
	return result
}

// withExtraContents turns the first page's contents in a QDF form into an
// array that ends with a stream of its own drawing draw: it returns the
// edited form and the added objects, numbered n (the stream) and n+1
// (its length).
func withExtraContents(t *testing.T, q []byte, n int, draw string) ([]byte, string) {
	t.Helper()
	contents := regexp.MustCompile(`/Contents (\d+) 0 R`).FindSubmatchIndex(q)
	if contents == nil {
		t.Fatal("no page contents in the QDF form")
	}
	edited := append([]byte(nil), q[:contents[0]]...)
	edited = fmt.Appendf(edited, "/Contents [%s 0 R %d 0 R]", q[contents[2]:contents[3]], n)
	edited = append(edited, q[contents[1]:]...)
	return edited, fmt.Sprintf("\n%%%% Extra contents\n%d 0 obj\n<<\n  /Length %d 0 R\n>>\nstream\n%s\nendstream\nendobj\n\n%d 0 obj\n%d\nendobj\n", n, n+1, draw, n+1, len(draw))
}

// TestColourRuleReadsEveryContentStream: qpdf splits a page's contents
// into an array of streams, an RGB operator slipped into the last one;
// the print edition's colour rule fails on it, and passes the clean file.
func TestColourRuleReadsEveryContentStream(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3),
		Items: []typeset.Item{&typeset.Rule{X: typeset.MM(20), Y: typeset.MM(20), W: typeset.MM(50), H: typeset.MM(1), Colour: typeset.Black}},
	}}}
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, doc, pdf, prof, "colour-model"); f.Status != Pass {
		t.Fatalf("clean print edition: %s %s", f.Status, f.Message)
	}
	tampered := qdfEdit(t, pdf, func(q []byte, n int) ([]byte, string) {
		return withExtraContents(t, q, n, "1 0 0 rg 0 0 5 5 re f")
	})
	if got := finding(t, doc, tampered, prof, "colour-model"); got.Status != Fail || !strings.Contains(got.Message, "rg operator") {
		t.Errorf("RGB in the page's last content stream: colour rule %s %q, want a failure naming the rg operator", got.Status, got.Message)
	}
}

// TestFontRuleFindsFontsNotEmbedded: a page that uses Helvetica without
// embedding it (as imported artwork may) fails the font rule.
func TestFontRuleFindsFontsNotEmbedded(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3)}}}
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, doc, pdf, prof, "fonts-embedded"); f.Status != Pass {
		t.Fatalf("clean file: %s %s", f.Status, f.Message)
	}
	tampered := qdfEdit(t, pdf, func(q []byte, n int) ([]byte, string) {
		// The page's resources name the font.
		q = bytes.Replace(q, []byte("/Resources <<"), []byte(fmt.Sprintf("/Resources <<\n    /Font << /H %d 0 R >>", n)), 1)
		return q, fmt.Sprintf("\n%%%% Font\n%d 0 obj\n<<\n  /Type /Font\n  /Subtype /Type1\n  /BaseFont /Helvetica\n>>\nendobj\n", n)
	})
	if f := finding(t, doc, tampered, prof, "fonts-embedded"); f.Status != Fail || !strings.Contains(f.Message, "Helvetica") {
		t.Errorf("Helvetica not embedded: font rule %s %q, want a failure naming it", f.Status, f.Message)
	}
}

// TestSpotColoursFailWhereProcessColoursAreExpected: a spot colour
// (Separation) slipped into a page fails the colour rule when the
// edition expects process colours (print) and passes when it does not.
func TestSpotColoursFailWhereProcessColoursAreExpected(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: typeset.MM(210), Height: typeset.MM(297), Bleed: typeset.MM(3)}}}
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	tampered := qdfEdit(t, pdf, func(q []byte, n int) ([]byte, string) {
		edited, added := withExtraContents(t, q, n, "/Gold cs 1 scn 0 0 5 5 re f")
		edited = bytes.Replace(edited, []byte("/Resources <<"), fmt.Appendf(nil, "/Resources <<\n    /ColorSpace << /Gold [/Separation /Gold /DeviceCMYK %d 0 R] >>", n+2), 1)
		return edited, added + fmt.Sprintf("\n%d 0 obj\n<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 0.2 1 0] /N 1 >>\nendobj\n", n+2)
	})
	for _, process := range []bool{true, false} {
		want := Expectations{Edition: "test", Profile: prof, ProcessColours: process}
		failed, passed := false, false
		for _, f := range Run(doc, tampered, want).Findings {
			if f.Rule == "colour-model" {
				failed = failed || f.Status == Fail && strings.Contains(f.Message, "spot colours")
				passed = passed || f.Status == Pass
			}
		}
		if failed != process || passed == process {
			t.Errorf("process colours expected %v: the colour rule failed on the spot colour %v, passed %v", process, failed, passed)
		}
	}
}
