package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// sectionCopier looks the body's sections up among those a Reuse keeps
// and copies the items of those it finds (copyItems), on a goroutine of
// its own, ahead of the composer, which then takes each section with
// its items copied: on a machine with a core to spare, copying carried
// sections takes the composer no time. It looks each section up before
// the composer reaches it (the composer waits for it otherwise), so a
// section the composer composes and keeps is never one the copier then
// finds. A panic while copying is raised again on the composer's
// goroutine, where a build's recovery (watch, serve) catches it.
type sectionCopier struct {
	copied chan copiedSection // one per section, in order; never full
}

// copiedSection is one section as the copier found it: kept (nil when
// no build kept it) and its items copied (ok false when they could not
// be), or what copying panicked with.
type copiedSection struct {
	kept     *keptSection
	items    [][]typeset.Item
	ok       bool
	panicked any
}

// startCopier starts looking up and copying the body's sections kept in
// r for context ctx.
func startCopier(r *Reuse, ctx *sectionContext, sections []content.Section) *sectionCopier {
	sc := &sectionCopier{copied: make(chan copiedSection, len(sections))}
	go sc.run(r, ctx, sections)
	return sc
}

func (sc *sectionCopier) run(r *Reuse, ctx *sectionContext, sections []content.Section) {
	for i, s := range sections {
		cs := copySection(r, ctx, i, s)
		sc.copied <- cs
		if cs.panicked != nil {
			return
		}
	}
}

// copySection looks up section i and copies its items, catching a
// panic.
func copySection(r *Reuse, ctx *sectionContext, i int, s content.Section) (cs copiedSection) {
	defer func() {
		if p := recover(); p != nil {
			cs = copiedSection{panicked: p}
		}
	}()
	key, ok := sectionKeyOf(i, s)
	if !ok {
		return copiedSection{}
	}
	key.part = wholeSection
	cs.kept = r.section(key, ctx)
	if cs.kept != nil {
		cs.items, cs.ok = copyItems(cs.kept.v)
	}
	return cs
}

// next is the next section as the copier found it.
func (sc *sectionCopier) next() copiedSection {
	cs := <-sc.copied
	if cs.panicked != nil {
		panic(cs.panicked)
	}
	return cs
}
