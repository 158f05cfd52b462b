package layout

import (
	"cmp"
	"slices"

	"brochure/layout/typeset"
)

// floatsPastHeadings reports, as WarnFloatPastHeading, each picture or
// link block of a section that a reader meets after the heading of a
// later section on the same page: read column by column from the top (a
// picture across the columns above them first, one at their foot last),
// it comes after that heading, among the other section's text, and is
// taken for that section's — a keynote's panorama across the columns at
// the foot of the page on which the next forum begins. One at the head of
// the page after (a talk's codes above the next talk's text, where
// holding them would leave a page emptier than allowed) is left to the
// rules that place floats there, unless it has passed the headings of
// two later sections (a workshop's codes at the head of the page after
// the next two workshops began, in one column); a block stranded at the
// head of its page or column is WarnStrandedBlock's.
func (r *compositionReader) floatsPastHeadings() {
	stranded := map[string]bool{}
	for _, w := range r.d.Warnings {
		if w.Kind == WarnStrandedBlock {
			stranded[w.Where] = true
		}
	}
	reported := map[*typeset.StructElement]bool{}
	heading, headingPage := -1, -1 // the last section whose heading the reader has met, and its page
	for i := range r.pages {
		if r.d.Pages[i].Kind != BodyPage {
			continue
		}
		for _, p := range r.readingOrder(i) {
			switch {
			case p.sect < 0:
			case p.kind == kindText:
				if isSectionHeading(p) && p.sect > heading {
					heading, headingPage = p.sect, i
				}
			case (p.sect < heading && headingPage == i || p.sect < heading-1) && p.block != nil && !reported[p.block]:
				reported[p.block] = true
				where := r.whereOf(p)
				if stranded[where] {
					continue
				}
				top, bottom := r.blockBand(p)
				sections := r.c.doc.Sections
				r.add(WarnFloatPastHeading, i, top, bottom-top, p.kind.String(), where,
					"a %s of „%s“ stands on page %d after the heading of „%s“, where a reader takes it for that section's; a little less text or a smaller picture before it keeps it in its section%s",
					p.kind, shortForMessage(sections[p.sect].Title), i+1, shortForMessage(sections[heading].Title), keepHereAdvice(p.kind))
			}
		}
	}
}

// readingOrder is page i's items as a reader meets them: the pictures
// across the columns at the page's top, then each column from its top,
// then those across the columns at its foot.
func (r *compositionReader) readingOrder(i int) []placed {
	items := slices.Clone(r.pages[i])
	top, _ := r.columnBand(items)
	band := func(p placed) int {
		switch {
		case !r.acrossColumns(p):
			return 1
		case p.top-r.c.th.MarginTop < top:
			return 0
		}
		return 2
	}
	slices.SortStableFunc(items, func(a, b placed) int {
		return cmp.Or(cmp.Compare(band(a), band(b)), cmp.Compare(a.col, b.col), cmp.Compare(a.top, b.top))
	})
	return items
}

// keepHereAdvice names the theme key that keeps floats of the kind where
// they are written, for a message about one carried too far: floats.links
// or floats.pictures = "here".
func keepHereAdvice(kind blockKind) string {
	switch kind {
	case kindLinkBlock:
		return `, as does floats.links = "here" in the theme, which keeps every section's links where they are written`
	case kindPicture:
		return `, as does floats.pictures = "here" in the theme, which keeps every picture where it is written`
	}
	return ""
}
