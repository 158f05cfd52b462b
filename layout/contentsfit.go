package layout

import "brochure/layout/typeset"

// The contents-fitting rule: a table of contents that does not fit its
// page at the theme's entry spacing (the paragraph space) is first set
// tighter, its entries' spacing shrunk evenly down to
// contentsMinGapPercent of it, so that it fills its one page; where even
// that does not fit, it keeps its spacing and is broken over as few
// pages as it needs, as evenly as they allow — every page, the first
// with the heading, filled to about the same depth — never leaving a few
// entries alone on the last. An entry (label and title) is never divided.

// contentsMinGapPercent is the tightest spacing between two contents
// entries, in percent of the theme's paragraph space: below it the
// entries run together, and two even pages read better.
const contentsMinGapPercent = 40

// contentsPlan is how the entries stand on their pages: the space
// between two entries on one page, and the entries that begin a page
// (none when the contents fits one).
type contentsPlan struct {
	gap    typeset.Scaled
	breaks []int
}

// planContents fits the set contents to the type area by the rule.
func (c *composer) planContents(toc *tableOfContents) contentsPlan {
	th := c.th
	heights := make([]typeset.Scaled, len(toc.entries))
	for i, e := range toc.entries {
		heights[i] = e.groupHeight()
	}
	head := typeset.StackHeight(toc.heading) + c.snap(th.SectionSkip/2)
	natural := c.snap(th.ParSkip)
	return fitContents(heights, head, th.TextHeight(), natural, natural*contentsMinGapPercent/100)
}

// fitContents is the rule for entries of the heights given, below a
// heading head high, on pages height high, at the natural spacing and no
// tighter than floor.
func fitContents(heights []typeset.Scaled, head, height, natural, floor typeset.Scaled) contentsPlan {
	n := len(heights)
	var sum typeset.Scaled
	for _, h := range heights {
		sum += h
	}
	room := height - head
	gaps := typeset.Scaled(max(n-1, 0))
	switch {
	case n < 2 || sum+gaps*natural <= room:
		return contentsPlan{gap: natural}
	case sum+gaps*floor <= room:
		return contentsPlan{gap: min(natural, (room-sum)/gaps)}
	}
	return contentsPlan{gap: natural, breaks: evenContentsPages(heights, head, height, natural)}
}

// evenContentsPages breaks entries over the fewest pages they need at
// the spacing gap, filling no page deeper than it must: the least depth
// at which as few pages still hold them all, found by bisection, each
// page then taking what fits that depth. It returns the entries that
// begin a page, or nil when an entry alone is taller than a page (the
// page breaker then does what it can).
func evenContentsPages(heights []typeset.Scaled, head, height, gap typeset.Scaled) []int {
	fewest := contentsPages(heights, head, height, gap)
	if fewest == 0 {
		return nil
	}
	lo, hi := typeset.Scaled(0), height // pages of depth hi take fewest; lo does not
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if n := contentsPages(heights, head, mid, gap); n > 0 && n <= fewest {
			hi = mid
		} else {
			lo = mid
		}
	}
	var breaks []int
	used := head
	for i, h := range heights {
		if i > 0 && used+gap+h > hi {
			breaks = append(breaks, i)
			used = h
			continue
		}
		if i > 0 {
			used += gap
		}
		used += h
	}
	return breaks
}

// contentsPages counts the pages depth high that entries fill one after
// the other (the first page below the heading), 0 when an entry does not
// fit a page at all.
func contentsPages(heights []typeset.Scaled, head, depth, gap typeset.Scaled) int {
	pages, used := 1, head
	for i, h := range heights {
		if h > depth {
			return 0
		}
		if i > 0 && used+gap+h > depth {
			pages++
			used = h
			continue
		}
		if i > 0 {
			used += gap
		}
		used += h
	}
	if head > depth {
		return 0
	}
	return pages
}
