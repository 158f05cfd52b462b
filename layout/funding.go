package layout

import (
	"strings"

	"brochure/content"
	"brochure/layout/typeset"
)

// fundingNotice closes the brochure, as the section sect: a rule, the
// funding statement in the author's words, and the logo bar, kept together
// on one page.
func (c *composer) fundingNotice(f *content.Funding, width typeset.Scaled, sect *typeset.StructElement) []typeset.VNode {
	th := c.th
	x := th.MarginLeft
	v := []typeset.VNode{c.gridSpace(th.SectionSkip), typeset.Box(typeset.Pt(10), &typeset.Rule{X: x, Y: 0, W: width, H: th.RuleWeight, Colour: th.Accent},
		&Mark{Kind: MarkFundingNote, X: x, Y: 0, W: width})}
	// The sections' floats stand before the notice that ends the body.
	v[1].FloatBarrier, v[1].FloatFence = true, true
	for _, b := range f.Statement {
		if b.Kind == content.Paragraph {
			var text strings.Builder
			for _, in := range b.Inlines {
				text.WriteString(in.Text)
			}
			if strings.TrimSpace(text.String()) != "" {
				v = append(v, typeset.Box(0, &Mark{Kind: MarkFundingStatement, X: x, W: width, Label: text.String()}))
			}
			// Ragged like the other small text of the notice: a narrow
			// column cannot justify it without wide gaps.
			v = append(v, tag(c.displayText(spansOf(b.Inlines), th.Caption, x, width, c.at("funding.statement")), sect.Child(typeset.RoleP))...)
			v = append(v, typeset.Space(th.ParSkip))
		}
	}
	v = append(v, typeset.Space(typeset.Pt(8)))
	bar, h := c.fundingBar(x, 0, width, sect)
	v = append(v, typeset.Box(h+typeset.Pt(6), bar...))
	return typeset.KeepTogether(c.padToGrid(v))
}

// endWithNotice ends the body's pages with the funding notice, set in
// the whole type area's width (an unbound edition in columns): on the
// last page, below the lowest of its columns, where it fits there, else
// on a page of its own, at its foot (atFoot) — never in one narrow
// column.
func (c *composer) endWithNotice(pages []typeset.PageBody, notice []typeset.VNode) []typeset.PageBody {
	var gap typeset.Scaled // the space above the notice, gone at a page's top
	for _, n := range notice {
		if n.Kind == typeset.VBox {
			break
		}
		gap += n.Height
	}
	set := typeset.Paginate(notice, c.th.TextHeight())
	if len(pages) == 0 || len(set) != 1 {
		return append(pages, set...)
	}
	last := &pages[len(pages)-1]
	top := last.Used + gap
	if top+set[0].Used > c.th.TextHeight() {
		return append(pages, c.atFoot(set[0]))
	}
	for _, it := range set[0].Items {
		typeset.MoveDown(it, top)
	}
	last.Items = append(last.Items, set[0].Items...)
	last.Used = top + set[0].Used
	return pages
}

// atFoot sets a page that holds the funding notice alone at the foot of
// its type area, where the print edition's back cover holds it: at the
// top of a page of its own, with the page empty below it, the screen
// edition's last page read as left unfinished.
func (c *composer) atFoot(pb typeset.PageBody) typeset.PageBody {
	shift := c.th.TextHeight() - pb.Used
	if shift <= 0 {
		return pb
	}
	for _, it := range pb.Items {
		typeset.MoveDown(it, shift)
	}
	for i := range pb.Outline {
		pb.Outline[i].Y += shift
	}
	for k, y := range pb.Anchors {
		pb.Anchors[k] = y + shift
	}
	pb.Used += shift
	return pb
}

// noticeAlone reports whether a page holds nothing but the funding
// notice that ends an unbound body in one column: the notice begins at
// the top of its type area.
func noticeAlone(pb typeset.PageBody) bool {
	m := fundingNoticeIn(pb.Items)
	return m != nil && m.Y == 0
}

// fundingNoticeIn is the mark of the funding notice among items, nil
// where it does not stand.
func fundingNoticeIn(items []typeset.Item) *Mark {
	for _, it := range items {
		if m, ok := it.(*Mark); ok && m.Kind == MarkFundingNote {
			return m
		}
	}
	return nil
}
