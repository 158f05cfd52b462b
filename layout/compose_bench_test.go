package layout

import (
	"testing"

	"brochure/layout/german"
	"brochure/layout/typeset"
)

// BenchmarkSetSeedParagraphs sets every body paragraph of the example.
func BenchmarkSetSeedParagraphs(b *testing.B) {
	doc := exampleDocument(b)
	th := DefaultTheme()
	c := &composer{doc: doc, th: th, typo: typographyOf(doc.Typography), hyph: german.NewHyphenator(german.GermanPatterns(), nil)}
	var paragraphs [][]typeset.Span
	for _, s := range doc.Sections {
		for _, bl := range s.Body {
			if bl.Kind == 0 {
				paragraphs = append(paragraphs, c.normalised(spansOf(bl.Inlines)))
			}
		}
	}
	if len(paragraphs) < 15 {
		b.Fatalf("only %d paragraphs", len(paragraphs))
	}
	b.ResetTimer()
	for b.Loop() {
		hyph := german.NewHyphenator(german.GermanPatterns(), nil) // no warm cache between runs
		for _, spans := range paragraphs {
			p := typeset.NewParagraph(spans, th.Body, hyph)
			typeset.SetParagraph(p, th.MarginLeft, th.TextWidth(), typeset.Justified, th.Break)
		}
	}
}
