package layout

import (
	"fmt"
	"slices"

	"brochure/layout/typeset"
)

// runtPageShare is the share of its type area, in per cent, the last
// page of the text must fill where it holds only the end of a section
// begun before it.
const runtPageShare = 30

// runtPage reports, as WarnRuntPage, the last body page that holds the
// sections' content where no section begins on it and what it holds of
// them — the end of a section begun on an earlier page, with the
// funding notice that may follow it — fills less than runtPageShare per
// cent of its type area (from its top to its lowest item): a contact's
// last two lines and a code alone on a page, which a designer pulls back
// onto the pages before.
// A body of one page is none. In a bound edition the message says how
// many pages the brochure would have without that page.
func (r *compositionReader) runtPage() {
	last := -1
	for i := range r.d.Pages {
		if r.d.Pages[i].Kind == BodyPage && !r.onlyEndMatter(i) {
			last = i
		}
	}
	if last < 0 || last == 0 || r.d.Pages[last-1].Kind != BodyPage || r.sectionBeginsOn(last) {
		return
	}
	th := r.c.th
	var filled typeset.Scaled
	var first placed
	found := false
	for _, p := range r.pages[last] {
		filled = max(filled, p.bottom-th.MarginTop) // the funding notice that ends an unbound edition fills it too
		if p.sect >= 0 && (!found || p.top < first.top) {
			first, found = p, true
		}
	}
	area := th.TextHeight()
	if !found || filled*100 >= area*runtPageShare {
		return
	}
	fewer := ""
	if now, then := len(r.d.Pages), r.d.PagesWithout(1); then < now {
		fewer = fmt.Sprintf(" and the brochure at %d pages instead of %d", then, now)
	}
	r.add(WarnRuntPage, last, th.MarginTop, filled, "page", r.whereOf(first),
		"page %d, the last of the text, holds only the end of a section begun before it (%.0f %% of its type area, %.0f mm); a few lines less before it, or a picture set smaller, end the text a page earlier%s",
		last+1, float64(filled)*100/float64(area), filled.MM(), fewer)
}

// sectionBeginsOn reports whether a section's heading stands on page i
// (from 0).
func (r *compositionReader) sectionBeginsOn(i int) bool {
	return slices.ContainsFunc(r.pages[i], isSectionHeading)
}

// isSectionHeading reports whether p is a line of a section's heading
// (its H2; the label above it is not).
func isSectionHeading(p placed) bool {
	g, ok := p.item.(*typeset.GlyphRun)
	return ok && p.sect >= 0 && g.Elem != nil && g.Elem.Role == typeset.RoleH2
}
