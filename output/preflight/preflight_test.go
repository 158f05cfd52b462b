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

// fundingPage builds a page with an emblem mark, optionally a statement
// beside it and a logo of the given height.
func fundingPage(emblemH, logoH layout.Scaled, statement, italic bool) layout.Page {
	items := []layout.Item{&layout.Mark{Kind: layout.MarkEmblem, X: layout.MM(100), Y: layout.MM(250), W: emblemH * 3 / 2, H: emblemH},
		&layout.Mark{Kind: layout.MarkFundingNote, X: layout.MM(20), Y: layout.MM(200), W: layout.MM(170)}}
	if statement {
		items = append(items, &layout.Mark{Kind: layout.MarkStatement, X: layout.MM(100) + emblemH*3/2 + layout.MM(3), Y: layout.MM(250),
			W: layout.MM(40), H: emblemH, Face: "LiberationSans-Regular", Italic: italic})
	}
	if logoH > 0 {
		items = append(items, &layout.Mark{Kind: layout.MarkLogo, X: layout.MM(20), Y: layout.MM(250), W: logoH * 3, H: logoH, Label: "Testministerium"})
	}
	return layout.Page{Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3), Items: items}
}

func findings(t *testing.T, doc *layout.Document, rule string) []Finding {
	t.Helper()
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Run(doc, pdf, prof).Findings {
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
		{"emblem smaller than a logo", []layout.Page{fundingPage(layout.MM(10), layout.MM(15), true, false)},
			"eu-emblem-size", Fail, "smaller than the logo of Testministerium"},
		{"emblem as tall as the logo", []layout.Page{fundingPage(layout.MM(12), layout.MM(12), true, false)},
			"eu-emblem-size", Pass, "at least as tall"},
		{"statement missing", []layout.Page{fundingPage(layout.MM(12), 0, false, false)},
			"eu-statement", Fail, "not written out next to the emblem"},
		{"statement in italic", []layout.Page{fundingPage(layout.MM(12), 0, true, true)},
			"eu-statement-font", Fail, "italic"},
		{"no emblem on the cover", []layout.Page{{Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3)}, fundingPage(layout.MM(12), 0, true, false)},
			"eu-emblem-cover", Fail, "missing from the cover"},
		{"no emblem at all", []layout.Page{{Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3)}},
			"eu-emblem", Fail, "no EU emblem anywhere"},
	}
	for _, c := range cases {
		doc := &layout.Document{Pages: c.pages, Meta: layout.Meta{Title: "T", Language: "de-DE"}, SafetyMargin: layout.MM(5)}
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

// TestColourRuleReadsEveryContentStream: qpdf (an independent writer)
// splits a page's contents into an array of streams and rewrites the file
// with object streams and a cross-reference stream; an RGB operator
// slipped into the last stream fails the print edition's colour rule, and
// the clean file still passes.
func TestColourRuleReadsEveryContentStream(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3),
		Items: []layout.Item{&layout.Rule{X: layout.MM(20), Y: layout.MM(20), W: layout.MM(50), H: layout.MM(1), Colour: layout.Black}},
	}}}
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	colourRule := func(pdf []byte) Finding {
		for _, f := range Run(doc, pdf, prof).Findings {
			if f.Rule == "colour-model" {
				return f
			}
		}
		t.Fatal("no colour-model finding")
		return Finding{}
	}
	if f := colourRule(pdf); f.Status != Pass {
		t.Fatalf("clean print edition: %s %s", f.Status, f.Message)
	}
	dir := t.TempDir()
	in, qdfPath, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf"), filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if o, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, qdfPath).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, o)
	}
	q, _ := os.ReadFile(qdfPath)
	// Split the page's contents: a new stream object with RGB in it,
	// numbered after the last one (as fix-qdf wants), added to the page.
	size := regexp.MustCompile(`/Size (\d+)`).FindSubmatch(q)
	contents := regexp.MustCompile(`/Contents (\d+) 0 R`).FindSubmatchIndex(q)
	at := bytes.Index(q, []byte("\nxref\n"))
	if size == nil || contents == nil || at < 0 {
		t.Fatal("qpdf's QDF output lacks /Size, the page's /Contents or the xref table")
	}
	n, _ := strconv.Atoi(string(size[1]))
	extra := fmt.Sprintf("\n%%%% Extra contents\n%d 0 obj\n<<\n  /Length %d 0 R\n>>\nstream\n1 0 0 rg 0 0 5 5 re f\nendstream\nendobj\n\n%d 0 obj\n21\nendobj\n", n, n+1, n+1)
	edited := append([]byte(nil), q[:contents[0]]...)
	edited = fmt.Appendf(edited, "/Contents [%s 0 R %d 0 R]", q[contents[2]:contents[3]], n)
	edited = append(edited, q[contents[1]:at]...)
	edited = append(edited, extra...)
	q = append(edited, q[at:]...)
	if err := os.WriteFile(qdfPath, q, 0o644); err != nil {
		t.Fatal(err)
	}
	fixed, err := exec.Command("fix-qdf", qdfPath).Output()
	if err != nil {
		t.Fatalf("fix-qdf: %v", err)
	}
	if err := os.WriteFile(qdfPath, fixed, 0o644); err != nil {
		t.Fatal(err)
	}
	if o, err := exec.Command("qpdf", "--object-streams=generate", qdfPath, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, o)
	}
	tampered, _ := os.ReadFile(out)
	if !bytes.Contains(tampered, []byte("/ObjStm")) {
		t.Fatal("qpdf wrote no object streams; the test wants the reader to go through them")
	}
	if got := colourRule(tampered); got.Status != Fail || !strings.Contains(got.Message, "rg operator") {
		t.Errorf("RGB in the page's last content stream: colour rule %s %q, want a failure naming the rg operator", got.Status, got.Message)
	}
}

// TestFontRuleFindsFontsNotEmbedded: a page that uses Helvetica without
// embedding it (as imported artwork may) fails the font rule.
func TestFontRuleFindsFontsNotEmbedded(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3)}}}
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	rule := func(pdf []byte) Finding {
		for _, f := range Run(doc, pdf, prof).Findings {
			if f.Rule == "fonts-embedded" {
				return f
			}
		}
		t.Fatal("no fonts-embedded finding")
		return Finding{}
	}
	if f := rule(pdf); f.Status != Pass {
		t.Fatalf("clean file: %s %s", f.Status, f.Message)
	}
	dir := t.TempDir()
	in, qdf := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf")
	os.WriteFile(in, pdf, 0o644)
	if o, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, qdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, o)
	}
	q, _ := os.ReadFile(qdf)
	size := regexp.MustCompile(`/Size (\d+)`).FindSubmatch(q)
	n, _ := strconv.Atoi(string(size[1]))
	at := bytes.Index(q, []byte("\nxref\n"))
	font := fmt.Sprintf("\n%%%% Font\n%d 0 obj\n<<\n  /Type /Font\n  /Subtype /Type1\n  /BaseFont /Helvetica\n>>\nendobj\n", n)
	q = append(append(append([]byte(nil), q[:at]...), font...), q[at:]...)
	// Name it in the page's resources.
	q = bytes.Replace(q, []byte("/Resources <<"), []byte(fmt.Sprintf("/Resources <<\n    /Font << /H %d 0 R >>", n)), 1)
	os.WriteFile(qdf, q, 0o644)
	fixed, err := exec.Command("fix-qdf", qdf).Output()
	if err != nil {
		t.Fatalf("fix-qdf: %v", err)
	}
	if f := rule(fixed); f.Status != Fail || !strings.Contains(f.Message, "Helvetica") {
		t.Errorf("Helvetica not embedded: font rule %s %q, want a failure naming it", f.Status, f.Message)
	}
}
