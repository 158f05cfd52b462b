package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// outline writes the tree goldmark made of src: each node's kind, its
// lines and, for text, its segment.
func outline(p parser.Parser, src []byte) string {
	var b strings.Builder
	doc := p.Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		fmt.Fprintf(&b, "%s", n.Kind())
		if n.Type() == ast.TypeBlock {
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				fmt.Fprintf(&b, " %q", seg.Value(src))
			}
		}
		if t, ok := n.(*ast.Text); ok {
			seg := t.Segment
			fmt.Fprintf(&b, " %q", seg.Value(src))
		}
		if l, ok := n.(*ast.Link); ok {
			fmt.Fprintf(&b, " %q", l.Destination)
		}
		b.WriteString("\n")
		return ast.WalkContinue, nil
	})
	return b.String()
}

// TestMarkdownParserIsGoldmarksDefault: the parser built from goldmark's
// parser package reads Markdown as goldmark.New() does — blocks, inlines
// and link reference definitions (a paragraph transformer) alike.
func TestMarkdownParserIsGoldmarksDefault(t *testing.T) {
	sources := []string{
		"Ein **fetter** und ein *kursiver* Satz mit [Link](https://example.org).\n\nZweiter Absatz.",
		"- eins\n- zwei\n\n1. drei\n2. vier\n\n> Zitat\n> weiter",
		"Siehe [den Bericht][bericht].\n\n[bericht]: https://example.org/bericht \"Titel\"\n",
		"# Überschrift\n\n    Code\n\n---\n\n| a | b |\n|---|---|\n\nZeile  \numbruch",
	}
	reference := goldmark.New().Parser()
	for _, src := range sources {
		if got, want := outline(markdownParser, []byte(src)), outline(reference, []byte(src)); got != want {
			t.Errorf("%q parses as\n%s\ngoldmark.New() parses it as\n%s", src, got, want)
		}
	}
}
