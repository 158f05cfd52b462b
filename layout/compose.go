package layout

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"brochure/content"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// composer holds the state of one layout run.
type composer struct {
	doc      *content.Document
	th       Theme
	opts     Options
	typo     german.Typography
	hyph     typeset.Hyphenator
	warnings []Warning
	// paraWhere names the source of each paragraph (by Para id - 1).
	paraWhere []string
	// root is the Document element of the structure tree.
	root *typeset.StructElement
	// setting sums up how the justified text was set.
	setting typeset.SettingStats
	// paraLines holds, per paragraph (by Para id - 1), the first and the
	// last glyph run of each of its lines, so a warning about a line can
	// be placed on the page and a word divided at a line end found again.
	// (Not the line boxes: the body holds those, and a second copy of
	// them was an eighth of the live memory of a long document.)
	paraLines [][]lineRuns
	// floatWhere names each float's source (by FloatID - 1); floats
	// records where they landed.
	floatWhere []string
	floats     []FloatPlacement
	// floatFiles are the picture files of each float that shows
	// pictures, by FloatID (a section that names pictures is never
	// carried, so this build's own).
	floatFiles map[int][]string
	// normal holds each text normalised so far: display text is measured
	// before it is set (speaker grids, link blocks, balanced headings),
	// and normalising it each time cost more than the rest of setting it.
	normal map[string]string
	// fitted holds the running foot's and head's texts as fitted to a
	// width (fitLine), which repeat on every page.
	fitted map[fittedLine]string
	// lines breaks paragraphs into lines, its memory kept from one to
	// the next.
	lines typeset.LineBreaker
	// measured holds the lines of the last display text measured, not
	// set (preparedDisplay.height), for the next to be broken into.
	measured []typeset.Line
	// spare holds node arrays of paragraphs set, for the next to be built
	// in.
	spare nodePool
	// sectionNodes is the array the last section's list was built in,
	// for the next one's (section).
	sectionNodes []typeset.VNode
	// protrusions holds each protrusion table written out for the keys of
	// the paragraphs carried between builds (Options.Reuse).
	protrusions map[*typeset.Protrusion]string
	// sectionCtx is what the sections carried between builds were
	// composed in (sectioncarry.go); record, while a section is composed
	// to be kept, gathers what composing it does besides its list.
	sectionCtx *sectionContext
	record     *sectionRecord
	// copier looks up and copies the body's carried sections ahead of
	// the composer (sectioncopier.go); nil without a Reuse.
	copier *sectionCopier
	// frameLines holds the page frame's lines as set (frameLine).
	frameLines map[frameKey]frameSet
	// spanned are the pictures across the columns taken out of the
	// body's list, and spanPlaces where each stands (spanning.go).
	spanned    []spanFloat
	spanPlaces []spanPlace
	// inColumn are the pictures across the columns set in a column
	// instead, by FloatID (spanincolumn.go); columnWide, by FloatID, the
	// pictures asked across the columns that stand in one, and why.
	inColumn   map[int]func() []typeset.VNode
	columnWide map[int]InColumnReason
}

// protrusionKey is a protrusion table written out, worked out once a
// table.
func (c *composer) protrusionKey(p *typeset.Protrusion) string {
	if p == nil {
		return ""
	}
	k, ok := c.protrusions[p]
	if !ok {
		if c.protrusions == nil {
			c.protrusions = map[*typeset.Protrusion]string{}
		}
		k = protrusionKey(p)
		c.protrusions[p] = k
	}
	return k
}

// fittedLine is a text and the width it was fitted to.
type fittedLine struct {
	text  string
	width typeset.Scaled
}

// sectionStart is where a section begins: its page (index into the
// body pages until the document is assembled) and the y of its head.
type sectionStart struct {
	page int
	y    typeset.Scaled
}

// Prepare starts, in the background, the slow work composing doc will
// need — encoding its QR codes, loading the hyphenation patterns — so it
// overlaps with what the caller does before Compose (loading the theme's
// fonts, say). Compose does not depend on it.
func Prepare(doc *content.Document) {
	prepareQR(documentURLs(doc))
	go german.GermanPatterns()
}

// documentURLs lists the web addresses the sections show as QR codes.
func documentURLs(doc *content.Document) []string {
	var urls []string
	for _, s := range doc.Sections {
		for _, l := range append(append([]content.Link(nil), s.Presentations...), s.Links...) {
			urls = append(urls, l.URL)
		}
	}
	return urls
}

// bodyPages sets the contents (when the theme wants them) and breaks the
// body into pages after the cover and the contents. A body shorter than
// the theme's ContentsFromPages gets no contents page: a page that lists
// what faces it. Its length is judged as Paginate would set it, before it
// is broken (breaking places its lines). An unbound edition's notice set
// apart (bodyAndBackCover) asks its room of the last page.
func (c *composer) bodyPages(bound bool, body, notice []typeset.VNode) (*tableOfContents, int, []typeset.PageBody) {
	th := c.th
	cols := max(th.Columns, 1)
	contents := th.Contents && (typeset.CountPages(body, th.TextHeight())+cols-1)/cols >= th.ContentsFromPages
	toc, tocLength, pagesAfter := c.pagesAround(bound, contents, notice)
	var endRoom typeset.Scaled
	if !bound {
		endRoom = typeset.StackHeight(notice)
	}
	return toc, tocLength, c.paginateColumns(c.breakBody(body, 2+tocLength, pagesAfter, endRoom))
}

// Compose lays out a whole brochure: the cover, the table of contents,
// every section in order and the funding notice, on pages with running
// footers (and heads, if the theme wants them), as the edition's options
// ask (bound or not).
//
// Whether the body is long enough for a contents page
// (Theme.ContentsFromPages) is judged before the body is broken, with
// every picture at its full height; where the broken body turns out
// shorter (its pictures set a little smaller, two columns filled), the
// brochure is composed again without the contents page: a workshop of
// two pages does not list what faces it, and its print edition is not
// padded to eight pages for it. A bound edition whose text runs a page
// or so past a signature is composed again with its pictures set smaller
// (fewerSignatures), where that ends it a signature earlier.
func Compose(doc *content.Document, th Theme, opts Options) *Document {
	if opts.Reuse != nil {
		opts.Reuse.begin() // one build, however often it composes
	}
	return fewerSignatures(doc, th, opts, composeWithContentsRule(doc, th, opts))
}

// composeWithContentsRule is composeOnce, composed again without the
// contents page where the broken body is shorter than
// Theme.ContentsFromPages.
func composeWithContentsRule(doc *content.Document, th Theme, opts Options) *Document {
	out := composeOnce(doc, th, opts)
	if th.Contents && out.PagesOf(ContentsPage) > 0 && out.sectionPages < th.ContentsFromPages {
		th.Contents = false
		out = composeOnce(doc, th, opts)
	}
	return out
}

// PagesOf counts the document's pages of the kind.
func (d *Document) PagesOf(kind PageKind) int {
	n := 0
	for _, p := range d.Pages {
		if p.Kind == kind {
			n++
		}
	}
	return n
}

// composeOnce is Compose with the theme's decision on the contents page
// taken as it stands.
func composeOnce(doc *content.Document, th Theme, opts Options) *Document {
	c := newComposer(doc, th, opts)
	c.warnFunding()
	c.warnContrast()

	bound := opts.Bound
	body, notice := c.bodyAndBackCover(bound)
	toc, tocLength, bodyPages := c.bodyPages(bound, body, notice)
	sectionPages := len(bodyPages) // before an unbound edition's notice may take a page of its own
	switch last := len(bodyPages) - 1; {
	case !bound && notice != nil:
		bodyPages = c.endWithNotice(bodyPages, notice)
	case !bound && last >= 0 && noticeAlone(bodyPages[last]):
		bodyPages[last] = c.atFoot(bodyPages[last])
	}
	starts := make([]sectionStart, len(doc.Sections))
	subStarts := map[int]sectionStart{} // the sub-headings', by anchor
	for p, pb := range bodyPages {
		for anchor, y := range pb.Anchors {
			if i := sectionOfAnchor(anchor); i >= 0 && i < len(starts) {
				starts[i] = sectionStart{page: p, y: y}
			} else if anchor >= subheadingAnchorBase {
				subStarts[anchor] = sectionStart{page: p, y: y}
			}
		}
	}

	var tocPages []typeset.PageBody
	if tocLength > 0 {
		// The table of contents needs the page numbers; its length was
		// counted before. Body page p is document page 1 +
		// len(contents) + p, printed one higher (the cover is page 1).
		tocPages = typeset.Paginate(c.contents(toc, starts, subStarts, 2+tocLength), th.TextHeight())
	}
	offset := 1 + len(tocPages) // cover, contents, then the body

	out := &Document{Meta: c.meta(), SafetyMargin: th.SafetyMargin, Structure: c.root, Setting: c.setting.Summary(), Floats: c.floats, sectionPages: sectionPages,
		PictureShare: th.PictureShare()}
	out.Pages = append(out.Pages, c.cover())
	for k, pb := range append(tocPages, bodyPages...) {
		index := len(out.Pages)
		page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Folio: fmt.Sprint(index + 1)}
		if k < len(tocPages) {
			page.Kind = ContentsPage
		}
		for _, it := range pb.Items {
			typeset.MoveDown(it, th.MarginTop)
			if l, ok := it.(*typeset.LinkArea); ok && l.URL == "" {
				l.Page += offset // contents entries point into the body
				l.TargetY += th.MarginTop
			}
		}
		page.Items = pb.Items
		out.Pages = append(out.Pages, page)
	}
	if bound {
		c.padForBinding(out, notice)
	}
	c.facePages(out)
	subs := listsSubheadings(doc)
	for i, s := range doc.Sections {
		out.Outline = append(out.Outline, typeset.OutlineEntry{Title: c.outsideText(outlineTitle(s)), Level: 0,
			Page: offset + starts[i].page, Y: th.MarginTop + starts[i].y})
		if subs {
			out.Outline = append(out.Outline, c.subheadingOutline(i, s, subStarts, offset, th.MarginTop)...)
		}
	}
	out.Warnings = c.warnings
	placeWarnings(out)
	c.reportComposition(out)
	return out
}

// newComposer starts a layout run: the hyphenator (kept by a Reuse, with
// the root of the structure tree and the context of the sections it
// carries) and the document's typography rules.
func newComposer(doc *content.Document, th Theme, opts Options) *composer {
	c := &composer{doc: doc, th: th, opts: opts, typo: typographyOf(doc.Typography), root: &typeset.StructElement{Role: typeset.RoleDocument}}
	exceptions := make([]string, len(doc.Hyphenation))
	for i, e := range doc.Hyphenation {
		exceptions[i] = norm.NFC.String(e)
	}
	prepareQR(documentURLs(doc))
	if opts.Reuse != nil {
		c.hyph = opts.Reuse.hyphenator(exceptions)
		c.root = opts.Reuse.documentRoot()
		c.sectionCtx = opts.Reuse.sectionContext(c.sectionContextOf())
	} else {
		c.hyph = german.NewHyphenator(german.GermanPatterns(), exceptions)
	}
	return c
}

// bodyAndBackCover sets the body — the sections and the funding notice,
// in columns — and the notice set apart, in the whole type area's width:
// a bound edition has it on the back cover; an unbound one in columns
// ends its body with it (endWithNotice). In one column, unbound, it ends
// the body as its last part.
func (c *composer) bodyAndBackCover(bound bool) (body, notice []typeset.VNode) {
	doc, th := c.doc, c.th
	parts := make([]sectionList, 0, len(doc.Sections)+1)
	if c.opts.Reuse != nil {
		c.copier = startCopier(c.opts.Reuse, c.sectionCtx, doc.Sections)
		defer func() { c.copier = nil }()
	}
	for i, s := range doc.Sections {
		parts = append(parts, c.composeSection(i, s))
	}
	if doc.Funding != nil {
		if bound || th.Columns > 1 {
			notice = c.fundingNotice(doc.Funding, th.TextWidth(), c.root.Child(typeset.RoleSect))
		} else {
			parts = append(parts, sectionList{v: c.fundingNotice(doc.Funding, th.ColumnWidth(), c.root.Child(typeset.RoleSect))})
		}
	}
	return joinParts(parts), notice
}

// joinParts joins the sections' vertical lists into the body's, in one
// array of the final length: appended in turn, a long document's list was
// copied over and over as it grew (at 1,768 pages, 77 MB asked for to
// hold 16 MB).
func joinParts(parts []sectionList) []typeset.VNode {
	n := 0
	for _, p := range parts {
		n += p.len()
	}
	body := make([]typeset.VNode, 0, n)
	for i, p := range parts {
		body = p.appendTo(body)
		parts[i] = sectionList{} // copied: its array can go
	}
	return body
}

// pagesAround sets the table of contents, if withContents, and
// counts the pages before and after the body: the contents', whose
// length the body's breaks depend on (a page's parity) and which does
// not depend on the page numbers it shows, and, in a bound edition, the
// back cover's.
func (c *composer) pagesAround(bound, withContents bool, backCover []typeset.VNode) (toc *tableOfContents, contents, after int) {
	th := c.th
	if withContents && len(c.doc.Sections) > 0 {
		toc = c.setContents()
		contents = typeset.CountPages(c.contentsToCount(toc), th.TextHeight())
	}
	if bound {
		after = max(1, typeset.CountPages(backCover, th.TextHeight()))
	}
	return toc, contents, after
}

// placeWarnings finds, for each warning about placed text, the page and
// the band of it where that text stands.
func placeWarnings(d *Document) {
	want := map[typeset.Item]bool{}
	for _, w := range d.Warnings {
		if w.anchor != nil {
			want[w.anchor] = true
		}
	}
	if len(want) == 0 {
		return
	}
	type place struct {
		page      int
		top, size typeset.Scaled
	}
	found := map[typeset.Item]place{}
	for i, p := range d.Pages {
		for _, it := range p.Items {
			if want[it] {
				if g, ok := it.(*typeset.GlyphRun); ok {
					found[it] = place{i + 1, g.Y - g.Size, g.Size * 13 / 10}
				}
			}
		}
	}
	for i, w := range d.Warnings {
		if pl, ok := found[w.anchor]; ok {
			d.Warnings[i].Page, d.Warnings[i].Top, d.Warnings[i].Height = pl.page, pl.top, pl.size
		}
		d.Warnings[i].anchor = nil
	}
}

// paginateColumns makes pages of one or more columns from the body's
// frames: the column frames are filled in turn and placed side by side.
func (c *composer) paginateColumns(frames []typeset.PageBody) []typeset.PageBody {
	th := c.th
	c.checkWidowsAndOrphans(frames)
	if th.Columns < 2 {
		return frames
	}
	var pages []typeset.PageBody
	for i := 0; i < len(frames); i += th.Columns {
		page := typeset.PageBody{Anchors: map[int]typeset.Scaled{}}
		for col := 0; col < th.Columns && i+col < len(frames); col++ {
			f := frames[i+col]
			shift := typeset.Scaled(col) * (th.ColumnWidth() + th.ColumnGap)
			for _, it := range f.Items {
				typeset.MoveRight(it, shift)
			}
			page.Items = append(page.Items, f.Items...)
			page.Outline = append(page.Outline, f.Outline...)
			for k, y := range f.Anchors {
				page.Anchors[k] = y
			}
			page.Used = max(page.Used, f.Used)
		}
		pages = append(pages, page)
	}
	return c.setSpans(pages)
}

// outsideText is text shown outside the pages — a bookmark, the
// document's title and author in its metadata — as the pages show it:
// normalised („e. V.“, „…“, –), its no-break spaces plain ones, which a
// bookmark or a catalogue does not need and a search would not match.
func (c *composer) outsideText(text string) string {
	if r := c.opts.Reuse; r != nil { // a rebuild: the titles as the build before had them
		return r.normalisedText(textKey{text: text, typo: c.typo, outside: true}, func() string {
			return unbreakableSpacesPlain(c.normalise(text))
		})
	}
	return unbreakableSpacesPlain(c.normalise(text))
}

// unbreakableSpacesPlain is text with its no-break spaces, wide and
// narrow, plain ones.
func unbreakableSpacesPlain(text string) string {
	if !strings.ContainsAny(text, "\u00A0\u202F") {
		return text
	}
	return strings.ReplaceAll(strings.ReplaceAll(text, "\u00A0", " "), "\u202F", " ")
}

func (c *composer) meta() Meta {
	m := c.doc.Meta
	subject := m.Subtitle
	if m.Event != "" {
		subject = strings.TrimSpace(m.Event + " – " + subject)
	}
	subject = strings.TrimSuffix(subject, " –")
	// When and where, for a catalogue: „…, 26. Juni 2024, 9–17 Uhr, Weimar“.
	if m.Time != "" || m.Venue != "" {
		parts := []string{}
		if subject != "" {
			parts = append(parts, subject)
		}
		for _, part := range []string{longDate(*c.doc), german.NewNormaliser(c.typo).Normalise(m.Time), m.Venue} {
			if part != "" {
				parts = append(parts, part)
			}
		}
		subject = strings.Join(parts, ", ")
	}
	organisers := make([]string, len(m.Organisers))
	for i, o := range m.Organisers {
		organisers[i] = c.outsideText(o)
	}
	return Meta{
		Title:    c.outsideText(m.Title),
		Subject:  c.outsideText(subject),
		Author:   strings.Join(organisers, ", "),
		Keywords: strings.Join(m.Keywords, ", "),
		Language: m.Language,
		Date:     m.Date,
	}
}

// warn records a typesetting warning, once: material laid out twice (the
// contents, measured before its page numbers are known) must not report
// its problems twice.
func (c *composer) warn(kind WarningKind, where, format string, args ...any) {
	c.warnAt(nil, kind, where, format, args...)
}

// warnAt records a warning about the text that item belongs to, so it can
// be shown on its page.
func (c *composer) warnAt(item typeset.Item, kind WarningKind, where, format string, args ...any) {
	w := Warning{Kind: kind, Where: where, Msg: fmt.Sprintf(format, args...), anchor: item}
	if c.record != nil {
		c.record.warnings = append(c.record.warnings, w)
	}
	c.addWarning(w)
}

// addWarning records a warning unless it was recorded before: the same
// kind at the same place saying the same (the cover's event line and
// the running head lacking the same character in the same font are one
// warning), whatever item it was found on.
func (c *composer) addWarning(w Warning) {
	for _, seen := range c.warnings {
		if seen.Kind == w.Kind && seen.Where == w.Where && seen.Msg == w.Msg {
			return
		}
	}
	c.warnings = append(c.warnings, w)
}

// where names a key of section's in the content file for warnings, at
// its line and column: path is the key within the section (".title",
// ".images[0]"), perhaps with a note on which part of it is meant
// (".body (quote)").
func (c *composer) where(section int, path string) string {
	key, note, _ := strings.Cut(path, " (")
	where := c.doc.At("sections[" + strconv.Itoa(section) + "]" + key)
	if note != "" {
		where += " (" + note
	}
	return where
}

// whereBlock names a block of a section's body for warnings: its own line
// and column when the content knows them, else the section's.
func (c *composer) whereBlock(section int, b content.Block, path string) string {
	if b.Pos.Line == 0 {
		return c.where(section, path)
	}
	return fmt.Sprintf("%s:%d:%d: sections[%d]%s", c.doc.Source, b.Pos.Line, b.Pos.Col, section, path)
}

// at names a key of the content file for warnings: "content.toml:3:1: document.title".
func (c *composer) at(key string) string { return c.doc.At(key) }

// warnFunding reports a missing funding notice, statement or EU emblem, and
// funders credited without their official artwork: the name is set as text, which funders do not accept as the
// logo.
func (c *composer) warnFunding() {
	if c.doc.Funding == nil {
		c.warn(WarnNoFunding, c.at("funding"),
			"no [funding] table: the brochure has no funding notice (statement, funders, EU emblem), which funded events must print; add one (see brochure init) and run brochure check")
		return
	}
	if len(c.doc.Funding.Statement) == 0 {
		c.warn(WarnNoFunding, c.at("funding.statement"),
			"the funding notice has no statement: write it as [funding] statement = \"…\" and run brochure check")
	}
	if !c.doc.Funding.EUCofunded {
		c.warn(WarnNoFunding, c.at("funding"),
			"the funding notice has no EU emblem: a brochure of the ESF Plus shows it with „Kofinanziert von der Europäischen Union“ on the cover and beside the notice; set eu_cofunded = true under [funding] (brochure check fails without it)")
	}
	for i, f := range c.doc.Funding.Funders {
		if f.Logo == nil {
			c.warn(WarnMissingLogo, funderWhere(c.doc, i, f)+".logo",
				"no official logo given for %s; its name is set as text. Supply the official artwork (PNG, JPEG or PDF) as logo = \"…\"", f.Name)
		}
	}
}

// snap rounds a vertical space up to whole lines of body text when the
// theme keeps a baseline grid.
func (c *composer) snap(h typeset.Scaled) typeset.Scaled {
	if !c.th.BaselineGrid || h <= 0 {
		return h
	}
	l := c.th.Body.Leading
	return (h + l - 1) / l * l
}

// gridSpace is vertical glue of at least h that keeps the grid.
func (c *composer) gridSpace(h typeset.Scaled) typeset.VNode { return typeset.Space(c.snap(h)) }

// padToGrid adds space after a block so its total height is whole lines.
func (c *composer) padToGrid(v []typeset.VNode) []typeset.VNode {
	if !c.th.BaselineGrid {
		return v
	}
	return append(v, c.gridPad(typeset.StackHeight(v))...)
}

// gridPad is the space padToGrid adds after a block h high: none, or a
// box that makes its height whole lines when the theme keeps a baseline
// grid.
func (c *composer) gridPad(h typeset.Scaled) []typeset.VNode {
	if !c.th.BaselineGrid {
		return nil
	}
	if extra := c.snap(h) - h; extra > 0 {
		return []typeset.VNode{typeset.Box(extra)}
	}
	return nil
}

// typographyOf maps the document's switches onto the normaliser's rules.
func typographyOf(t content.Typography) german.Typography {
	return german.Typography{NFC: t.UnicodeNFC, Quotes: t.Quotes, Guillemets: t.QuoteStyle == content.Guillemets,
		Dashes: t.Dashes, Ranges: t.Ranges, Ellipsis: t.Ellipsis, Abbreviations: t.Abbreviations,
		NoBreakSpaces: t.NoBreakSpaces}
}

// lineRuns are the first and the last glyph run of a line (nil when it
// has none).
type lineRuns struct{ first, last *typeset.GlyphRun }

// runsOfLines lists the first and last glyph runs of the line boxes in v.
func runsOfLines(v []typeset.VNode) []lineRuns {
	out := make([]lineRuns, 0, lineBoxes(v))
	for _, box := range v {
		if box.Kind == typeset.VBox {
			out = append(out, lineRuns{firstRun(box.Items), lastRun(box.Items)})
		}
	}
	return out
}

// lineItem is the first glyph run of line n of paragraph para (nil if
// none).
func (c *composer) lineItem(para, n int) typeset.Item {
	if para < 1 || para > len(c.paraLines) || n < 0 || n >= len(c.paraLines[para-1]) {
		return nil
	}
	if g := c.paraLines[para-1][n].first; g != nil {
		return g
	}
	return nil
}

// checkWidowsAndOrphans reports a paragraph's first line alone at the
// foot of a column (orphan) or its last line alone at the head (widow).
// The page builder forbids both; this is the engine checking itself.
func (c *composer) checkWidowsAndOrphans(frames []typeset.PageBody) {
	for i, f := range frames {
		if len(f.Lines) == 0 {
			continue
		}
		column := "the page" // the warning is placed on its page (placeWarnings)
		if cols := max(c.th.Columns, 1); cols > 1 {
			column = fmt.Sprintf("column %d of the page", i%cols+1)
		}
		first, last := f.Lines[0], f.Lines[len(f.Lines)-1]
		count := func(para int) int {
			n := 0
			for _, l := range f.Lines {
				if l.Para == para {
					n++
				}
			}
			return n
		}
		if first.Lines > 1 && first.Line == first.Lines-1 && count(first.Para) == 1 {
			c.warnAt(c.lineItem(first.Para, first.Line), WarnWidow, c.paraWhere[first.Para-1], "widow: the paragraph's last line stands alone at the head of %s", column)
		}
		if last.Lines > 1 && last.Line == 0 && count(last.Para) == 1 {
			c.warnAt(c.lineItem(last.Para, last.Line), WarnOrphan, c.paraWhere[last.Para-1], "orphan: the paragraph's first line stands alone at the foot of %s", column)
		}
	}
}

// funderWhere is where funder i's entry is: its file, line and column
// and key path, or the key path after the file when it came from no file.
func funderWhere(doc *content.Document, i int, f content.Funder) string {
	if f.Where != "" {
		return f.Where
	}
	return fmt.Sprintf("%s: funding.funders[%d]", doc.Source, i)
}
