package layout

import "brochure/content"

// fundingBar is the logo bar: national funders on the left, the EU emblem
// with its statement on the right, their tops at y.
func (c *composer) fundingBar(x, y, width Scaled) []Item {
	f := c.doc.Funding
	var items []Item
	if f.EUCofunded {
		h := c.th.EmblemHeight
		eu, w := c.euBlock(0, y, h)
		for _, it := range eu {
			moveRight(it, x+width-w)
		}
		items = append(items, eu...)
	}
	fx := x
	for _, fu := range f.Funders {
		fi, _ := c.funderBlock(fu.Label, fu.Name, fx, y-Pt(2), width/2-Pt(12))
		items = append(items, fi...)
		fx += width / 2
	}
	return items
}

// fundingNotice closes the brochure: a rule, the funding statement in the
// author's words, and the logo bar, kept together on one page.
func (c *composer) fundingNotice(f *content.Funding) []VNode {
	th := c.th
	x, width := th.MarginLeft, th.TextWidth()
	v := []VNode{Space(th.SectionSkip), Box(Pt(10), &Rule{X: x, Y: 0, W: width, H: th.RuleWeight, Colour: th.Accent})}
	for _, b := range f.Statement {
		if b.Kind == content.Paragraph {
			v = append(v, c.textBlock(spansOf(b.Inlines), th.Caption, x, width, Justified, "funding.statement")...)
			v = append(v, Space(th.ParSkip))
		}
	}
	v = append(v, Space(Pt(8)))
	bar := c.fundingBar(x, 0, width)
	v = append(v, Box(th.EmblemHeight+Pt(6), bar...))
	return keepTogether(v)
}
