package content

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser is goldmark's CommonMark parser (what goldmark.New()
// parses with) and no extensions, so tables, strikethrough and the like
// are not recognised and stay plain text. It is made from the parser
// package alone: goldmark's root package would bring its HTML renderer,
// whose set-up every start of the program paid for and nothing used.
var markdownParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(parser.DefaultInlineParsers()...),
	parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
)

// markdownError is a construct outside the supported subset, with the line
// (counted from 1 within the Markdown text) where it starts.
type markdownError struct {
	Line int
	Col  int // the column in the line, zero when unknown
	Msg  string
}

// parseMarkdown parses body text in the supported subset: paragraphs,
// **bold**, *italic*, links, bullet and numbered lists, block quotes and hard
// line breaks, and, where headings is set (a section's body), sub-headings
// (## or ###) each followed by text. Everything else is reported as an
// error at its line.
func parseMarkdown(src string, headings bool) ([]Block, []markdownError) {
	if errs := tooMuchMarkup(src); len(errs) > 0 {
		return nil, errs
	}
	source := []byte(protectGenderStars(attributionLines(src)))
	doc := markdownParser.Parse(text.NewReader(source))
	c := mdConverter{source: source, headings: headings}
	blocks := c.blocks(doc)
	if n := len(blocks); n > 0 && blocks[n-1].Kind == Subheading {
		c.errs = append(c.errs, markdownError{Line: blocks[n-1].Pos.Line, Msg: "a sub-heading ends the text; it needs the text it heads after it"})
	}
	return blocks, c.errs
}

// maxDelimiters bounds the emphasis and bracket characters of one
// paragraph. Matching them costs time quadratic in their number (60,000
// "*a **b " took 5 s and 600 MB); real prose has a few dozen.
const maxDelimiters = 1000

// tooMuchMarkup reports paragraphs with more delimiters than the bound,
// at their first line, before the Markdown parser sees them.
func tooMuchMarkup(src string) []markdownError {
	var errs []markdownError
	line, start, count := 1, 1, 0
	blank := true
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			if blank { // a blank line ends the paragraph
				count = 0
			}
			line++
			blank = true
			continue
		case '*', '_', '[', ']':
			count++
			if count == maxDelimiters+1 {
				errs = append(errs, markdownError{Line: start, Msg: fmt.Sprintf(
					"this paragraph has more than %d emphasis or link markers (* _ [ ]); split it or remove markup", maxDelimiters)})
			}
		case ' ', '\t', '\r':
			continue
		}
		if blank {
			if count == 0 {
				start = line
			}
			blank = false
		}
	}
	return errs
}

// protectGenderStars escapes a single * between two letters (Mentor*innen,
// Geflüchtete*r) so Markdown does not take it, and the next one in the
// paragraph, for emphasis markers.
func protectGenderStars(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '*' && (i == 0 || s[i-1] != '*' && s[i-1] != '\\') && (i+1 >= len(s) || s[i+1] != '*') {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(before) && unicode.IsLetter(after) {
				b.WriteString(`\*`)
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

type mdConverter struct {
	source []byte
	errs   []markdownError
	// langs are the languages of the <span lang="…"> passages open in
	// the paragraph being read, innermost last.
	langs []string
	// refused counts, by tag name, the tags opened and refused (each
	// reported once): their closing tags are not reported again.
	refused map[string]int
	// headings says sub-headings are allowed (in a section's body);
	// nested counts the lists and quotes being read, where they are not.
	headings bool
	nested   int
	// keepLines says the paragraph being read keeps its line breaks
	// (linesKept).
	keepLines bool
}

// lang is the language of the text being read ("" for the document's).
func (c *mdConverter) lang() string {
	if len(c.langs) == 0 {
		return ""
	}
	return c.langs[len(c.langs)-1]
}

// spanTag matches the one kind of HTML the body text takes: a span that
// marks a passage's language, <span lang="en">…</span> (BCP 47 tags).
var spanTag = lazyRegexp(`^<span\s+lang\s*=\s*"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)"\s*>$`)

// openingTag and closingTag match any HTML tag that opens or closes an
// element, by its name: a refused element is reported at its opening
// tag only.
var (
	openingTag = lazyRegexp(`^<([A-Za-z][A-Za-z0-9]*)(?:\s[^>]*[^/>])?\s*>$`)
	closingTag = lazyRegexp(`^</([A-Za-z][A-Za-z0-9]*)\s*>$`)
)

// rawHTML reads an inline HTML tag: opening or closing a language span.
func (c *mdConverter) rawHTML(n *ast.RawHTML) {
	var raw []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		raw = append(raw, seg.Value(c.source)...)
	}
	tagText := strings.TrimSpace(string(raw))
	switch {
	case spanTag().MatchString(tagText):
		c.langs = append(c.langs, spanTag().FindStringSubmatch(tagText)[1])
	case tagText == "</span>" && len(c.langs) > 0:
		c.langs = c.langs[:len(c.langs)-1]
	case closingTag().MatchString(tagText) && c.refused[closingTag().FindStringSubmatch(tagText)[1]] > 0:
		c.refused[closingTag().FindStringSubmatch(tagText)[1]]-- // its opening tag was reported
	case openingTag().MatchString(tagText):
		if c.refused == nil {
			c.refused = map[string]int{}
		}
		c.refused[openingTag().FindStringSubmatch(tagText)[1]]++
		c.fail(n, `HTML is not supported in body text (%s); only <span lang="en">…</span> marks a passage in another language, its language a BCP 47 tag such as en or en-GB`, tagText)
	default:
		c.fail(n, `HTML is not supported in body text (%s); only <span lang="en">…</span> marks a passage in another language`, tagText)
	}
}

func (c *mdConverter) fail(n ast.Node, format string, args ...any) {
	at := c.pos(n)
	if tag, ok := n.(*ast.RawHTML); ok && tag.Segments.Len() > 0 {
		at = c.offsetPos(tag.Segments.At(0).Start)
	}
	c.errs = append(c.errs, markdownError{Line: at.Line, Col: at.Col, Msg: fmt.Sprintf(format, args...)})
}

// offsetPos is the line and column (in characters) of a byte offset in the
// source: where an inline construct such as an HTML tag stands.
func (c *mdConverter) offsetPos(offset int) Position {
	if offset < 0 || offset > len(c.source) {
		return Position{}
	}
	lineStart := bytes.LastIndexByte(c.source[:offset], '\n') + 1
	return Position{Line: bytes.Count(c.source[:offset], []byte("\n")) + 1, Col: utf8.RuneCount(c.source[lineStart:offset]) + 1}
}

// line finds the source line of a node from its first text segment.
func (c *mdConverter) line(n ast.Node) int { return c.pos(n).Line }

// pos finds the line of a node's first text segment in the source, and
// the column (in characters) where that line's text begins — a list's or
// quote's marker, a paragraph's first letter; zero when it has none.
func (c *mdConverter) pos(n ast.Node) Position {
	offset := -1
	for m := n; m != nil && offset < 0; m = m.FirstChild() {
		if m.Type() == ast.TypeBlock && m.Lines().Len() > 0 {
			offset = m.Lines().At(0).Start
		} else if t, ok := m.(*ast.Text); ok {
			offset = t.Segment.Start
		}
	}
	if offset < 0 || offset > len(c.source) {
		return Position{}
	}
	lineStart := bytes.LastIndexByte(c.source[:offset], '\n') + 1
	indent := len(c.source[lineStart:offset]) - len(bytes.TrimLeft(c.source[lineStart:offset], " \t"))
	return Position{Line: bytes.Count(c.source[:offset], []byte("\n")) + 1, Col: utf8.RuneCount(c.source[lineStart:lineStart+indent]) + 1}
}

// attributionLine is a quote line „> – Name“ (en or em dash, or --).
var attributionLine = lazyRegexp(`^(\s*>\s*)(–|—|--)(\s+\S)`)

// attributionLines turns an attribution line that directly follows a
// line of quoted text into a one-item list (same line count, so positions
// stay right), which ends the paragraph; withAttribution then takes it.
func attributionLines(src string) string {
	if !strings.Contains(src, ">") {
		return src
	}
	lines := strings.Split(src, "\n")
	for i := 1; i < len(lines); i++ {
		prev := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[i-1]), ">"))
		if strings.HasPrefix(strings.TrimSpace(lines[i-1]), ">") && prev != "" && strings.ContainsAny(lines[i], "–—-") {
			lines[i] = attributionLine().ReplaceAllString(lines[i], "${1}-${3}")
		}
	}
	return strings.Join(lines, "\n")
}

// withAttribution takes a quote's attribution out of its text: a last
// line „– Name“ or „— Name“ (or „- Name“, which Markdown reads as a
// list of one item), at most 100 characters, becomes the quote's By.
func withAttribution(q Block) Block {
	if len(q.Children) < 2 {
		return q
	}
	last := q.Children[len(q.Children)-1]
	var text string
	switch {
	case last.Kind == Paragraph:
		text = inlineText(last.Inlines)
		var ok bool
		if text, ok = cutDash(text); !ok {
			return q
		}
	case last.Kind == BulletList && len(last.Children) == 1 && len(last.Children[0].Children) == 1 &&
		last.Children[0].Children[0].Kind == Paragraph:
		text = inlineText(last.Children[0].Children[0].Inlines)
	default:
		return q
	}
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > 100 {
		return q
	}
	q.Children, q.By = q.Children[:len(q.Children)-1], text
	return q
}

// cutDash removes a leading en or em dash and the space after it.
func cutDash(s string) (string, bool) {
	for _, dash := range []string{"–", "—", "--"} {
		if rest, ok := strings.CutPrefix(s, dash); ok && strings.HasPrefix(rest, " ") {
			return rest, true
		}
	}
	return s, false
}

// inlineText is the plain text of inline runs.
func inlineText(inl []Inline) string {
	var b strings.Builder
	for _, in := range inl {
		if in.Break {
			b.WriteByte(' ')
		}
		b.WriteString(in.Text)
	}
	return b.String()
}

// Markdown that CommonMark reads as plain text but an author meant as
// something else: a table (a row of cells over a |---|---| line) and
// footnotes ([^1] and [^1]: …), which would print as literal source. A
// line without "---" or "[^" is neither, and is not matched further.
var (
	tableDelimiterRow = lazyRegexp(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$`)
	footnoteMark      = lazyRegexp(`\[\^[^\]\s]+\]`)
)

// unsupportedSyntax reports a table or footnote in a paragraph at its own
// line, with what to write instead, and says whether it found one.
func (c *mdConverter) unsupportedSyntax(n ast.Node) bool {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := seg.Value(c.source)
		// The line's number is counted only for a message: counting it for
		// every line took time quadratic in the text's length.
		at := func() int { return bytes.Count(c.source[:seg.Start], []byte("\n")) + 1 }
		switch {
		case bytes.Contains(line, []byte("---")) && tableDelimiterRow().Match(line):
			c.errs = append(c.errs, markdownError{Line: at() - 1, Msg: "Markdown tables are not supported; write the rows as a list"})
			return true
		case bytes.Contains(line, []byte("[^")) && footnoteMark().Match(line):
			c.errs = append(c.errs, markdownError{Line: at(), Msg: fmt.Sprintf("footnotes (%s) are not supported; put the note in parentheses or in a sentence of its own", footnoteMark().Find(line))})
			return true
		}
	}
	return false
}

// blocks converts the block children of n.
func (c *mdConverter) blocks(n ast.Node) []Block {
	var out []Block
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		switch x := child.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if c.unsupportedSyntax(child) {
				continue
			}
			c.langs = c.langs[:0]
			c.keepLines = c.linesKept(child)
			inl := linkBareAddresses(c.inlines(child, 0, ""))
			if len(inl) > 0 {
				out = append(out, Block{Kind: Paragraph, Inlines: inl, Pos: c.pos(child), Lines: c.keepLines})
			}
			c.keepLines = false
			if len(c.langs) > 0 {
				c.fail(child, `<span lang="%s"> is not closed with </span> in this paragraph`, c.lang())
				c.langs = c.langs[:0]
			}
		case *ast.List:
			kind := BulletList
			if x.IsOrdered() {
				kind = OrderedList
			}
			list := Block{Kind: kind, Pos: c.pos(child)}
			for item := x.FirstChild(); item != nil; item = item.NextSibling() {
				c.nested++
				list.Children = append(list.Children, Block{Kind: ListItem, Children: c.blocks(item), Pos: c.pos(item)})
				c.nested--
			}
			out = append(out, list)
		case *ast.Blockquote:
			c.nested++
			out = append(out, withAttribution(Block{Kind: Quote, Children: c.blocks(child), Pos: c.pos(child)}))
			c.nested--
		case *ast.Heading:
			if b, ok := c.subheading(x); ok {
				out = append(out, b)
			}
		case *ast.CodeBlock:
			c.fail(child, "text indented by 4 or more spaces is a code block in Markdown; remove the indentation")
		case *ast.FencedCodeBlock:
			c.fail(child, "code blocks are not supported in body text")
		case *ast.HTMLBlock:
			c.fail(child, "HTML is not supported in body text")
		case *ast.ThematicBreak:
			c.fail(child, "horizontal rules (---, ***) are not supported in body text")
		default:
			c.fail(child, "unsupported Markdown block %s", child.Kind())
		}
	}
	return out
}

// subheading converts a Markdown heading into a sub-heading of the body,
// where one may stand: in a section's body, outside lists and quotes.
func (c *mdConverter) subheading(h *ast.Heading) (Block, bool) {
	switch {
	case !c.headings:
		c.fail(h, "a heading cannot stand here; sub-headings (### …) belong in a section's body")
		return Block{}, false
	case c.nested > 0:
		c.fail(h, "a sub-heading cannot stand inside a list or a quote; leave a blank line before the ### line")
		return Block{}, false
	case h.Level == 1:
		c.fail(h, "a heading with one # (or underlined with ===) is a section's title, which the section's title key gives; write ### for a sub-heading")
		return Block{}, false
	case h.Level > 3:
		c.fail(h, "the brochure has one level of sub-heading (## or ###); %s would be a level below it, which it cannot show apart: write ### or a paragraph in bold", strings.Repeat("#", h.Level))
		return Block{}, false
	}
	inl := linkBareAddresses(c.inlines(h, 0, ""))
	if len(inl) == 0 {
		c.fail(h, "a sub-heading without words; write its words after the ###")
		return Block{}, false
	}
	return Block{Kind: Subheading, Inlines: inl, Pos: c.pos(h)}, true
}

// inlines converts the inline children of n with the inherited style and link.
func (c *mdConverter) inlines(n ast.Node, style Emphasis, link string) []Inline {
	var out []Inline
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		switch x := child.(type) {
		case *ast.Text:
			out = appendText(out, string(unescape(x.Segment.Value(c.source))), style, link, c.lang())
			switch {
			case x.HardLineBreak():
				out = append(out, Inline{Break: true})
			case x.SoftLineBreak() && c.keepLines:
				out = append(out, Inline{Break: true})
			case x.SoftLineBreak():
				out = appendText(out, " ", style, link, c.lang())
			}
		case *ast.String:
			out = appendText(out, string(x.Value), style, link, c.lang())
		case *ast.Emphasis:
			s := Italic
			if x.Level >= 2 {
				s = Bold
			}
			out = append(out, c.inlines(child, style|s, link)...)
		case *ast.Link:
			dest := string(x.Destination)
			if err := checkURL(dest); err != "" {
				c.fail(child, "link %s", err)
			}
			out = append(out, c.inlines(child, style, asciiURL(dest))...)
		case *ast.AutoLink:
			u := string(x.URL(c.source))
			if x.AutoLinkType == ast.AutoLinkEmail {
				u = "mailto:" + u
			} else if err := checkURL(u); err != "" {
				c.fail(child, "link %s", err)
			}
			out = appendText(out, string(x.Label(c.source)), style, asciiURL(u), c.lang())
		case *ast.CodeSpan:
			out = append(out, c.inlines(child, style, link)...)
		case *ast.Image:
			c.fail(child, "images are not supported in body text; use a photo field")
		case *ast.RawHTML:
			c.rawHTML(x)
		default:
			c.fail(n, "unsupported Markdown element %s", child.Kind())
		}
	}
	return out
}

// appendText adds text to the inline list, merging it with the previous
// span when style, link and language agree.
func appendText(out []Inline, s string, style Emphasis, link, lang string) []Inline {
	if s == "" {
		return out
	}
	if n := len(out); n > 0 && !out[n-1].Break && out[n-1].Style == style && out[n-1].URL == link && out[n-1].Lang == lang {
		out[n-1].Text += s
		return out
	}
	return append(out, Inline{Text: s, Style: style, URL: link, Lang: lang})
}

// unescape resolves backslash escapes and character references in a text
// segment the way a CommonMark renderer would.
func unescape(b []byte) []byte {
	return util.ResolveNumericReferences(util.ResolveEntityNames(util.UnescapePunctuations(b)))
}

// checkURL returns "" for an absolute http(s) or mailto address, and
// otherwise what is wrong with it.
func checkURL(raw string) string {
	if strings.TrimSpace(raw) != raw || raw == "" {
		return fmt.Sprintf("%q is not a web address: it is empty or has spaces around it", raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Sprintf("%q is not a web address: %v", raw, unwrapURLError(err))
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" || strings.HasPrefix(u.Host, ".") || strings.HasSuffix(u.Host, ".") || !strings.Contains(u.Host, ".") && u.Hostname() != "localhost" {
			return fmt.Sprintf("%q is not a web address: expected a host name such as example.org", raw)
		}
		for _, r := range raw {
			switch {
			case r == ' ':
				return fmt.Sprintf("%q is not a web address: it contains a space (write %%20 for it)", raw)
			case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
				return fmt.Sprintf("%q is not a web address: it contains the invisible character %U", raw, r)
			}
		}
		return ""
	case "mailto":
		if !strings.Contains(u.Opaque, "@") {
			return fmt.Sprintf("%q is not an e-mail address", raw)
		}
		return ""
	case "":
		return noScheme(raw)
	}
	return fmt.Sprintf("%q is not a web address: scheme %q is not allowed (expected https:// or http://)", raw, u.Scheme)
}

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}
