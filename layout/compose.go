package layout

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"brochure/content"
)

// composer holds the state of one layout run.
type composer struct {
	doc      *content.Document
	th       Theme
	typo     Typography
	hyph     *Hyphenator
	warnings []Warning
}

// Compose lays out a whole brochure: the cover, every section in order,
// and the funding notice, on pages with running footers.
func Compose(doc *content.Document, th Theme) *Document {
	c := &composer{doc: doc, th: th, typo: typographyOf(doc.Typography)}
	exceptions := make([]string, len(doc.Hyphenation))
	for i, e := range doc.Hyphenation {
		exceptions[i] = norm.NFC.String(e)
	}
	c.hyph = NewHyphenator(GermanPatterns(), exceptions)
	out := &Document{Meta: c.meta()}

	out.Pages = append(out.Pages, c.cover())
	out.Outline = append(out.Outline, OutlineEntry{Title: doc.Meta.Title, Level: 0, Page: 0})

	var body []VNode
	for i, s := range doc.Sections {
		body = append(body, c.section(i, s)...)
	}
	if doc.Funding != nil {
		body = append(body, c.fundingNotice(doc.Funding)...)
	}
	for _, pb := range Paginate(body, th.TextHeight()) {
		page := Page{Width: th.PageWidth, Height: th.PageHeight}
		for _, it := range pb.Items {
			moveDown(it, th.MarginTop)
		}
		page.Items = pb.Items
		index := len(out.Pages)
		for _, e := range pb.Outline {
			e.Page = index
			e.Y += th.MarginTop
			out.Outline = append(out.Outline, e)
		}
		page.Folio = fmt.Sprint(index + 1)
		page.Items = append(page.Items, c.footer(page.Folio)...)
		out.Pages = append(out.Pages, page)
	}
	out.Warnings = c.warnings
	return out
}

func (c *composer) meta() Meta {
	m := c.doc.Meta
	subject := m.Subtitle
	if m.Event != "" {
		subject = strings.TrimSpace(m.Event + " – " + subject)
	}
	return Meta{
		Title:    m.Title,
		Subject:  strings.TrimSuffix(subject, " –"),
		Author:   strings.Join(m.Organisers, ", "),
		Keywords: strings.Join(m.Keywords, ", "),
		Language: m.Language,
		Date:     m.Date,
	}
}

// warn records a typesetting warning.
func (c *composer) warn(where, format string, args ...any) {
	c.warnings = append(c.warnings, Warning{Where: where, Msg: fmt.Sprintf(format, args...)})
}

// where names a key path in the content file for warnings.
func (c *composer) where(section int, path string) string {
	s := c.doc.Sections[section]
	loc := c.doc.Source
	if s.Pos.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, s.Pos.Line)
	}
	return fmt.Sprintf("%s: sections[%d]%s", loc, section, path)
}

// footer draws the running footer: the title on the left, the page number
// at the right margin.
func (c *composer) footer(folio string) []Item {
	th := c.th
	baseline := th.PageHeight - th.MarginBottom + MM(14)
	left := c.doc.Meta.Title
	if c.doc.Meta.Kind != "" {
		left += " · " + c.doc.Meta.Kind
	}
	items, _ := oneLine(plain(left), th.Footer, th.MarginLeft, baseline)
	w := measure(plain(folio), th.Footer)
	num, _ := oneLine(plain(folio), th.Footer, th.PageWidth-th.MarginRight-w, baseline)
	rule := &Rule{X: th.MarginLeft, Y: baseline - th.Footer.Size - Pt(4), W: th.TextWidth(), H: Pt(0.4), Colour: th.Muted}
	return append(append(items, num...), rule)
}

// germanMonths are the month names for long-form dates.
var germanMonths = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember"}

// longDate formats a date as „26. Juni 2024“, with a no-break space
// between day and month.
func longDate(d content.Document) string {
	t := d.Meta.Date
	return fmt.Sprintf("%d.\u00A0%s %d", t.Day(), germanMonths[t.Month()-1], t.Year())
}

// typographyOf maps the document's switches onto the normaliser's rules.
func typographyOf(t content.Typography) Typography {
	return Typography{NFC: t.UnicodeNFC, Quotes: t.Quotes, Guillemets: t.QuoteStyle == "guillemets",
		Dashes: t.Dashes, Ranges: t.Ranges, Ellipsis: t.Ellipsis, Abbreviations: t.Abbreviations,
		NoBreakSpaces: t.NoBreakSpaces}
}
