package layout

import (
	"strconv"
	"strings"

	"brochure/content"
	"brochure/layout/typeset"
)

// The contents' second level: a section's sub-headings ("## " and "### "
// in its body) listed under its entry, indented by the list indent, in
// the toc_entry role a size smaller (nine tenths) and in the muted
// colour, each with leaders and its page number right-aligned with the
// sections'; the bookmarks nest them under their section's and the
// tagged contents hold them as a TOC inside the section's TOCI. They are
// listed where at most subheadingSectionsListed sections have any — a
// report, whose reader finds the way by its sub-headings — and left out
// where more have them (a conference whose talks each bring a few),
// whose contents they would lengthen by pages. A section's entry and
// its sub-entries are planned as one block (contentsfit.go) and kept on
// one page; only a block taller than a page breaks, never after the
// section's entry or its first sub-entry, nor before its last.

// subheadingSectionsListed is the most sections with sub-headings whose
// sub-headings the contents and the bookmarks list.
const subheadingSectionsListed = 8

// subheadingAnchorBase is where the anchors of sub-headings begin, far
// above the sections' (sectionAnchor): the anchor of the sub-heading
// that is block k of section i's body is base + i<<20 + k.
const subheadingAnchorBase = 1 << 40

// subheadingAnchor is the anchor of the sub-heading that is block k of
// section i's body.
func subheadingAnchor(i, k int) int { return subheadingAnchorBase + i<<20 + k }

// listsSubheadings reports whether the contents and the bookmarks list
// the document's sub-headings, by the rule above.
func listsSubheadings(doc *content.Document) bool {
	n := 0
	for _, s := range doc.Sections {
		if len(subheadingBlocks(s)) > 0 {
			n++
		}
	}
	return n > 0 && n <= subheadingSectionsListed
}

// subheadingBlocks lists the indices of the sub-headings among a
// section's body blocks (those with text: content refuses one without
// words, and an entry needs a line).
func subheadingBlocks(s content.Section) []int {
	var ks []int
	for k, b := range s.Body {
		if b.Kind == content.Subheading && subheadingText(b) != "" {
			ks = append(ks, k)
		}
	}
	return ks
}

// subheadingText is a sub-heading's text as the contents and bookmarks
// show it: its inlines' text, a line break a space.
func subheadingText(b content.Block) string {
	var t strings.Builder
	for _, in := range b.Inlines {
		if in.Break {
			t.WriteByte(' ')
		}
		t.WriteString(in.Text)
	}
	return strings.TrimSpace(t.String())
}

// tocSubentryStyle is the style of the contents' sub-entries: the
// toc_entry role at nine tenths of its size, in the muted colour.
func (th Theme) tocSubentryStyle() typeset.TextStyle {
	st := th.TOCEntry
	st.Size = st.Size * 9 / 10
	st.Colour = th.Muted
	return st
}

// setSubentries sets the sub-entries of section i's contents entry: each
// sub-heading's text, balanced, indented, in the width the page numbers
// leave.
func (c *composer) setSubentries(i int, s content.Section, x, width typeset.Scaled) []tocEntry {
	th := c.th
	st := th.tocSubentryStyle()
	var subs []tocEntry
	for _, k := range subheadingBlocks(s) {
		b := s.Body[k]
		text := subheadingText(b)
		where := c.whereBlock(i, b, ".body (block "+strconv.Itoa(k+1)+")")
		set := c.balancedText([]typeset.Span{{Text: text, Keep: true}}, st, x+th.ListIndent, width-th.ListIndent, where)
		last := len(set) - 1 // its last line, before the grid's padding
		lines := c.padToGrid(set)
		e := tocEntry{height: typeset.StackHeight(lines), lastEnd: lineEnd(lines[last].Items), lastTop: typeset.StackHeight(lines[:last]),
			lastBaseline: lines[last].Height, description: "Zu " + c.outsideText(text), anchor: subheadingAnchor(i, k)}
		e.items = flatten(lines)
		subs = append(subs, e)
	}
	return subs
}

// groupHeight is the height of an entry with its sub-entries.
func (e *tocEntry) groupHeight() typeset.Scaled {
	h := e.height
	for _, s := range e.subs {
		h += s.height
	}
	return h
}

// beforeSubentry is what stands before sub-entry j of an entry's n: no
// break at all where the entry with its sub-entries fits a page (tall
// false), else none after the section's entry or its first sub-entry,
// nor before its last.
func beforeSubentry(j, n int, tall bool) typeset.VNode {
	if !tall || j < 2 || j == n-1 {
		return typeset.Penalty(typeset.Infinity)
	}
	return typeset.Penalty(0)
}

// tallGroup reports whether an entry with its sub-entries is taller than
// a page of the contents holds.
func (c *composer) tallGroup(e *tocEntry) bool { return e.groupHeight() > c.th.TextHeight() }

// subheadingOutline is the bookmarks of section i's sub-headings, a level
// below its own, each where its anchor landed (starts, by anchor; page
// an index into the body pages), the page moved by offset and the y by
// top.
func (c *composer) subheadingOutline(i int, s content.Section, starts map[int]sectionStart, offset int, top typeset.Scaled) []typeset.OutlineEntry {
	var out []typeset.OutlineEntry
	for _, k := range subheadingBlocks(s) {
		at, ok := starts[subheadingAnchor(i, k)]
		if !ok {
			continue
		}
		out = append(out, typeset.OutlineEntry{Title: c.outsideText(subheadingText(s.Body[k])), Level: 1, Page: offset + at.page, Y: top + at.y})
	}
	return out
}
