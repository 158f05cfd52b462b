package output

import (
	"strings"
	"testing"

	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// TestPageStreamsDependOnTheirOwnText: a page's content stream is the
// same whatever the pages before it draw, so that after an edit watch and
// serve compress again only the pages whose text changed. The edit here
// draws on the first page letters the second page draws too (with first-
// drawn numbering they would renumber the second page), and a character
// beyond the BMP; both pages still extract as written (pdftotext).
func TestPageStreamsDependOnTheirOwnText(t *testing.T) {
	face := fonts.Serif().Face(fonts.Regular)
	run := func(text string) typeset.Item {
		return &typeset.GlyphRun{X: typeset.Pt(72), Y: typeset.Pt(100), Face: face, Size: typeset.Pt(11), Text: text, Colour: typeset.Black}
	}
	second := "Quer über die Brücke, je 12 €"
	build := func(first string) (pdf []byte, streams []string) {
		doc := onePage(run(first))
		doc.Pages = append(doc.Pages, layout.Page{Width: typeset.MM(210), Height: typeset.MM(297), Items: []typeset.Item{run(second)}})
		pdf, err := Render(doc, printOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		if streams = pageStreams(t, pdf); len(streams) != 2 {
			t.Fatalf("%d page streams found, want 2", len(streams))
		}
		return pdf, streams
	}
	_, before := build("Zahlen sprechen")
	for _, first := range []string{"Zahlen sprechen Bände, quer", "Jede Zahl 𝐀 zählt"} {
		pdf, after := build(first)
		if after[1] != before[1] {
			t.Errorf("first page %q: the second page's stream changed:\n%s\nwas:\n%s", first, after[1], before[1])
		}
		text := extractedText(t, pdf)
		if !strings.Contains(text, first) || !strings.Contains(text, second) {
			t.Errorf("first page %q: the text extracts as %q", first, text)
		}
	}
}
