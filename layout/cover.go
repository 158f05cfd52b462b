package layout

import (
	"brochure/layout/typeset"
	"strings"
)

// cover builds the title page: a coloured field with the kind of document,
// title, subtitle and date; below it the event line; at the foot the
// funding bar with the EU emblem.
func (c *composer) cover() Page {
	th := c.th
	m := c.doc.Meta
	page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Kind: CoverPage}
	x := typeset.MM(25)
	width := th.PageWidth - 2*x
	field := th.CoverField
	// The field runs off the top and sides into the bleed, so trimming
	// leaves no white edge.
	page.Items = append(page.Items, &typeset.Rule{X: -th.Bleed, Y: -th.Bleed, W: th.PageWidth + 2*th.Bleed, H: field + th.Bleed,
		Colour: th.CoverBackground})

	// The kind above the title is part of the document's heading (H1).
	heading := c.root.Child(typeset.RoleH1)
	if m.Kind != "" {
		items, _ := oneLine(plain(m.Kind), th.CoverKind, x, typeset.MM(30))
		tagItems(items, heading)
		page.Items = append(page.Items, items...)
	}
	// Title, subtitle and date stand on the field, bottom-aligned above
	// its lower edge.
	var stack []typeset.VNode
	stack = append(stack, tag(c.balancedText(plain(m.Title), th.CoverTitle, x, width, c.at("document.title")), heading)...)
	if m.Subtitle != "" {
		stack = append(stack, typeset.Space(typeset.Pt(10)))
		stack = append(stack, tag(c.balancedText(plain(m.Subtitle), th.CoverSubtitle, x, width*4/5, c.at("document.subtitle")), c.root.Child(typeset.RoleP))...)
	}
	stack = append(stack, typeset.Space(typeset.Pt(22)))
	when := longDate(*c.doc)
	if m.Time != "" {
		when += ", " + m.Time
	}
	stack = append(stack, tag(c.balancedText(plain(when), th.CoverDate, x, width, c.at("document.date")), c.root.Child(typeset.RoleP))...)
	if m.Venue != "" {
		stack = append(stack, tag(c.balancedText(plain(m.Venue), th.CoverDate, x, width, c.at("document.venue")), c.root.Child(typeset.RoleP))...)
	}
	top := field - typeset.MM(22) - typeset.StackHeight(stack)
	for _, it := range flatten(stack) {
		typeset.MoveDown(it, top)
		page.Items = append(page.Items, it)
	}

	// Below the field: the event line and the organisers.
	var below []typeset.VNode
	if m.Event != "" {
		below = append(below, tag(c.balancedText(plain(m.Event), th.CoverEvent, x, width, c.at("document.event")), c.root.Child(typeset.RoleP))...)
	}
	if len(m.Organisers) > 0 && !mentionsAll(m.Event, m.Organisers) {
		below = append(below, typeset.Space(typeset.Pt(4)))
		below = append(below, tag(c.balancedText(plain(strings.Join(m.Organisers, " · ")), th.CoverEvent, x, width, c.at("document.organisers")), c.root.Child(typeset.RoleP))...)
	}
	for _, it := range flatten(below) {
		typeset.MoveDown(it, field+typeset.MM(12))
		page.Items = append(page.Items, it)
	}
	if c.doc.Funding != nil && th.CoverFundingBar {
		bar, h := c.fundingBar(x, 0, width, c.root.Child(typeset.RoleDiv))
		for _, it := range bar {
			typeset.MoveDown(it, th.PageHeight-typeset.MM(18)-h)
		}
		page.Items = append(page.Items, bar...)
	}
	return page
}

// mentionsAll reports whether every name occurs in text.
func mentionsAll(text string, names []string) bool {
	for _, n := range names {
		if !strings.Contains(text, n) {
			return false
		}
	}
	return true
}
