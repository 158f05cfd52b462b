package preflight

import (
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
)

// exampleDocument lays out the built-in example, bound for print or not.
func exampleDocument(t *testing.T, bound bool) *layout.Document {
	t.Helper()
	doc, err := content.Parse("example", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Compose(doc, th, layout.Options{Bound: bound})
}

// ruleFinding runs preflight with want and returns the rule's finding.
func ruleFinding(t *testing.T, doc *layout.Document, pdf []byte, want Expectations, rule string) Finding {
	t.Helper()
	for _, f := range Run(doc, pdf, want).Findings {
		if f.Rule == rule {
			return f
		}
	}
	t.Fatalf("no %s finding", rule)
	return Finding{}
}

// TestFigureBoxesContainTheirInk (issue 22, item 16; veraPDF's WCAG rule
// 1.4.10-1): the example's screen edition passes, with its QR codes and
// emblems read as Figures; a Figure whose /BBox qpdf shrank fails with the
// ink it draws outside, and one whose attributes were removed fails for
// having no /BBox.
func TestFigureBoxesContainTheirInk(t *testing.T) {
	doc := exampleDocument(t, false)
	want := Expectations{Edition: "screen", Profile: output.ScreenProfile()}
	pdf, err := output.Render(doc, output.Options{Profile: want.Profile})
	if err != nil {
		t.Fatal(err)
	}
	f := ruleFinding(t, doc, pdf, want, "figure-bbox")
	if f.Status != Pass || !regexp.MustCompile(`^[1-9]\d* elements$`).MatchString(f.Value) {
		t.Fatalf("the example: %s %q %q; want a pass over its figures", f.Status, f.Value, f.Message)
	}
	box := regexp.MustCompile(`/BBox \[\s+[-0-9.\s]+\]`)
	shrunk := qdfEdit(t, pdf, func(q []byte, _ int) ([]byte, string) {
		at := box.FindIndex(q)
		if at == nil {
			t.Fatal("no /BBox in the QDF form")
		}
		return append(append(append([]byte(nil), q[:at[0]]...), "/BBox [ 0 0 1 1 ]"...), q[at[1]:]...), ""
	})
	if f := ruleFinding(t, doc, shrunk, want, "figure-bbox"); f.Status != Fail || !strings.Contains(f.Message, "outside its /BBox [0.0 0.0 1.0 1.0]") {
		t.Errorf("a shrunk box: %s %q; want a failure naming the ink outside it", f.Status, f.Message)
	}
	attribute := regexp.MustCompile(`/A <<\s+/BBox \[\s+[-0-9.\s]+\]\s+/O /Layout\s+>>`)
	removed := qdfEdit(t, pdf, func(q []byte, _ int) ([]byte, string) {
		if attribute.Find(q) == nil {
			t.Fatalf("no layout attribute in the QDF form:\n%s", box.Find(q))
		}
		return attribute.ReplaceAll(q, nil), ""
	})
	if f := ruleFinding(t, doc, removed, want, "figure-bbox"); f.Status != Fail || !strings.Contains(f.Message, "has no /BBox layout attribute") {
		t.Errorf("no attributes: %s %q; want a failure for the missing /BBox", f.Status, f.Message)
	}
}
