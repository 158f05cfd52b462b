package layout

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"brochure/fonts"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// Reuse carries work from one build to the next in a process that
// rebuilds after every edit (watch, serve):
//   - the hyphenator, whose word cache (bounded, see german.Hyphenator)
//     then already holds the words of the last build, kept while the
//     content's hyphenation exceptions stay the same;
//   - the body paragraphs' and display texts' nodes and lines, keyed by
//     everything they depend on (paragraphKey), and their line boxes as
//     set at their x, copied for each build, so an edit re-sets only the
//     paragraphs it changed; those the last build did not use are
//     dropped;
//   - the split of each speaker grid's columns (gridKey), whose search
//     measures every speaker's text in many widths, dropped alike;
//   - texts normalised by the typography rules (reusetext.go), dropped
//     alike;
//   - the page breaks of the body of the last keptBreaks builds
//     (typeset.PageBreaks), taken again by a build whose body has the
//     same shape: an edit that changes no paragraph's number of lines
//     is not paginated again;
//   - the sections and contents entries of the last two builds as
//     composed, with what composing them did besides, taken whole by a
//     build whose content (read through content.Carry) has them in the
//     same arrays, in the same theme and edition (sectioncarry.go), and
//     the root of the structure tree their elements hang from.
//
// A build through it sets exactly what a fresh build sets. The zero value
// is ready to use; it is safe for builds that overlap.
type Reuse struct {
	mu         sync.Mutex
	hyph       *german.Hyphenator
	exceptions []string
	paragraphs map[paragraphKey]*brokenParagraph
	splits     map[gridKey]*kept[typeset.Scaled]
	texts      map[textKey]*kept[string] // normalised texts (reusetext.go)
	breaks     []*typeset.PageBreaks     // the most recent first; at most keptBreaks
	// plans are the page plans made to place pictures across the columns
	// (spanning.go), the most recent first, at most keptPlans; plansTaken
	// counts those taken since the last build began.
	plans      []*typeset.PageBreaks
	plansTaken int
	build      uint64 // the number of builds begun
	// root is the structure tree's root of every build, under which
	// the elements of carried sections hang (sectioncarry.go); sections
	// are the sections as composed, and contexts what the last builds
	// composed them in (the most recent first; at most keptContexts).
	root     *typeset.StructElement
	sections map[sectionSlot]*keptSection
	contexts []*sectionContext
	taken    int // the sections the last build begun took as kept
}

// hyphenator returns the kept hyphenator when it was made with the same
// exceptions, else a new one, which it keeps.
func (r *Reuse) hyphenator(exceptions []string) *german.Hyphenator {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.hyph == nil || !slices.Equal(r.exceptions, exceptions) {
		r.hyph = german.NewHyphenator(german.GermanPatterns(), exceptions)
		r.exceptions = slices.Clone(exceptions)
	}
	return r.hyph
}

// paragraphKey is everything a body paragraph's nodes and lines depend
// on: its text after normalisation (display text: before, with the rules)
// with its spans' marks, the style (its
// values, the faces the spans use and the margin protrusion table), the
// hyphenator (which holds the content's exceptions), the measure, the
// alignment and the breaker's parameters. Faces are compared as the
// parsed faces themselves: the font cache hands out the same face while
// its file is unchanged, and a new one (a miss here) when it changes.
type paragraphKey struct {
	spans      string
	faces      [4]*fonts.Face // by style; nil for a style the spans do not use
	size       typeset.Scaled
	leading    typeset.Scaled
	colour     typeset.Colour
	tracking   int
	style      fonts.Style
	upper      bool
	protrusion string
	hyph       typeset.Hyphenator
	width      typeset.Scaled
	align      typeset.Align
	params     typeset.BreakParams
	// display text (displaybreaks.go) is set by another rule, and
	// balanced or not; it is kept by its spans as written, with the
	// typography rules that normalise them (zero for body text, whose
	// spans are kept normalised).
	display, balance bool
	typo             german.Typography
}

// keyOf makes the key of a paragraph of normalised spans; protrusion is
// the style's protrusion table written out (protrusionKey).
func keyOf(spans []typeset.Span, st typeset.TextStyle, protrusion string, hyph typeset.Hyphenator, width typeset.Scaled, align typeset.Align, params typeset.BreakParams) paragraphKey {
	k := paragraphKey{size: st.Size, leading: st.Leading, colour: st.Colour, tracking: st.Tracking, style: st.Style, upper: st.Upper,
		protrusion: protrusion, hyph: hyph, width: width, align: align, params: params}
	for _, sp := range spans {
		style := (st.Style | sp.Style) & fonts.BoldItalic
		k.faces[style] = st.Family.Face(style)
	}
	var b strings.Builder
	writeSpans(&b, spans)
	k.spans = b.String()
	return k
}

// writeSpans writes spans' text, addresses, languages and marks for a key.
func writeSpans(b *strings.Builder, spans []typeset.Span) {
	for _, sp := range spans {
		flags := byte(sp.Style) << 4
		for i, set := range []bool{sp.Break, sp.Keep, sp.Name, sp.Address} {
			if set {
				flags |= 1 << i
			}
		}
		b.WriteString(sp.Text)
		b.WriteByte(0)
		b.WriteString(sp.URL)
		b.WriteByte(0)
		b.WriteString(sp.Lang)
		b.WriteByte(0)
		b.WriteByte(flags)
	}
}

// protrusionKey writes a protrusion table out, in order, for a key.
func protrusionKey(p *typeset.Protrusion) string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	for _, side := range []map[rune]int{p.Left, p.Right} {
		for _, r := range slices.Sorted(maps.Keys(side)) {
			fmt.Fprintf(&b, "%d:%d,", r, side[r])
		}
		b.WriteByte('|')
	}
	return b.String()
}

// brokenParagraph is a paragraph's nodes and chosen lines, kept from one
// build to the next, the width the lines are set in, the lines as last
// set (set; nil until then) and the build that last used it.
type brokenParagraph struct {
	p     *typeset.Paragraph
	lines []typeset.Line
	width typeset.Scaled
	set   *setParagraph // guarded by Reuse.mu
	used  uint64
}

// setParagraph is a paragraph as typeset.SetBroken set it at x: its line
// boxes, whose items are a template copied for each build (a build moves
// and tags its items in place), and its lines with their settings, which
// no build changes once they are set (the builds share them).
type setParagraph struct {
	x     typeset.Scaled
	v     []typeset.VNode
	lines []typeset.Line
}

// setAt returns a paragraph's nodes, line boxes and lines as set at x,
// from what is kept when the paragraph was set at x before (its boxes'
// items copied; its lines shared, for the caller only to read), else set by set from the kept nodes and lines (made by
// make, which also gives the width the lines are set in, when the key is
// new), and kept.
func (r *Reuse) setAt(key paragraphKey, x typeset.Scaled, make func() (*typeset.Paragraph, []typeset.Line, typeset.Scaled),
	set func(p *typeset.Paragraph, lines []typeset.Line, width typeset.Scaled) ([]typeset.VNode, []typeset.Line)) (*typeset.Paragraph, []typeset.VNode, []typeset.Line) {
	kept := r.keep(key, make)
	r.mu.Lock()
	done := kept.set
	r.mu.Unlock()
	if done != nil && done.x == x {
		if v, ok := copyList(done.v); ok {
			return kept.p, v, done.lines // read only once set: shared
		}
	}
	v, lines := set(kept.p, slices.Clone(kept.lines), kept.width)
	if template, ok := copyList(v); ok {
		r.mu.Lock()
		kept.set = &setParagraph{x: x, v: template, lines: lines}
		r.mu.Unlock()
	}
	return kept.p, v, lines
}

// maxReusedNodes bounds the nodes of a paragraph a Reuse keeps (some
// 10 MB, a paragraph of about 100 kB): a longer one is broken again by
// every build rather than held between builds (a paragraph of 780 kB
// held 130 MB of nodes while the preview served its pages).
const maxReusedNodes = 1 << 16

// keep returns the kept paragraph of the key, or makes and keeps it (a
// paragraph of more than maxReusedNodes nodes: makes it only).
func (r *Reuse) keep(key paragraphKey, make func() (*typeset.Paragraph, []typeset.Line, typeset.Scaled)) *brokenParagraph {
	r.mu.Lock()
	kept, ok := r.paragraphs[key]
	if ok {
		kept.used = r.build
	}
	r.mu.Unlock()
	if !ok {
		p, lines, width := make()
		kept = &brokenParagraph{p: p, lines: lines, width: width}
		if len(p.Nodes) > maxReusedNodes {
			return kept // set for this build only
		}
		r.mu.Lock()
		if r.paragraphs == nil {
			r.paragraphs = map[paragraphKey]*brokenParagraph{}
		}
		kept.used = r.build
		r.paragraphs[key] = kept
		r.mu.Unlock()
	}
	return kept
}

// begin starts a build: the paragraphs and grids the build before did
// not use are dropped, so what is kept is bounded by the last two
// builds' text.
func (r *Reuse) begin() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k, v := range r.paragraphs {
		if v.used < r.build {
			delete(r.paragraphs, k)
		}
	}
	dropUnused(r.splits, r.build)
	dropUnused(r.texts, r.build)
	for k, v := range r.sections {
		if v.used+1 < r.build { // the last two builds': both editions, built in turn
			delete(r.sections, k)
		}
	}
	r.build++
	r.taken, r.plansTaken = 0, 0
}

// gridKey is everything the split of a speaker grid's two columns
// depends on: the names' and roles' styles (each with all four faces of
// its family, its protrusion table, the hyphenator and the display
// parameters), every speaker's normalised name and role and the height
// of their portrait, and the widths the search runs between.
type gridKey struct {
	name, role      paragraphKey // the styles; their spans are empty
	people          string
	avail, lo, hi   typeset.Scaled
	photo, photoGap typeset.Scaled
}

// split returns the kept first column's width of a grid, or searches,
// keeps and returns it.
func (r *Reuse) split(key gridKey, search func() typeset.Scaled) typeset.Scaled {
	return keptFor(r, &r.splits, key, search)
}

// kept is a value a rebuild may take again, and the build that last
// used it.
type kept[V any] struct {
	value V
	used  uint64
}

// keptFor returns the value kept in *m under key, marking it used by
// this build, else makes it (produce), keeps it and returns it. r.mu
// guards *m; it is not held while produce runs.
func keptFor[K comparable, V any](r *Reuse, m *map[K]*kept[V], key K, produce func() V) V {
	r.mu.Lock()
	if k, ok := (*m)[key]; ok {
		k.used = r.build
		r.mu.Unlock()
		return k.value
	}
	r.mu.Unlock()
	v := produce()
	r.mu.Lock()
	defer r.mu.Unlock()
	if *m == nil {
		*m = map[K]*kept[V]{}
	}
	(*m)[key] = &kept[V]{value: v, used: r.build}
	return v
}

// dropUnused drops from m the values the build before did not use; r.mu
// is held.
func dropUnused[K comparable, V any](m map[K]*kept[V], build uint64) {
	for k, v := range m {
		if v.used < build {
			delete(m, k)
		}
	}
}

// ParagraphsKept is the number of paragraphs kept for the next build.
func (r *Reuse) ParagraphsKept() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.paragraphs)
}

// keptBreaks is how many builds' page breaks a Reuse keeps: two, so a
// process that builds both editions in turn (serve), or an edit and its
// undoing, finds those of the build before last.
const keptBreaks = 2

// breakPages breaks the body into frames as typeset.BreakPages does,
// taking the breaks of one of the last builds when its body had the same
// shape, and keeps the breaks for the next builds. A nil Reuse breaks
// afresh. plans are breaks of this build searched already
// (typeset.PlanPages), taken where they fit as a last build's are.
func (r *Reuse) breakPages(v []typeset.VNode, params typeset.PageParams, plans ...*typeset.PageBreaks) []typeset.PageBody {
	if r == nil {
		if plans = slices.DeleteFunc(plans, func(p *typeset.PageBreaks) bool { return p == nil }); len(plans) > 0 {
			pages, _ := typeset.BreakPagesAgain(v, params, plans)
			return pages
		}
		return typeset.BreakPages(v, params)
	}
	r.mu.Lock()
	kept := append(slices.Clone(r.breaks), plans...)
	r.mu.Unlock()
	pages, breaks := typeset.BreakPagesAgain(v, params, kept)
	if breaks != nil {
		r.mu.Lock()
		next := []*typeset.PageBreaks{breaks} // a new array: the one dropped is not held
		for _, b := range r.breaks {
			if b != breaks && len(next) < keptBreaks {
				next = append(next, b)
			}
		}
		r.breaks = next
		r.mu.Unlock()
	}
	return pages
}

// keptPlans is how many page plans for pictures across the columns a
// Reuse keeps: every plan of the last two builds (a build makes one for
// each pass that places them anew, at most maxSpanPasses+1).
const keptPlans = 2 * (maxSpanPasses + 1)

// planPages plans the body's pages as typeset.PlanPages does, taking a
// plan of one of the last builds when the body had the same shape and
// the pictures took the same room, and keeps the plan for the next
// builds. A nil Reuse plans afresh.
func (r *Reuse) planPages(v []typeset.VNode, params typeset.PageParams) *typeset.PageBreaks {
	if r == nil {
		return typeset.PlanPages(v, params)
	}
	r.mu.Lock()
	kept := slices.Clone(r.plans)
	r.mu.Unlock()
	plan := typeset.PlanPagesAgain(v, params, kept)
	if plan == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if slices.Contains(kept, plan) {
		r.plansTaken++
	}
	next := []*typeset.PageBreaks{plan} // a new array: the ones dropped are not held
	for _, p := range r.plans {
		if p != plan && len(next) < keptPlans {
			next = append(next, p)
		}
	}
	r.plans = next
	return plan
}

// PagePlansTaken is the number of page plans for pictures across the
// columns taken as made before since the last build began: by a build
// before, or by an earlier composition of the same build (Compose may
// compose more than once: fewerSignatures). Exact, as SectionsTaken, only
// for builds that do not overlap.
func (r *Reuse) PagePlansTaken() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.plansTaken
}

// SectionsTaken is the number of sections and contents entries taken as
// composed by a build before (sectioncarry.go) since the last build
// began. It is exact only for builds that do not overlap: every build
// that begins resets the count, and builds that overlap (serve's two
// editions) add to it together, so it then counts what some of them
// took, not what one did. Tests read it after a build, none running.
func (r *Reuse) SectionsTaken() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.taken
}
