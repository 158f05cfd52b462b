package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// synthetic builds layout.Documents by hand, so each fault of the page
// make-up can be provoked on purpose, whatever pagination does: pages of
// glyph runs, pictures and QR codes in sections of a structure tree, and
// the paragraphs the composer would have recorded for them.
type synthetic struct {
	c     *composer
	d     *Document
	sects []*typeset.StructElement
}

// newSynthetic starts a document of n sections (one heading each added
// by the cases) with the given number of columns.
func newSynthetic(n, columns int) *synthetic {
	th := DefaultTheme()
	if columns > 1 {
		th.Columns, th.ColumnGap = columns, typeset.MM(8)
	}
	doc := &content.Document{Source: "content.toml"}
	for i := range n {
		doc.Sections = append(doc.Sections, content.Section{Title: fmt.Sprint("Abschnitt ", i), Pos: content.Position{Line: 10 * (i + 1), Col: 1},
			Speakers: []content.Person{{Name: "Annegret Lindqvist"}}})
	}
	root := &typeset.StructElement{Role: typeset.RoleDocument}
	s := &synthetic{c: &composer{doc: doc, th: th, root: root, opts: Options{Bound: true}}, d: &Document{Structure: root}}
	for range n {
		s.sects = append(s.sects, root.Child(typeset.RoleSect))
	}
	return s
}

// page adds a page of the kind and returns its index (from 0).
func (s *synthetic) page(kind PageKind) int {
	th := s.c.th
	s.d.Pages = append(s.d.Pages, Page{Width: th.PageWidth, Height: th.PageHeight, Kind: kind})
	return len(s.d.Pages) - 1
}

// y is the baseline of line n (from 0) of the type area.
func (s *synthetic) y(n int) typeset.Scaled {
	return s.c.th.MarginTop + typeset.Scaled(n+1)*s.c.th.Body.Leading
}

// x is the left edge of column col.
func (s *synthetic) x(col int) typeset.Scaled {
	th := s.c.th
	return th.MarginLeft + typeset.Scaled(col)*(th.ColumnWidth()+th.ColumnGap)
}

// para records a paragraph of the given runs (its lines, in order), as
// finishText would, under where.
func (s *synthetic) para(where string, runs ...*typeset.GlyphRun) {
	var lines []typeset.VNode
	for _, g := range runs {
		lines = append(lines, typeset.Box(s.c.th.Body.Leading, g))
	}
	s.c.paraWhere = append(s.c.paraWhere, where)
	s.c.paraLines = append(s.c.paraLines, runsOfLines(lines))
}

// run puts a glyph run of the style on page p at (x, y), as part of
// element e; actual, when not nil, is its ActualText (a word, as the
// first part of a word divided by an inserted hyphen says it).
func (s *synthetic) run(p int, st typeset.TextStyle, x, y typeset.Scaled, text string, actual *string, e *typeset.StructElement) *typeset.GlyphRun {
	g := &typeset.GlyphRun{X: x, Y: y, Face: st.Face(), Size: st.Size, Text: text, Width: typeset.MM(60), Elem: e,
		HyphenInserted: actual != nil && *actual != ""}
	g.SetActualText(actual)
	s.d.Pages[p].Items = append(s.d.Pages[p].Items, g)
	return g
}

// wordAcrossPages adds a page with section 0's heading and text whose
// last line ends with „Fachkräfte-“, and the page after it, which begins
// with the word's rest.
func (s *synthetic) wordAcrossPages() {
	p := s.page(BodyPage)
	s.heading(p, 0, 0, 0)
	e := s.sects[0].Child(typeset.RoleP)
	head := s.run(p, s.c.th.Body, s.x(0), s.y(s.lines()-1), "Fachkräfte-", actualText("Fachkräfteeinwanderung"), e)
	s.text(p, 0, 0, 2, s.lines()-1)
	q := s.page(BodyPage)
	s.para("content.toml:13:1: sections[0].body (block 2)", head, s.run(q, s.c.th.Body, s.x(0), s.y(0), "einwanderung", actualText(""), e))
	s.text(q, 0, 0, 1, 10)
}

// pictureAfterAFullPage adds a cover, a body page filled with section 0's
// heading and text, and a page with section 0's picture at its head, ten
// lines tall; it returns that page.
func (s *synthetic) pictureAfterAFullPage() int {
	s.page(CoverPage)
	p := s.page(BodyPage)
	s.heading(p, 0, 0, 0)
	s.text(p, 0, 0, 2, s.lines())
	q := s.page(BodyPage)
	s.picture(q, 0, 0, 0, 0, 10)
	return q
}

// heading sets section i's heading at line n of column col on page p.
func (s *synthetic) heading(p, i, col, n int) {
	g := s.run(p, s.c.th.Heading, s.x(col), s.y(n), fmt.Sprint("Abschnitt ", i), nil, s.sects[i].Child(typeset.RoleH2))
	s.para(fmt.Sprintf("content.toml:%d: sections[%d].title", 10*(i+1), i), g)
}

// text fills lines from..to-1 of column col on page p with a paragraph of
// section i.
func (s *synthetic) text(p, i, col, from, to int) {
	e := s.sects[i].Child(typeset.RoleP)
	var runs []*typeset.GlyphRun
	for n := from; n < to; n++ {
		runs = append(runs, s.run(p, s.c.th.Body, s.x(col), s.y(n), "Text im Blocksatz", nil, e))
	}
	s.para(fmt.Sprintf("content.toml:%d:1: sections[%d].body (block 1)", 10*(i+1)+3, i), runs...)
}

// textAcross sets one paragraph of section i: lines from..to-1 of the
// single column of page p, and the first rest lines of page q.
func (s *synthetic) textAcross(p, i, from, to, q, rest int) {
	e := s.sects[i].Child(typeset.RoleP)
	var runs []*typeset.GlyphRun
	for n := from; n < to; n++ {
		runs = append(runs, s.run(p, s.c.th.Body, s.x(0), s.y(n), "Text im Blocksatz", nil, e))
	}
	for n := range rest {
		runs = append(runs, s.run(q, s.c.th.Body, s.x(0), s.y(n), "Text im Blocksatz", nil, e))
	}
	s.para(fmt.Sprintf("content.toml:%d:1: sections[%d].body (block 1)", 10*(i+1)+3, i), runs...)
}

// picture places picture j of section i, lines tall, at line n of column
// col on page p.
func (s *synthetic) picture(p, i, j, col, n, lines int) {
	fig := s.sects[i].Child(typeset.RoleFigure)
	where := fmt.Sprintf("content.toml:%d:3: sections[%d].images[%d].file", 10*(i+1)+5, i, j)
	s.d.Pages[p].Items = append(s.d.Pages[p].Items, &Picture{X: s.x(col), Y: s.y(n) - s.c.th.Body.Leading, W: typeset.MM(80),
		H: typeset.Scaled(lines) * s.c.th.Body.Leading, Source: &content.Image{File: "bild.jpg", Where: where}, Elem: fig})
}

// pictureAcross places picture j of section i across both columns,
// lines tall, at line n of page p.
func (s *synthetic) pictureAcross(p, i, j, n, lines int) {
	fig := s.sects[i].Child(typeset.RoleFigure)
	where := fmt.Sprintf("content.toml:%d:3: sections[%d].images[%d].file", 10*(i+1)+5, i, j)
	s.d.Pages[p].Items = append(s.d.Pages[p].Items, &Picture{X: s.x(0), Y: s.y(n) - s.c.th.Body.Leading, W: s.c.th.TextWidth(),
		H: typeset.Scaled(lines) * s.c.th.Body.Leading, Source: &content.Image{File: "bild.jpg", Where: where}, Elem: fig})
}

// linkBlock places a QR code with its address as link block j of section
// i at line n of column col on page p.
func (s *synthetic) linkBlock(p, i, j, col, n int) {
	div := s.sects[i].Child(typeset.RoleDiv)
	modules := make([][]bool, 29)
	for k := range modules {
		modules[k] = make([]bool, 29)
	}
	module := typeset.MM(20) / 21
	s.d.Pages[p].Items = append(s.d.Pages[p].Items,
		&typeset.QRCode{X: s.x(col) - 4*module, Y: s.y(n) - s.c.th.Body.Leading - 4*module, Module: module, Modules: modules, Elem: div.Child(typeset.RoleLink).Child(typeset.RoleFigure)},
		&typeset.LinkArea{X: s.x(col), Y: s.y(n), W: typeset.MM(20), H: typeset.MM(20), URL: "https://example.org/", Elem: div.Child(typeset.RoleLink)})
	g := s.run(p, s.c.th.Caption, s.x(col)+typeset.MM(25), s.y(n), "example.org", nil, div.Child(typeset.RoleP))
	s.para(fmt.Sprintf("content.toml:%d: sections[%d].links[%d]", 10*(i+1), i, j), g)
}

// findings runs the report and lists its findings as "kind p<page>
// element" strings, with the findings themselves.
func (s *synthetic) findings() ([]string, []Warning) {
	s.c.reportComposition(s.d)
	var out []string
	for _, w := range s.d.Warnings {
		out = append(out, fmt.Sprintf("%s p%d %s", w.Kind, w.Page, w.Element))
	}
	return out, s.d.Warnings
}

func actualText(s string) *string { return &s }

// lines is the number of body lines in the type area.
func (s *synthetic) lines() int { return int(s.c.th.TextHeight() / s.c.th.Body.Leading) }

// faultCases are the synthetic documents of
// TestCompositionReportFindsEachFault and the findings each must raise.
var faultCases = []struct {
	name  string
	build func(s *synthetic)
	want  []string
}{
	{"full pages", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(s.page(BodyPage), 0, 0, 0, 10)
	}, nil},
	{"the last page holds only six lines of a section begun before it", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(s.page(BodyPage), 0, 0, 0, 6)
	}, []string{"runt-page p3 page"}},
	{"the last page holds six lines and begins a section", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		q := s.page(BodyPage)
		s.heading(q, 1, 0, 0)
		s.text(q, 1, 0, 2, 6)
	}, nil},
	{"underfull page while the section goes on", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()/2)
		s.text(s.page(BodyPage), 0, 0, 0, 10)
	}, []string{"underfull-page p2 page"}},
	{"page less than 15 % empty", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()*88/100)
		s.text(s.page(BodyPage), 0, 0, 0, 10)
	}, nil},
	{"a page that ends four lines early inside a paragraph", func(s *synthetic) {
		s.page(CoverPage)
		p, q := s.page(BodyPage), s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.textAcross(p, 0, 2, s.lines()-4, q, 6)
	}, []string{"paragraph-gap p2 page"}},
	{"a page that ends two lines early inside a paragraph", func(s *synthetic) {
		s.page(CoverPage)
		p, q := s.page(BodyPage), s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.textAcross(p, 0, 2, s.lines()-2, q, 6)
	}, nil},
	{"a page that ends four lines early after a paragraph", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()-4)
		s.text(s.page(BodyPage), 0, 0, 0, 6)
	}, nil},
	{"the last body page before the back cover", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 5)
		s.page(NotesPage)
		s.page(BackCoverPage)
	}, nil},
	{"the last page of the document", func(s *synthetic) {
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 5)
	}, nil},
	{"a page ended by a float taller than the room left", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()*3/4)
		q := s.page(BodyPage)
		s.picture(q, 0, 0, 0, 0, s.lines()/2)
		s.text(q, 0, 0, s.lines()/2, s.lines()/2+4)
		s.d.Floats = []FloatPlacement{{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 3}}
	}, nil},
	{"a page ended by a float that would have fitted", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()/2)
		q := s.page(BodyPage)
		s.picture(q, 0, 0, 0, 0, 5)
		s.text(q, 0, 0, 5, 10)
		s.d.Floats = []FloatPlacement{{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 3}}
	}, []string{"underfull-page p2 page"}},
	{"two columns, the second half empty", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(p, 0, 1, 0, s.lines()/2)
		s.text(s.page(BodyPage), 0, 0, 0, 10)
	}, []string{"underfull-page p1 page"}},
	{"two columns, a section ends where the next one's opening does not fit", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(p, 0, 1, 0, s.lines()*6/10)
		q := s.page(BodyPage)
		s.heading(q, 1, 0, 0)
		s.picture(q, 1, 0, 0, 2, s.lines()/2)
		s.text(q, 1, 0, s.lines()/2+2, s.lines())
	}, nil},
	{"two columns, a section ends where the next one's opening would fit", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(p, 0, 1, 0, s.lines()*6/10)
		q := s.page(BodyPage)
		s.heading(q, 1, 0, 0)
		s.text(q, 1, 0, 2, s.lines())
	}, []string{"underfull-page p1 page"}},
	{"two columns above a tall picture across them at the foot", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		n := s.lines() * 45 / 100
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, n)
		s.text(p, 0, 1, 0, n)
		s.pictureAcross(p, 0, 0, n, s.lines()-n)
		s.text(s.page(BodyPage), 0, 0, 0, 10)
	}, nil},
	{"hyphenated heading, name and caption; body text hyphenated", func(s *synthetic) {
		p := s.page(BodyPage)
		h := s.run(p, s.c.th.Heading, s.x(0), s.y(0), "Beschäftigungs-", actualText("Beschäftigungsduldung"), s.sects[0].Child(typeset.RoleH2))
		s.para("content.toml:10: sections[0].title", h)
		n := s.run(p, s.c.th.SpeakerName, s.x(0), s.y(2), "Lind-", actualText("Lindqvist"), s.sects[0].Child(typeset.RoleDiv).Child(typeset.RoleP))
		s.para("content.toml:10: sections[0].speakers[0]", n)
		cap := s.run(p, s.c.th.Caption, s.x(0), s.y(4), "Werkstatt-", actualText("Werkstattfoto"), s.sects[0].Child(typeset.RoleFigure).Child(typeset.RoleCaption))
		s.para("content.toml:10: sections[0].images[0]", cap)
		s.run(p, s.c.th.Body, s.x(0), s.y(6), "Ausbil-", actualText("Ausbildung"), s.sects[0].Child(typeset.RoleP))
	}, []string{"hyphenated-display p1 heading", "hyphenated-display p1 name", "hyphenated-display p1 display line"}},
	{"a heading of one word wider than the column", func(s *synthetic) {
		p := s.page(BodyPage)
		h := s.sects[0].Child(typeset.RoleH2)
		head := s.run(p, s.c.th.Heading, s.x(0), s.y(0), "Ausbildungsplatzvermittlungs-", actualText("Ausbildungsplatzvermittlungsunterstützungsprogramme"), h)
		rest := s.run(p, s.c.th.Heading, s.x(0), s.y(1), "unterstützungsprogramme", actualText(""), h)
		head.Width, rest.Width = s.c.th.ColumnWidth()*3/4, s.c.th.ColumnWidth()/2
		s.para("content.toml:10: sections[0].title", head, rest)
	}, []string{"hyphenated-display p1 heading"}},
	{"a code's label of one word wider than its cell in a grid of codes", func(s *synthetic) {
		p := s.page(BodyPage)
		s.linkBlock(p, 0, 0, 0, 0)
		label := s.sects[0].Child(typeset.RoleDiv).Child(typeset.RoleP)
		x := s.x(0) + typeset.MM(25)
		head := s.run(p, s.c.th.Caption, x, s.y(1), "Arbeitsmarkt-", actualText("Arbeitsmarktintegrationsmaßnahmen"), label)
		rest := s.run(p, s.c.th.Caption, x, s.y(2), "integrationsmaßnahmen", actualText(""), label)
		s.para("content.toml:10: sections[0].links[0]", head, rest)
		// The next cell's code, beside the label: the label's room ends
		// there, though the column goes on.
		cell := s.c.th.TextWidth() / 2
		head.Width, rest.Width = cell/4, cell-typeset.MM(25)-cell/8
		s.d.Pages[p].Items = append(s.d.Pages[p].Items, &typeset.QRCode{X: s.x(0) + cell, Y: s.y(0) - s.c.th.Body.Leading,
			Module: typeset.MM(1), Modules: make([][]bool, 21), Elem: s.sects[0].Child(typeset.RoleDiv).Child(typeset.RoleLink).Child(typeset.RoleFigure)})
	}, []string{"hyphenated-display p1 display line"}},
	{"a caption printed over itself", func(s *synthetic) {
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()-2)
		cap := s.sects[0].Child(typeset.RoleFigure).Child(typeset.RoleCaption)
		a := s.run(p, s.c.th.Caption, s.x(0), s.y(s.lines()-1), "Auszug aus einem Bescheid", nil, cap)
		b := s.run(p, s.c.th.Caption, s.x(0)+typeset.MM(40), s.y(s.lines()-1), "soziale Dienste", nil, cap)
		a.Width, b.Width = typeset.MM(50), typeset.MM(20)
		s.para("content.toml:10: sections[0].images[0]", a, b)
	}, []string{"overprinted-text p1 text"}},
	{"a heading's word run on over the next column's text", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		h := s.run(p, s.c.th.Heading, s.x(0), s.y(2)+s.c.th.Body.Leading/2, "Arbeitsmarktintegrationsförderungsprogrammevaluation", nil,
			s.sects[0].Child(typeset.RoleH2))
		h.Width = s.c.th.TextWidth()
		s.para("content.toml:10: sections[0].title", h)
		s.text(p, 0, 0, 4, s.lines())
		s.text(p, 0, 1, 0, s.lines())
	}, []string{"overprinted-text p1 text"}},
	{"a picture past the type area's foot", func(s *synthetic) {
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()-6)
		s.picture(p, 0, 0, 0, s.lines()-4, 7)
	}, []string{"past-type-area p1 picture"}},
	{"a picture flush with the type area's foot", func(s *synthetic) {
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()-6)
		s.picture(p, 0, 0, 0, s.lines()-4, 4)
	}, nil},
	{"a heading's last word divided, narrower than the column", func(s *synthetic) {
		p := s.page(BodyPage)
		h := s.sects[0].Child(typeset.RoleH2)
		cw := s.c.th.ColumnWidth()
		first := s.run(p, s.c.th.Heading, s.x(0), s.y(0), "Neue", nil, h)
		head := s.run(p, s.c.th.Heading, s.x(0)+cw*6/10, s.y(0), "Beschäftigungs-", actualText("Beschäftigungsduldung"), h)
		rest := s.run(p, s.c.th.Heading, s.x(0), s.y(1), "duldung", actualText(""), h)
		first.Width, head.Width, rest.Width = cw/2, cw*4/10, cw/4 // the word whole: 65 % of the column
		s.para("content.toml:10: sections[0].title", first, head, rest)
	}, []string{"hyphenated-display p1 heading"}},
	{"a heading of one word divided twice", func(s *synthetic) {
		p := s.page(BodyPage)
		h := s.sects[0].Child(typeset.RoleH2)
		first := s.run(p, s.c.th.Heading, s.x(0), s.y(0), "Arbeitsmarkt-", actualText("Arbeitsmarktintegrationsmaßnahmenevaluierung"), h)
		middle := s.run(p, s.c.th.Heading, s.x(0), s.y(1), "integrations-", actualText(""), h)
		last := s.run(p, s.c.th.Heading, s.x(0), s.y(2), "maßnahmenevaluierung", actualText(""), h)
		middle.HyphenInserted = true // a middle part says nothing, as its first part says the word
		first.Width, middle.Width, last.Width = s.c.th.ColumnWidth()/3, s.c.th.ColumnWidth()/3, s.c.th.ColumnWidth()*2/3
		s.para("content.toml:10: sections[0].title", first, middle, last)
	}, []string{"hyphenated-display p1 heading"}},
	{"a page before the funding notice of an unbound brochure", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines()/2)
		notice := s.c.root.Child(typeset.RoleSect).Child(typeset.RoleP)
		q := s.page(BodyPage)
		s.d.Pages[q].Items = append(s.d.Pages[q].Items, &typeset.Rule{X: s.x(0), Y: s.y(0), W: typeset.MM(100), H: typeset.Pt(1)})
		s.run(q, s.c.th.Caption, s.x(0), s.y(1), "Gefördert durch", nil, notice)
	}, nil},
	{"a hyphen across a left-hand page turn", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		e := s.sects[0].Child(typeset.RoleP)
		var runs []*typeset.GlyphRun
		for n := 2; n < s.lines()-1; n++ {
			runs = append(runs, s.run(p, s.c.th.Body, s.x(0), s.y(n), "Text", nil, e))
		}
		runs = append(runs, s.run(p, s.c.th.Body, s.x(0), s.y(s.lines()-1), "Fachkräfte-", actualText("Fachkräfteeinwanderung"), e))
		q := s.page(BodyPage)
		runs = append(runs, s.run(q, s.c.th.Body, s.x(0), s.y(0), "einwanderung", actualText(""), e))
		s.para("content.toml:13:1: sections[0].body (block 1)", runs...)
	}, []string{"hyphen-across-page p2 body line"}},
	{"a hyphen across a right-hand page turn", func(s *synthetic) {
		s.page(CoverPage)
		s.text(s.page(BodyPage), 0, 0, 0, s.lines())
		s.wordAcrossPages()
	}, []string{"hyphen-across-page p3 body line"}},
	{"a hyphen across a page of an unbound edition", func(s *synthetic) {
		s.c.opts.Bound = false // every page a right-hand page, seen alone
		s.page(CoverPage)
		s.wordAcrossPages()
	}, []string{"hyphen-across-page p2 body line"}},
	{"a hyphen at a column foot, the word going on at the next column's head", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		e := s.sects[0].Child(typeset.RoleP)
		var runs []*typeset.GlyphRun
		for n := 2; n < s.lines()-1; n++ {
			runs = append(runs, s.run(p, s.c.th.Body, s.x(0), s.y(n), "Text", nil, e))
		}
		runs = append(runs, s.run(p, s.c.th.Body, s.x(0), s.y(s.lines()-1), "Fachkräfte-", actualText("Fachkräfteeinwanderung"), e))
		for n := 0; n < s.lines(); n++ {
			runs = append(runs, s.run(p, s.c.th.Body, s.x(1), s.y(n), "Text", nil, e))
		}
		s.para("content.toml:13:1: sections[0].body (block 1)", runs...)
	}, nil},
	{"a picture after the next section's heading", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 20)
		s.heading(p, 1, 0, 22)
		s.text(p, 1, 0, 24, 30)
		s.picture(p, 0, 0, 0, 31, 12)
		s.text(p, 1, 0, 44, s.lines())
		s.text(s.page(BodyPage), 1, 0, 0, 30)
	}, []string{"float-past-heading p2 picture"}},
	{"a link block after the next section's heading, a picture before it", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 20)
		s.picture(p, 0, 0, 0, 21, 10)
		s.heading(p, 1, 0, 32)
		s.text(p, 1, 0, 34, 40)
		s.linkBlock(p, 0, 0, 0, 41)
		s.text(p, 1, 0, 47, s.lines())
		s.text(s.page(BodyPage), 1, 0, 0, 30)
	}, []string{"float-past-heading p2 link block"}},
	{"a link block at the head of the page after two later sections began", func(s *synthetic) {
		s.c.doc.Sections = append(s.c.doc.Sections, content.Section{Title: "Abschnitt 2", Pos: content.Position{Line: 30, Col: 1}})
		s.sects = append(s.sects, s.d.Structure.Child(typeset.RoleSect))
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 14)
		s.linkBlock(p, 0, 0, 0, 15) // the section's first link; its second waits
		s.heading(p, 1, 0, 22)
		s.text(p, 1, 0, 24, 34)
		s.heading(p, 2, 0, 36)
		s.text(p, 2, 0, 38, s.lines())
		q := s.page(BodyPage)
		s.linkBlock(q, 0, 1, 0, 0)
		s.text(q, 2, 0, 6, s.lines())
		s.d.Floats = []FloatPlacement{{Where: "content.toml:10: sections[0].links[1]", AnchorPage: 2, Page: 3}}
	}, []string{"float-past-heading p3 link block"}},
	{"a link block at the head of the page after the next section began", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, 20)
		s.heading(p, 1, 0, 22)
		s.text(p, 1, 0, 24, s.lines())
		q := s.page(BodyPage)
		s.linkBlock(q, 0, 0, 0, 0)
		s.text(q, 1, 0, 6, s.lines())
		s.d.Floats = []FloatPlacement{{Where: "content.toml:10: sections[0].links[0]", AnchorPage: 2, Page: 3}}
	}, nil}, // deferred a page past one heading: where the rules let it stand
	{"a picture stranded at the head of the next page", func(s *synthetic) {
		q := s.pictureAfterAFullPage()
		s.heading(q, 1, 0, 12)
		s.text(q, 1, 0, 14, s.lines())
		s.text(s.page(BodyPage), 1, 0, 0, 4)
	}, []string{"stranded-block p3 picture"}},
	{"link blocks stranded at the head of the second column", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(p, 0, 1, 0, s.lines())
		q := s.page(BodyPage)
		s.heading(q, 1, 0, 0)
		s.text(q, 1, 0, 2, s.lines())
		s.linkBlock(q, 0, 0, 1, 0)
		s.text(q, 1, 1, 4, s.lines())
	}, []string{"stranded-block p2 link block"}},
	{"a link block beside its section's text in the next column", func(s *synthetic) {
		s.c.th.Columns, s.c.th.ColumnGap = 2, typeset.MM(8)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.linkBlock(p, 0, 0, 1, 0)
		s.text(p, 1, 1, 4, s.lines())
	}, nil},
	{"a float at the head of the page after its anchor", func(s *synthetic) {
		q := s.pictureAfterAFullPage()
		s.heading(q, 1, 0, 12)
		s.text(q, 1, 0, 14, s.lines())
		s.d.Floats = []FloatPlacement{{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 3}}
	}, nil},
	{"a float alone after the end of the text", func(s *synthetic) {
		s.pictureAfterAFullPage()
		s.d.Floats = []FloatPlacement{{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 3}}
	}, []string{"stranded-block p3 picture"}},
	{"a float two pages after its anchor", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(s.page(BodyPage), 0, 0, 0, s.lines())
		q := s.page(BodyPage)
		s.picture(q, 0, 0, 0, 0, 10)
		s.heading(q, 1, 0, 12)
		s.text(q, 1, 0, 14, s.lines())
		s.d.Floats = []FloatPlacement{{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 4}}
	}, []string{"stranded-block p4 picture", "float-distance p4 picture"}},
	{"a float the page after the float before it", func(s *synthetic) {
		s.page(CoverPage)
		p := s.page(BodyPage)
		s.heading(p, 0, 0, 0)
		s.text(p, 0, 0, 2, s.lines())
		s.text(s.page(BodyPage), 0, 0, 0, s.lines())
		q := s.page(BodyPage)
		s.picture(q, 0, 0, 0, 0, 10)
		s.heading(q, 1, 0, 12)
		s.text(q, 1, 0, 14, s.lines())
		s.d.Floats = []FloatPlacement{
			{Where: "content.toml:12:3: sections[0].links[0]", AnchorPage: 2, Page: 3},
			{Where: "content.toml:15:3: sections[0].images[0]", AnchorPage: 2, Page: 4, AfterPage: 3},
		}
	}, nil},
}

// TestCompositionReportFindsEachFault provokes each fault of the page
// make-up on a synthetic document and checks that the report finds it,
// with its page and element — and that legitimate pages raise nothing.
func TestCompositionReportFindsEachFault(t *testing.T) {
	// What the findings' messages must say in some cases.
	says := map[string]string{
		"a hyphen across a left-hand page turn":                             "on the facing page",
		"a hyphen across a right-hand page turn":                            "on a new spread",
		"a hyphen across a page of an unbound edition":                      "after the page is turned",
		"a float two pages after its anchor":                                "page 4",
		"a float alone after the end of the text":                           "after the end of the text",
		"a heading of one word wider than the column":                       "wider than its line",
		"a heading of one word divided twice":                               "wider than its line",
		"a code's label of one word wider than its cell in a grid of codes": "wider than its line",
		"a caption printed over itself":                                     "printed over text",
		"a heading's word run on over the next column's text":               "printed over text",
		"a picture past the type area's foot":                               "past the type area's foot",
		"a heading's last word divided, narrower than the column":           "display lines are not hyphenated",
		"hyphenated heading, name and caption; body text hyphenated":        "display lines are not hyphenated",
		"a page that ends four lines early inside a paragraph":              "ends 4 lines early",
	}
	for _, tc := range faultCases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynthetic(2, 1)
			tc.build(s)
			got, warnings := s.findings()
			if !strings.HasPrefix(tc.name, "the last page") {
				// Most cases end on a page of a few lines, a runt page
				// by its rule; their own faults are what they test.
				got = slices.DeleteFunc(got, func(f string) bool { return strings.HasPrefix(f, "runt-page") })
				warnings = slices.DeleteFunc(warnings, func(w Warning) bool { return w.Kind == WarnRuntPage })
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for _, w := range warnings {
				if !strings.Contains(w.Msg, says[tc.name]) {
					t.Errorf("%s: the message does not say %q: %s", w.Kind, says[tc.name], w.Msg)
				}
				if w.Where == "" || w.Height <= 0 || w.Msg == "" {
					t.Errorf("%s: a finding without its place or band: %+v", w.Kind, w)
				}
				t.Logf("%s", w)
			}
		})
	}
}

// TestHyphenatedHeadingSuggestsItsOwnJoint: the fault of a heading
// divided because its word is wider than its line suggests the word
// itself written with a hyphen at the joint nearest to where the line
// divided it, not one example for every word.
func TestHyphenatedHeadingSuggestsItsOwnJoint(t *testing.T) {
	h := german.NewHyphenator(german.GermanPatterns(), nil)
	for _, c := range []struct {
		word string
		near int
		want string
	}{
		{"Integrationsmanagementstrukturen", 22, "Integrationsmanagement-Strukturen"},
		{"Antidiskriminierungsberatungsstellen", 20, "Antidiskriminierungs-Beratungsstellen"},
		{"Tee", 1, "Arbeitsmarkt-Integration"}, // no joint: the example
	} {
		if got := hyphenatedAtJoint(h, c.word, c.near); got != c.want {
			t.Errorf("%s divided after %d letters: suggests %q, want %q", c.word, c.near, got, c.want)
		}
	}
}
