package layout

import (
	"reflect"
	"slices"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// Carrying whole sections (Reuse): a build that reads its content
// through content.Carry gets, for every section an edit left alone, the
// very Section the build before decoded, its lists (text, speakers,
// links …) in the same arrays, at the same lines of the same file. Such
// a section, in the same theme, edition and hyphenation and at the same
// place among the sections, is composed exactly as before, so its
// composed list is kept (a template, copied for each build, since a
// build moves its items in place) with what composing it did besides:
// the paragraphs it numbered (their sources and lines' runs), the
// warnings it gave, the justified lines it counted and the floats it
// named. A build that takes it renumbers its paragraphs and floats
// after those before it. Its structure elements are the ones made when
// it was composed: they never change once made, and hang from the root
// the Reuse keeps for every build. A section without any list of its own
// (its arrays are its identity) is composed again, and so is one that
// names files (content.Carry decodes it again, in new arrays).

// sectionKey is a section's identity across builds: its place, its
// plain fields and the first element and length of each of its lists;
// with the part of it kept.
type sectionKey struct {
	part         carriedPart
	i            int
	kind         content.SectionKind
	label, title string
	pos          content.Position
	speakers     *content.Person
	moderation   *content.Person
	body         *content.Block
	talks, links *content.Link
	images       *content.Image
	items        *content.ProgrammeItem
	lens         [7]int
}

// first is the address of a list's first element, nil for an empty one.
func first[T any](s []T) *T {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}

// sectionKeyOf is section i's key; ok is false for a section without
// any list, which has no identity across builds, and for a programme,
// whose rows' repeated header is made, while the page breaker runs, by a
// function of the composer that made the table (its node pool is no
// build's to share).
func sectionKeyOf(i int, s content.Section) (k sectionKey, ok bool) {
	if len(s.Items) > 0 {
		return sectionKey{}, false
	}
	k = sectionKey{i: i, kind: s.Kind, label: s.Label, title: s.Title, pos: s.Pos,
		speakers: first(s.Speakers), moderation: first(s.Moderation), body: first(s.Body),
		talks: first(s.Presentations), links: first(s.Links), images: first(s.Images), items: first(s.Items),
		lens: [7]int{len(s.Speakers), len(s.Moderation), len(s.Body), len(s.Presentations), len(s.Links), len(s.Images), len(s.Items)}}
	return k, k.speakers != nil || k.moderation != nil || k.body != nil || k.talks != nil || k.links != nil || k.images != nil || k.items != nil
}

// sectionContext is everything outside a section that composing it
// reads: the theme (its families as their faces, its protrusion tables
// written out), the hyphenator (which holds the content's exceptions),
// the typography rules and the content file's name. Not the edition:
// Options.Bound is read only where pages are padded and faced
// (pageMultiple, facing.go) and where the funding notice goes, none of
// them a section or a contents entry, so the two editions of one theme
// share their kept sections rather than keep a copy each.
type sectionContext struct {
	th       Theme         // without its families and protrusion tables: in families and styles
	families []familyFaces // the text styles' families, in the theme's order
	styles   string        // the text styles' protrusion tables, written out
	hyph     typeset.Hyphenator
	typo     german.Typography
	source   string
}

// equal reports whether two contexts are the same.
func (x *sectionContext) equal(y *sectionContext) bool {
	return x.th == y.th && slices.Equal(x.families, y.families) && x.styles == y.styles &&
		x.hyph == y.hyph && x.typo == y.typo && x.source == y.source
}

// familyFaces is a family as what stays the same across builds: a
// built-in family itself (its faces are parsed when first used),
// another by its four faces (the font cache hands out the same faces
// while their files are unchanged), which a kept context keeps alive.
type familyFaces struct {
	builtin *fonts.Family
	faces   [4]*fonts.Face
}

// familyFacesOf is a family's familyFaces; nil's is the zero value.
func familyFacesOf(fam *fonts.Family) familyFaces {
	if fam == nil || fam == fonts.Serif() || fam == fonts.Sans() {
		return familyFaces{builtin: fam}
	}
	var f familyFaces
	for k, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic} {
		f.faces[k] = fam.Face(st)
	}
	return f
}

// sectionContextOf is the composer's sectionContext. It walks the
// theme's exported text styles only: reflect may not hand out the
// address of an unexported field (Addr().Interface() panics), and an
// unexported style (there is none) would stay in th, its family and
// protrusion table compared by address, which is stricter, not wrong.
func (c *composer) sectionContextOf() sectionContext {
	th := c.th
	ctx := sectionContext{hyph: c.hyph, typo: c.typo, source: c.doc.Source}
	var styles strings.Builder
	v := reflect.ValueOf(&th).Elem()
	for k := range v.NumField() {
		f := v.Field(k)
		if !v.Type().Field(k).IsExported() || f.Type() != reflect.TypeFor[typeset.TextStyle]() {
			continue
		}
		st := f.Addr().Interface().(*typeset.TextStyle)
		ctx.families = append(ctx.families, familyFacesOf(st.Family))
		styles.WriteString(c.protrusionKey(st.Protrusion))
		styles.WriteByte(';')
		st.Family, st.Protrusion = nil, nil
	}
	ctx.th, ctx.styles = th, styles.String()
	return ctx
}

// sectionSlot is where a Reuse keeps a section: by the context it was
// composed in and its key.
type sectionSlot struct {
	ctx *sectionContext
	key sectionKey
}

// itemAt is where an item stands in a section's list: node and index.
type itemAt struct{ node, item int }

// nowhere is the place of no item (a nil anchor or run).
func nowhere() itemAt { return itemAt{-1, -1} }

// keptSection is a section as composed: its list (items as a template)
// and what composing it added to the composer, with items named by
// their place in the list.
type keptSection struct {
	ctx        *sectionContext // what it was composed in
	v          []typeset.VNode
	paraBase   int // the paragraphs numbered before it, when composed
	floatBase  int // the floats named before it
	paraWhere  []string
	paraLines  [][][2]itemAt // each paragraph's lines' first and last runs
	warnings   []Warning     // as given, anchors taken out
	anchors    []itemAt
	settings   [][]typeset.Line
	floatWhere []string
	mark       int // the number the caller needs besides the list
	used       uint64
}

// sectionRecord gathers, while a section is composed, what finishText
// and warnAt do besides adding to the composer's lists.
type sectionRecord struct {
	warnings []Warning
	settings [][]typeset.Line
}

// carriedPart is what of a section a Reuse keeps as composed.
type carriedPart uint8

// The parts of a section carried.
const (
	wholeSection  carriedPart = iota // the section in the body
	contentsEntry                    // its entry in the table of contents
)

// composeSection composes section i under a new sect element, or takes
// it as kept when a build carries work and the section is unchanged;
// what it composes it keeps for the next build.
func (c *composer) composeSection(i int, s content.Section) sectionList {
	compose := func() ([]typeset.VNode, int) {
		return c.section(i, s, c.root.Child(typeset.RoleSect)), 0
	}
	if c.copier != nil {
		l, _ := c.carriedCopied(i, s, c.copier.next(), compose)
		return l
	}
	l, _ := c.carried(wholeSection, i, s, compose)
	return l
}

// sectionList is a section's list as a build has it: composed (v), or
// taken as kept (a copy of the kept list with copies of its items, made
// when it is appended to the body, so the nodes are copied once).
type sectionList struct {
	v []typeset.VNode
	// kept, when set, is the kept list; items are its nodes' items as
	// copied, and dp and df what its paragraph and float numbers move by.
	kept   []typeset.VNode
	items  [][]typeset.Item
	dp, df int
}

// len is the number of nodes of the list.
func (l sectionList) len() int { return len(l.v) + len(l.kept) }

// appendTo appends the list to dst.
func (l sectionList) appendTo(dst []typeset.VNode) []typeset.VNode {
	if l.kept == nil {
		return append(dst, l.v...)
	}
	for k, n := range l.kept {
		n.Items = l.items[k]
		if n.Para > 0 {
			n.Para += l.dp
		}
		if n.FloatID > 0 {
			n.FloatID += l.df
		}
		dst = append(dst, n)
	}
	return dst
}

// carried returns the part of section i that compose makes — a list and
// a number the caller needs besides (mark) —, taken as kept when a build
// carries work and the section is unchanged, else made by compose and
// kept for the next build.
func (c *composer) carried(part carriedPart, i int, s content.Section, compose func() (v []typeset.VNode, mark int)) (sectionList, int) {
	r := c.opts.Reuse
	key, ok := sectionKeyOf(i, s)
	if r == nil || !ok {
		v, mark := compose()
		return sectionList{v: v}, mark
	}
	key.part = part
	if kept := r.section(key, c.sectionCtx); kept != nil {
		if l, ok := c.replay(kept); ok {
			return l, kept.mark
		}
	}
	return c.composeKept(key, compose)
}

// carriedCopied is carried for section i of the body, as the copier
// found it (cs): taken with the items it copied when it was kept, else
// composed and kept.
func (c *composer) carriedCopied(i int, s content.Section, cs copiedSection, compose func() (v []typeset.VNode, mark int)) (sectionList, int) {
	if cs.kept != nil && cs.ok {
		return c.replayItems(cs.kept, cs.items), cs.kept.mark
	}
	key, ok := sectionKeyOf(i, s)
	if !ok {
		v, mark := compose()
		return sectionList{v: v}, mark
	}
	key.part = wholeSection
	return c.composeKept(key, compose)
}

// composeKept composes a part of a section (compose) and keeps it under
// key for the next builds.
func (c *composer) composeKept(key sectionKey, compose func() (v []typeset.VNode, mark int)) (sectionList, int) {
	r := c.opts.Reuse
	paraBase, floatBase := len(c.paraWhere), len(c.floatWhere)
	c.record = &sectionRecord{}
	v, mark := compose()
	rec := c.record
	c.record = nil
	if kept := c.keepSection(v, rec, paraBase, floatBase); kept != nil {
		kept.mark = mark
		r.keepSection(key, kept)
	}
	return sectionList{v: v}, mark
}

// keepSection makes the kept form of a section just composed, or nil
// when it holds what cannot be kept (an item of a kind not copied, an
// anchor or run outside its list).
func (c *composer) keepSection(v []typeset.VNode, rec *sectionRecord, paraBase, floatBase int) *keptSection {
	template, ok := copyList(v)
	if !ok {
		return nil
	}
	places := map[typeset.Item]itemAt{}
	for k, n := range v {
		for j, it := range n.Items {
			places[it] = itemAt{k, j}
		}
	}
	place := func(it typeset.Item) (itemAt, bool) {
		if it == nil {
			return nowhere(), true
		}
		at, ok := places[it]
		return at, ok
	}
	kept := &keptSection{ctx: c.sectionCtx, v: template, paraBase: paraBase, floatBase: floatBase,
		paraWhere: slices.Clone(c.paraWhere[paraBase:]), settings: rec.settings,
		floatWhere: slices.Clone(c.floatWhere[floatBase:])}
	for _, lines := range c.paraLines[paraBase:] {
		ats := make([][2]itemAt, len(lines))
		for l, ln := range lines {
			var a, b itemAt
			if a, ok = place(runItem(ln.first)); !ok {
				return nil
			}
			if b, ok = place(runItem(ln.last)); !ok {
				return nil
			}
			ats[l] = [2]itemAt{a, b}
		}
		kept.paraLines = append(kept.paraLines, ats)
	}
	for _, w := range rec.warnings {
		at, ok := place(w.anchor)
		if !ok {
			return nil
		}
		w.anchor = nil
		kept.warnings, kept.anchors = append(kept.warnings, w), append(kept.anchors, at)
	}
	return kept
}

// runItem is a run as an item: nil for none.
func runItem(g *typeset.GlyphRun) typeset.Item {
	if g == nil {
		return nil
	}
	return g
}

// replay takes a kept section into this build: copies of its items, its
// paragraphs and floats numbered after those before it, and what
// composing it added to the composer.
func (c *composer) replay(kept *keptSection) (sectionList, bool) {
	items, ok := copyItems(kept.v)
	if !ok {
		return sectionList{}, false
	}
	return c.replayItems(kept, items), true
}

// replayItems is replay with the items of the kept section copied.
func (c *composer) replayItems(kept *keptSection, items [][]typeset.Item) sectionList {
	l := sectionList{kept: kept.v, items: items, dp: len(c.paraWhere) - kept.paraBase, df: len(c.floatWhere) - kept.floatBase}
	item := func(at itemAt) typeset.Item {
		if at == nowhere() {
			return nil
		}
		return items[at.node][at.item]
	}
	run := func(at itemAt) *typeset.GlyphRun {
		g, _ := item(at).(*typeset.GlyphRun)
		return g
	}
	c.paraWhere = append(c.paraWhere, kept.paraWhere...)
	for _, ats := range kept.paraLines {
		lines := make([]lineRuns, len(ats))
		for l, at := range ats {
			lines[l] = lineRuns{run(at[0]), run(at[1])}
		}
		c.paraLines = append(c.paraLines, lines)
	}
	for _, lines := range kept.settings {
		c.setting.AddParagraph(lines)
	}
	for k, w := range kept.warnings {
		w.anchor = item(kept.anchors[k])
		c.addWarning(w)
	}
	c.floatWhere = append(c.floatWhere, kept.floatWhere...)
	return l
}

// copyList copies a list (a section's, a paragraph's line boxes) with
// copies of its items (copyItems), or reports false. Reuse keeps such
// copies as templates and copies them again for each build, since a
// build moves and tags its items in place.
func copyList(v []typeset.VNode) ([]typeset.VNode, bool) {
	items, ok := copyItems(v)
	if !ok {
		return nil, false
	}
	out := slices.Clone(v)
	for k := range out {
		out[k].Items = items[k]
	}
	return out, true
}

// copyItems copies the items of a list, node by node, so a
// build may move them; what the items point to (faces, structure
// elements, extras, QR modules, picture sources) is never changed once
// made, and shared. The glyph runs and link areas, nearly all of a
// list's items, are copied into one array of each. It reports false
// for a node with a bookmark or an item of a kind it does not know.
func copyItems(v []typeset.VNode) ([][]typeset.Item, bool) {
	n, runs, links := 0, 0, 0
	for _, node := range v {
		if node.Outline != nil {
			return nil, false
		}
		n += len(node.Items)
		for _, it := range node.Items {
			switch it.(type) {
			case *typeset.GlyphRun:
				runs++
			case *typeset.LinkArea:
				links++
			default: // copied one by one (copyItem)
			}
		}
	}
	out := make([][]typeset.Item, len(v))
	items := make([]typeset.Item, n)
	runSlab, linkSlab := make([]typeset.GlyphRun, runs), make([]typeset.LinkArea, links)
	for k, node := range v {
		if node.Items == nil {
			continue
		}
		copied := items[:len(node.Items):len(node.Items)]
		items = items[len(node.Items):]
		for j, it := range node.Items {
			switch x := it.(type) {
			case *typeset.GlyphRun:
				runSlab[0] = *x
				copied[j], runSlab = &runSlab[0], runSlab[1:]
			case *typeset.LinkArea:
				linkSlab[0] = *x
				copied[j], linkSlab = &linkSlab[0], linkSlab[1:]
			default:
				c, ok := copyItem(it)
				if !ok {
					return nil, false
				}
				copied[j] = c
			}
		}
		out[k] = copied
	}
	return out, true
}

// copyItem copies an item of a section's list other than a glyph run or
// link area; false for a kind it does not know.
func copyItem(it typeset.Item) (typeset.Item, bool) {
	switch x := it.(type) {
	case *typeset.Rule:
		c := *x
		return &c, true
	case *typeset.QRCode:
		c := *x
		return &c, true
	case *typeset.Picture:
		c := *x
		return &c, true
	case *typeset.Mark:
		c := *x
		return &c, true
	case *typeset.Polygon:
		c := *x
		c.Points = append([]typeset.Vertex(nil), x.Points...)
		return &c, true
	default: // a kind not known here: the section is not kept
		return nil, false
	}
}

// documentRoot is the root of the structure tree of every build through
// r: the Document element, which never changes.
func (r *Reuse) documentRoot() *typeset.StructElement {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.root == nil {
		r.root = &typeset.StructElement{Role: typeset.RoleDocument}
	}
	return r.root
}

// sectionContext returns the kept context equal to ctx, or keeps ctx:
// a build's sections are taken only from builds of the same context
// (builds that overlap, of two editions, may interleave).
func (r *Reuse) sectionContext(ctx sectionContext) *sectionContext {
	r.mu.Lock()
	defer r.mu.Unlock()
	found := &ctx
	for _, kept := range r.contexts {
		if kept.equal(&ctx) {
			found = kept
		}
	}
	next := []*sectionContext{found} // the most recent first
	for _, kept := range r.contexts {
		if kept != found && len(next) < keptContexts {
			next = append(next, kept)
		}
	}
	r.contexts = next
	return found
}

// keptContexts is how many contexts sections are kept in: the print
// edition at its theme's picture limit and at each lower one
// fewerSignatures may try, each with and without its contents page
// (composeWithContentsRule), and the screen edition (serve builds both in
// turn) — 2 × 4 covers them.
const keptContexts = 2 * (1 + (defaultPictureShare-minPictureShare)/pictureShareStep)

// section returns the kept section of the key composed in ctx, marked
// used by this build, or nil.
func (r *Reuse) section(key sectionKey, ctx *sectionContext) *keptSection {
	r.mu.Lock()
	defer r.mu.Unlock()
	kept := r.sections[sectionSlot{ctx, key}]
	if kept == nil {
		return nil
	}
	kept.used = r.build
	r.taken++
	return kept
}

// keepSection keeps a section for the next builds.
func (r *Reuse) keepSection(key sectionKey, kept *keptSection) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sections == nil {
		r.sections = map[sectionSlot]*keptSection{}
	}
	kept.used = r.build
	r.sections[sectionSlot{kept.ctx, key}] = kept
}
