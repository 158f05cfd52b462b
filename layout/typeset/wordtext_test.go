package typeset

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"brochure/fonts"
)

// boxTexts are the texts of p's boxes, words separated by "|" at glue.
func boxTexts(p *Paragraph) string {
	var b strings.Builder
	for _, n := range p.Nodes {
		switch n.Kind {
		case BoxNode:
			b.WriteString(n.Text)
		case GlueNode:
			b.WriteString("|")
		case PenaltyNode:
			if n.WordBreak {
				b.WriteString("/")
			}
		}
	}
	return strings.TrimRight(b.String(), "|")
}

// TestWordTextFromSpans: a word's text is the characters as set, however
// the word came about — whole in one span (then a slice of the span's
// text, not a copy), run on across spans, with a soft hyphen or joiner
// dropped, a missing glyph replaced, or an invalid byte in it.
func TestWordTextFromSpans(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	cases := []struct {
		spans []string
		want  string
	}{
		{[]string{"Ab cd ef"}, "Ab|cd|ef"},
		{[]string{"Ab", "cd ef"}, "Abcd|ef"},
		{[]string{"Wort\u00ADteil und"}, "Wort/teil|und"},
		{[]string{"x\u200Dy z"}, "xy|z"},
		{[]string{"a\u4E00b c"}, "a?b|c"},
		{[]string{"a\xffb c"}, "a?b|c"},
		{[]string{"Größe über"}, "Größe|über"},
	}
	for _, c := range cases {
		var spans []Span
		for _, s := range c.spans {
			spans = append(spans, Span{Text: s})
		}
		if got := boxTexts(NewParagraph(spans, st, nil)); got != c.want {
			t.Errorf("%q: got %q, want %q", c.spans, got, c.want)
		}
	}
	text := "Größe über alles"
	p := NewParagraph(plain(text), st, nil)
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for _, n := range p.Nodes {
		if n.Kind != BoxNode {
			continue
		}
		if at := uintptr(unsafe.Pointer(unsafe.StringData(n.Text))); at < start || at+uintptr(len(n.Text)) > start+uintptr(len(text)) {
			t.Errorf("the word %q is a copy, not a slice of its span", n.Text)
		}
		if !utf8.ValidString(n.Text) {
			t.Errorf("invalid text %q", n.Text)
		}
	}
}
