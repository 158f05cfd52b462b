package output

import (
	"fmt"
	"strings"
	"testing"

	"brochure/layout"
)

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
	pdf, err := Render(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Preflight(doc, pdf, Print).Findings {
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

func TestPreflightOperatorScanner(t *testing.T) {
	stream := []byte(`q 0 0 0 1 k BT /F1 10 Tf (a rg b) Tj <7267> Tj ET 1 0 0 rg 0 0 10 10 re f Q`)
	ops := strings.Join(operators(stream), " ")
	if ops != "q k BT Tf Tj Tj ET rg re f Q" {
		t.Errorf("operators: %s", ops)
	}
}

// TestPreflightReadsEveryContentStream: a page's contents are several
// streams (fpdf's and the drawn segments); an RGB operator slipped into
// the last of them fails the print edition's colour rule.
func TestPreflightReadsEveryContentStream(t *testing.T) {
	doc := &layout.Document{Meta: layout.Meta{Title: "T", Language: "de-DE"}, Pages: []layout.Page{{
		Width: layout.MM(210), Height: layout.MM(297), Bleed: layout.MM(3),
		Items: []layout.Item{&layout.Rule{X: layout.MM(20), Y: layout.MM(20), W: layout.MM(50), H: layout.MM(1), Colour: layout.Black}},
	}}}
	pdf, err := Render(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	colourRule := func(pdf []byte) Finding {
		for _, f := range Preflight(doc, pdf, Print).Findings {
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
	f, err := openPDF(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := f.pages()
	refs := contentRefs(pages[0].body)
	if len(refs) < 2 {
		t.Fatalf("want the page's contents in several streams for this test, got %v", refs)
	}
	last := f.objects[refs[len(refs)-1]]
	data, err := decode(last)
	if err != nil {
		t.Fatal(err)
	}
	last.stream = append(data, "\n1 0 0 rg 0 0 5 5 re f\n"...)
	last.body = []byte(fmt.Sprintf("<< /Length %d >>", len(last.stream)))
	if got := colourRule(f.bytes()); got.Status != Fail {
		t.Errorf("RGB in the page's last content stream: colour rule %s %q, want a failure", got.Status, got.Message)
	}
}
