package content

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestLanguageSpans: <span lang="…"> marks a passage's language, nested
// and around emphasis; any other HTML and an unclosed span are refused with
// what to write instead.
func TestLanguageSpans(t *testing.T) {
	blocks, errs := parseMarkdown(`Sie sagte: <span lang="en">*We can* do it</span>, und <span lang="fr-CA">c'est <span lang="en">fine</span></span>.`, true)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []Inline{
		{Text: "Sie sagte: "},
		{Text: "We can", Style: Italic, Lang: "en"},
		{Text: " do it", Lang: "en"},
		{Text: ", und "},
		{Text: "c'est ", Lang: "fr-CA"},
		{Text: "fine", Lang: "en"},
		{Text: "."},
	}
	if got := blocks[0].Inlines; !reflect.DeepEqual(got, want) {
		t.Errorf("inlines:\n got %+v\nwant %+v", got, want)
	}
	for _, c := range []struct{ src, want string }{
		{`<b>fett</b>`, `only <span lang="en">…</span> marks a passage`},
		{`<span lang="x!">a</span>`, `HTML is not supported`},
		{"<span lang=\"en\">open\n\nnext", `<span lang="en"> is not closed`},
		{`<span lang="en_US">Hi</span>`, `(<span lang="en_US">); only <span lang="en">…</span> marks a passage in another language, its language a BCP 47 tag`},
	} {
		_, errs := parseMarkdown(c.src, true)
		if len(errs) == 0 || !strings.Contains(errs[0].Msg, c.want) {
			t.Errorf("%q: errors %v, want %q", c.src, errs, c.want)
		}
		if len(errs) > 1 {
			t.Errorf("%q: %d errors, want one: %v", c.src, len(errs), errs)
		}
	}
}

// TestASCIIURL: what links and QR codes carry is 7-bit ASCII — the IDNA
// form of the host (RFC 3492's own examples and a German one) and the
// path, query and fragment percent-encoded — and spaces of any kind in an
// address are refused.
func TestASCIIURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://bücher.example/straße?q=Ü#Ä", "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%9C#%C3%84"},
		{"https://münchen.de:8080/", "https://xn--mnchen-3ya.de:8080/"},
		{"https://example.org/a%20b", "https://example.org/a%20b"},
	} {
		if got := asciiURL(c.in); got != c.want {
			t.Errorf("%s: %s, want %s", c.in, got, c.want)
		}
	}
	if got := punycode("ü"); got != "tda" {
		t.Errorf("punycode(ü) = %q, want tda", got)
	}
	for _, bad := range []string{"https://example.org/a\u00a0b", "https://example.org/\u3000x", "https://example.org/\u200bx"} {
		if checkURL(bad) == "" {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestBlocksKnowTheirLines: each block of a body records where it starts
// in the content file — its line and column — so warnings can point at
// the paragraph; a one-line body string points at its key.
func TestBlocksKnowTheirLines(t *testing.T) {
	src := `[document]
kind = "Dokumentation"
title = "T"
event = "E"
date = 2026-11-30
language = "de-DE"
organisers = ["O"]

[[sections]]
kind = "talk"
title = "A"
body = """
Erster Absatz.

- Punkt eins
- Punkt zwei

> Ein Zitat.
"""

[[sections]]
kind = "talk"
title = "B"
body = "Nur eine Zeile."
`
	doc, err := Parse("content.toml", []byte(src), Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	body := doc.Sections[0].Body
	want := []Position{{13, 1}, {15, 1}, {18, 1}}
	if len(body) != len(want) {
		t.Fatalf("%d blocks, want %d", len(body), len(want))
	}
	for i, b := range body {
		if b.Pos != want[i] {
			t.Errorf("block %d starts at %v, want %v", i+1, b.Pos, want[i])
		}
	}
	if item := body[1].Children[1]; item.Pos.Line != 16 {
		t.Errorf("the second list item starts on line %d, want 16", item.Pos.Line)
	}
	if got := doc.Sections[1].Body[0].Pos; got.Line != 24 {
		t.Errorf("a one-line body's block points at line %d, want its key's 24", got.Line)
	}
}

// TestUnsupportedSyntaxLines: a table is reported at its header row (the
// line above the |---| row) and a footnote at its own line, with the mark
// it found, however far into the text they stand.
func TestUnsupportedSyntaxLines(t *testing.T) {
	src := "Eins.\n\nZwei.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nDrei.\n\nVier[^quelle].\n"
	_, errs := parseMarkdown(src, true)
	if len(errs) != 2 {
		t.Fatalf("got %d errors, want 2: %+v", len(errs), errs)
	}
	if errs[0].Line != 5 || !strings.Contains(errs[0].Msg, "tables are not supported") {
		t.Errorf("table reported as %+v, want line 5", errs[0])
	}
	if errs[1].Line != 11 || !strings.Contains(errs[1].Msg, "footnotes ([^quelle])") {
		t.Errorf("footnote reported as %+v, want line 11 naming [^quelle]", errs[1])
	}
}

// TestSubheadings: in a section's body, ## and ### lines are sub-headings
// (their emphasis kept) between the paragraphs they stand between; in a
// quote's or link's text, where only text belongs, they are refused.
func TestSubheadings(t *testing.T) {
	blocks, errs := parseMarkdown("Einleitung.\n\n### Was die *Forschung* zeigt\n\nText.\n\n## Fazit\n\nEnde.", true)
	if len(errs) > 0 {
		t.Fatalf("errors %v", errs)
	}
	var kinds []BlockKind
	for _, b := range blocks {
		kinds = append(kinds, b.Kind)
	}
	want := []BlockKind{Paragraph, Subheading, Paragraph, Subheading, Paragraph}
	if !slices.Equal(kinds, want) {
		t.Fatalf("blocks %v, want %v", kinds, want)
	}
	if got := inlineText(blocks[1].Inlines); got != "Was die Forschung zeigt" || blocks[1].Inlines[1].Style&Italic == 0 {
		t.Errorf("sub-heading %q (%+v), want „Was die Forschung zeigt“ with its italic", got, blocks[1].Inlines)
	}
	if _, errs := parseMarkdown("### Titel\n\nText.", false); len(errs) != 1 {
		t.Errorf("a sub-heading where none may stand: errors %v, want one", errs)
	}
}

// TestShortLinesAreKept: a paragraph written a short line each (an
// address) keeps its lines as breaks; one with a line longer than
// maxKeptLine (prose wrapped by hand) runs its lines together.
func TestShortLinesAreKept(t *testing.T) {
	breaks := func(src string) int {
		blocks, errs := parseMarkdown(src, true)
		if len(errs) > 0 || len(blocks) != 1 {
			t.Fatalf("%q: %d blocks, %v", src, len(blocks), errs)
		}
		n := 0
		for _, in := range blocks[0].Inlines {
			if in.Break {
				n++
			}
		}
		return n
	}
	if n := breaks("Anke Peters\nCaritas Vorpommern e. V.\nBahnhofstraße 16\n17489 Greifswald"); n != 3 {
		t.Errorf("an address of four lines: %d breaks, want 3", n)
	}
	if n := breaks("Die Arbeitsgruppe hat folgende Ergebnisse festgehalten und\nstellt sie vor."); n != 0 {
		t.Errorf("prose wrapped by hand: %d breaks, want none", n)
	}
	if n := breaks("Ein Satz."); n != 0 {
		t.Errorf("one line: %d breaks", n)
	}
}
