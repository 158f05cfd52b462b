package content

import "testing"

// TestLongestParagraph: the longest paragraph is found in a list item
// nested in a quote as well as in the funding statement, and counts the
// text of all its inlines.
func TestLongestParagraph(t *testing.T) {
	para := func(texts ...string) Block {
		b := Block{Kind: Paragraph}
		for _, s := range texts {
			b.Inlines = append(b.Inlines, Inline{Text: s})
		}
		return b
	}
	nested := Block{Kind: Quote, Children: []Block{{Kind: BulletList, Children: []Block{{Kind: ListItem, Children: []Block{para("abcde", "fghij")}}}}}}
	doc := &Document{Sections: []Section{{Body: []Block{para("abc"), nested}}}}
	if got := doc.LongestParagraph(); got != 10 {
		t.Errorf("nested list item: %d, want 10", got)
	}
	doc.Sections[0].Links = []Link{{Text: []Inline{{Text: "twelve chars"}}}}
	if got := doc.LongestParagraph(); got != 12 {
		t.Errorf("link lead-in: %d, want 12", got)
	}
	doc.Funding = &Funding{Statement: []Block{para("fifteen chars..")}}
	if got := doc.LongestParagraph(); got != 15 {
		t.Errorf("funding statement: %d, want 15", got)
	}
}
