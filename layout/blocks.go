package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/content"
	"brochure/layout/typeset"
)

// blocks lays out body text under the structure element parent, appended
// to v: paragraphs justified (P), lists with hanging bullets (L), quotes
// inset with an accent rule (BlockQuote), sub-headings (H3) kept with the
// text they head, and so is a short paragraph all in bold (boldLead) and
// a paragraph that leads into a list or quote (leadsIn).
func (c *composer) blocks(v []typeset.VNode, i int, parent *typeset.StructElement, blocks []content.Block, x, width typeset.Scaled) []typeset.VNode {
	th := c.th
	for k, b := range blocks {
		if k > 0 && blocks[k-1].Kind != content.Subheading {
			v = append(v, typeset.Space(th.ParSkip))
		}
		where := c.whereBlock(i, b, fmt.Sprintf(".body (block %d)", k+1))
		switch b.Kind {
		case content.Subheading:
			sub := c.subheading(b, k == 0, parent.Child(typeset.RoleH3), x, width, where)
			// A section's own (not in a list or quote): where its entry
			// in the contents and its bookmark lead.
			if f := firstBox(sub); f >= 0 && parent.Role == typeset.RoleSect {
				sub[f].Anchor = subheadingAnchor(i, k)
			}
			v = append(v, sub...)
		case content.Paragraph:
			v = append(v, c.paragraph(b.Inlines, parent.Child(typeset.RoleP), th.Body, x, width, paragraphAlign(b, th.BodyAlign), where)...)
			if k < len(blocks)-1 && (boldLead(b) || leadsIn(b, blocks[k+1])) {
				v = append(v, typeset.Penalty(typeset.Infinity))
			}
		case content.BulletList, content.OrderedList:
			v = append(v, c.list(i, parent.Child(typeset.RoleL), b, x, width)...)
		case content.Quote:
			v = append(v, c.quote(i, parent.Child(typeset.RoleBlockQuote), b, x, width)...)
		}
	}
	return v
}

// paragraphAlign is the alignment of a body paragraph: the theme's, but
// ragged for one written a line each (an address, a contact), whose
// line too long for the measure wraps without the wide word spaces of a
// justified line, and not into a lone short word (typeset.RaggedLines).
// Prose with a line break of the author's stays justified.
func paragraphAlign(b content.Block, body typeset.Align) typeset.Align {
	if b.Lines {
		return typeset.RaggedLines
	}
	return body
}

// subheading sets a sub-heading of a section's text, balanced in the
// subheading role, a line of space above it (none where it opens the
// text, and what keeps the grid) and none below; no page breaks between it and the text it heads
// (whose first lines the widow and orphan rules keep together).
func (c *composer) subheading(b content.Block, first bool, h *typeset.StructElement, x, width typeset.Scaled, where string) []typeset.VNode {
	var v []typeset.VNode
	if !first {
		v = append(v, c.gridSpace(c.th.Body.Leading))
	}
	lines := tag(c.balancedText(spansOf(b.Inlines), c.th.Subheading, x, width, where), h)
	// On the baseline grid, the room the sub-heading leaves of its last
	// line comes above it, so the text under it keeps the grid.
	v = append(v, c.gridPad(typeset.StackHeight(lines))...)
	for k := range lines {
		if k > 0 && lines[k].Kind == typeset.VBox {
			v = append(v, typeset.Penalty(typeset.Infinity))
		}
		v = append(v, lines[k])
	}
	return append(v, typeset.Penalty(typeset.Infinity))
}

// list sets each item (LI) with a hanging marker (Lbl, bullet or number,
// see listLabels) before its body (LBody).
func (c *composer) list(i int, l *typeset.StructElement, b content.Block, x, width typeset.Scaled) []typeset.VNode {
	th := c.th
	labels, labelX, indent := c.listLabels(b.Kind, len(b.Children), th.Body, th.ListIndent)
	var v []typeset.VNode
	items := make([][]typeset.VNode, len(b.Children))
	lis := make([]*typeset.StructElement, len(b.Children))
	for n, item := range b.Children {
		lis[n] = l.Child(typeset.RoleLI)
		items[n] = c.blocks(nil, i, lis[n].Child(typeset.RoleLBody), item.Children, x+indent, width-indent)
	}
	for n, li := range lis {
		if n > 0 {
			v = append(v, typeset.Penalty(itemBreak(items, n)), typeset.Space(th.ParSkip/3))
		}
		itemNodes := items[n]
		if first := firstBox(itemNodes); first >= 0 {
			mark, _ := c.oneLine(plain(labels[n]), th.Body, x+labelX[n], itemNodes[first].Height)
			tagItems(mark, li.Child(typeset.RoleLbl))
			// The marker is drawn first: it is read first.
			itemNodes[first].Items = append(mark, itemNodes[first].Items...)
		}
		v = append(v, itemNodes...)
	}
	return v
}

// itemBreak is the cost of a page break before item n of a list whose
// items are set as items: listEndBreak where it leaves the first item
// alone at a column's foot, or carries the last alone to the next, and
// that item is a single line — „1. die Aufforderung zur Mitwirkung,“
// under its lead-in, the rest of the list overleaf, reads as the list's
// orphan; nothing between other items.
func itemBreak(items [][]typeset.VNode, n int) int {
	if n == 1 && lineBoxes(items[0]) == 1 || n == len(items)-1 && lineBoxes(items[n]) == 1 {
		return listEndBreak
	}
	return 0
}

// listEndBreak is what a page break that leaves a list's one-line first
// or last item alone costs: as much as a little white, so a short list
// moves on whole, or brings its lead-in's last lines along, where that
// leaves the column before a little short (the prober's report). At
// 1500 and more, the corpus's event 26 spent a screen page more on it.
const listEndBreak = 1000

// lineBoxes counts the boxes (lines) of a vertical list.
func lineBoxes(v []typeset.VNode) int {
	n := 0
	for _, node := range v {
		if node.Kind == typeset.VBox {
			n++
		}
	}
	return n
}

// quote sets a block quote: the quote style, inset on both sides, with an
// accent rule running down its left edge.
func (c *composer) quote(i int, q *typeset.StructElement, b content.Block, x, width typeset.Scaled) []typeset.VNode {
	th := c.th
	inset := th.ListIndent
	var v []typeset.VNode
	for k, child := range b.Children {
		if k > 0 {
			v = append(v, typeset.Space(th.ParSkip))
		}
		if child.Kind == content.Paragraph {
			v = append(v, tag(c.balancedText(spansOf(child.Inlines), th.Quote, x+inset, width-2*inset, c.where(i, ".body (quote)")), q.Child(typeset.RoleP))...)
		} else {
			v = c.blocks(v, i, q, []content.Block{child}, x+inset, width-2*inset)
		}
	}
	if b.By != "" {
		// The attribution below the quote, inside its bar: „– Name“.
		by := th.SpeakerRole
		v = append(v, typeset.Space(typeset.Pt(4)))
		v = append(v, tag(c.displayText(plain("– "+b.By), by, x+inset, width-2*inset, c.where(i, ".quotes (by)")), q.Child(typeset.RoleP))...)
	}
	// The rule runs from the first line's cap height to the last baseline
	// plus descent: add a piece to every box and space.
	for k := range v {
		if v[k].Kind == typeset.VPenalty {
			continue
		}
		if v[k].Kind == typeset.VGlue {
			v[k] = typeset.Box(v[k].Height) // inside a quote, space is part of the bar
		}
		top := typeset.Scaled(0)
		if k == 0 {
			top = v[k].Height - typeset.OfEm(th.Quote.Face().Ascent, th.Quote.Size)
		}
		bottom := v[k].Height
		if k == len(v)-1 {
			bottom += typeset.OfEm(-th.Quote.Face().Descent, th.Quote.Size)
		}
		v[k].Items = append(v[k].Items, &typeset.Rule{X: x, Y: top, W: typeset.Pt(2.5), H: bottom - top, Colour: th.Accent})
	}
	return v
}

// paragraph sets inline text as the paragraph element p.
func (c *composer) paragraph(inlines []content.Inline, p *typeset.StructElement, st typeset.TextStyle, x, width typeset.Scaled, align typeset.Align, where string) []typeset.VNode {
	return tag(c.textBlock(spansOf(inlines), st, x, width, align, where), p)
}

// firstBox returns the index of the first box in v, or -1.
func firstBox(v []typeset.VNode) int {
	for k, n := range v {
		if n.Kind == typeset.VBox {
			return k
		}
	}
	return -1
}

// maxBoldLead is the longest paragraph all in bold that is taken for a
// heading, in characters.
const maxBoldLead = 60

// boldLead reports whether a paragraph is a short line all in bold
// without a full stop (**Ausblick**, **Wo es hakt**): authors who do not
// write ### set their sub-headings so, and such a line must not stand at
// a column's foot apart from the text it heads. It stays a paragraph:
// only the page break after it is forbidden.
func boldLead(b content.Block) bool {
	var text strings.Builder
	for _, in := range b.Inlines {
		if in.Break || in.Style&content.Bold == 0 && strings.TrimSpace(in.Text) != "" {
			return false
		}
		text.WriteString(in.Text)
	}
	t := strings.TrimSpace(text.String())
	return t != "" && utf8.RuneCountInString(t) <= maxBoldLead && !strings.HasSuffix(t, ".")
}

// leadsIn reports whether paragraph b ends in a colon and the next block
// is a list or a quote: „… die sich an den Bedarfen orientierten:“ then
// the list. Its last line must not end a page with the list overleaf,
// where it reads as a sentence cut off; only the page break after it is
// forbidden (the list's first item comes along with it).
func leadsIn(b, next content.Block) bool {
	switch next.Kind {
	case content.BulletList, content.OrderedList, content.Quote:
	default:
		return false
	}
	for k := len(b.Inlines) - 1; k >= 0; k-- {
		if t := strings.TrimRightFunc(b.Inlines[k].Text, unicode.IsSpace); t != "" {
			return strings.HasSuffix(t, ":")
		}
	}
	return false
}
