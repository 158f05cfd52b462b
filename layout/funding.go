package layout

import (
	"strings"

	"brochure/content"
	"brochure/layout/typeset"
)

// fundingBar is the logo bar: national funders („Gefördert durch:“ and
// the official logo, or the name as text when no artwork was supplied) and
// the EU emblem with its statement. Side by side when there is room,
// stacked in a narrow column. Logos are scaled to at most the emblem's
// height, so the emblem is never smaller than the tallest other logo
// (Annex IX 1.7); side by side, the emblem stands level with the logos,
// under the funders' labels. It returns the items (top at y) and the
// bar's height.
func (c *composer) fundingBar(x, y, width typeset.Scaled, parent *typeset.StructElement) ([]typeset.Item, typeset.Scaled) {
	th := c.th
	f := c.doc.Funding
	emblem := th.EmblemHeight
	gap := typeset.Pt(12)
	var eu []typeset.Item
	var euWidth typeset.Scaled
	if f.EUCofunded {
		eu, euWidth = c.euBlock(0, 0, emblem, parent.Child(typeset.RoleDiv))
	}
	stacked := len(f.Funders) > 0 && f.EUCofunded && width-euWidth-gap < typeset.MM(55)
	var items []typeset.Item
	if stacked {
		fy := y
		for i, fu := range f.Funders {
			it, _, h := c.funder(i, fu, x, fy, width, emblem, parent.Child(typeset.RoleDiv))
			items = append(items, it...)
			fy += h + gap
		}
		for _, it := range eu {
			typeset.MoveRight(it, x)
			typeset.MoveDown(it, fy)
		}
		return append(items, eu...), fy - y + emblem
	}
	// Side by side: the funders share what the EU block leaves.
	room := width
	if f.EUCofunded {
		room -= euWidth + gap
	}
	var height typeset.Scaled
	if n := typeset.Scaled(len(f.Funders)); n > 0 {
		slot := room / n
		for i, fu := range f.Funders {
			it, _, h := c.funder(i, fu, x+typeset.Scaled(i)*slot, y, slot-gap, emblem, parent.Child(typeset.RoleDiv))
			items = append(items, it...)
			height = max(height, h)
		}
	}
	if f.EUCofunded {
		// Level with the funders' logos, under their labels: the marks
		// stand in one row, tops and (logos being as tall) feet level.
		top := y
		if len(f.Funders) > 0 {
			top += th.Caption.Leading
		}
		for _, it := range eu {
			typeset.MoveRight(it, x+width-euWidth)
			typeset.MoveDown(it, top)
		}
		items = append(items, eu...)
		height = max(height, top-y+emblem)
	}
	return items, height
}

// funder credits one national funder, as the element div: its label over
// its logo (scaled to the emblem's height, narrower if the slot demands)
// or, without logo, over its name. The logo is a figure whose alternate
// text is the funder's name, unless the content says otherwise. It returns
// the items, their width and height.
func (c *composer) funder(i int, fu content.Funder, x, y, width, emblem typeset.Scaled, div *typeset.StructElement) ([]typeset.Item, typeset.Scaled, typeset.Scaled) {
	th := c.th
	label := th.Caption
	items, lw := c.oneLine(plain(fu.Label), label, x, y+typeset.OfEm(label.Face().Ascent, label.Size))
	tagItems(items, div.Child(typeset.RoleP))
	top := y + label.Leading
	if fu.Logo != nil {
		where := fu.Logo.Where
		if where == "" {
			where = funderWhere(c.doc, i, fu) + ".logo"
		}
		aspectW, aspectH := int64(fu.Logo.WidthPx), int64(fu.Logo.HeightPx)
		if fu.Logo.Format == "pdf" {
			aspectW, aspectH = int64(fu.Logo.WidthPt*1000), int64(fu.Logo.HeightPt*1000)
		}
		w := typeset.ScaleBy(emblem, aspectW, aspectH)
		if w > width {
			w = width
		}
		pic := c.place(fu.Logo, x, top, w, 0, where)
		alt := fu.Logo.Alt
		if alt == "" {
			alt = fu.Name
		}
		tagFigure([]typeset.Item{pic}, div, alt)
		items = append(items, pic, &Mark{Kind: MarkLogo, X: pic.X, Y: pic.Y, W: pic.W, H: pic.H, Label: fu.Name})
		return items, max(lw, pic.W), label.Leading + pic.H
	}
	v := tag(c.balancedText(plain(fu.Name), th.SpeakerName, x, width, c.at("funding.funders")), div.Child(typeset.RoleP))
	for _, it := range flatten(v) {
		typeset.MoveDown(it, top+typeset.Pt(2))
		items = append(items, it)
	}
	items = append(items, &Mark{Kind: MarkFunderName, X: x, Y: top, W: width, H: typeset.StackHeight(v), Label: fu.Name})
	return items, width, label.Leading + typeset.Pt(2) + typeset.StackHeight(v)
}

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
