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
		items, _ := c.oneLine(plain(m.Kind), th.CoverKind, x, typeset.MM(30))
		tagItems(items, heading)
		page.Items = append(page.Items, items...)
	}
	// Title, subtitle and date stand on the field, bottom-aligned above
	// its lower edge; the title's size gives where the field would not
	// hold it below the kind.
	var rest []typeset.VNode
	if m.Subtitle != "" {
		rest = append(rest, typeset.Space(typeset.Pt(10)))
		rest = append(rest, tag(c.balancedText(plain(m.Subtitle), th.CoverSubtitle, x, width*4/5, c.at("document.subtitle")), c.root.Child(typeset.RoleP))...)
	}
	rest = append(rest, typeset.Space(typeset.Pt(22)))
	when := longDate(*c.doc)
	if m.Time != "" {
		when += ", " + m.Time
	}
	rest = append(rest, tag(c.balancedText(plain(when), th.CoverDate, x, width, c.at("document.date")), c.root.Child(typeset.RoleP))...)
	if m.Venue != "" {
		rest = append(rest, tag(c.balancedText(plain(m.Venue), th.CoverDate, x, width, c.at("document.venue")), c.root.Child(typeset.RoleP))...)
	}
	bottom := field - typeset.MM(22) - typeset.StackHeight(rest)
	// The title begins 38 mm from the top at the highest: a little below
	// the kind of document, whose baseline stands at 30 mm.
	titleStyle := c.coverTitleStyle(m.Title, width, bottom-typeset.MM(38))
	stack := tag(c.balancedText(plain(m.Title), titleStyle, x, width, c.at("document.title")), heading)
	stack = append(stack, rest...)
	top := bottom - typeset.StackHeight(stack) + typeset.StackHeight(rest)
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

// coverTitleStyle is the theme's cover title style, or, where the title
// set in it would be taller than room, the largest of 90, 80, … 50 % of
// its size (and leading) that fits: a long title is set smaller rather
// than run up into the kind above it.
func (c *composer) coverTitleStyle(title string, width, room typeset.Scaled) typeset.TextStyle {
	st := c.th.CoverTitle
	for pct := typeset.Scaled(100); pct >= 50; pct -= 10 {
		s := st
		s.Size, s.Leading = st.Size*pct/100, st.Leading*pct/100
		if c.newPreparedDisplay(plain(title), s).height(width) <= room || pct == 50 {
			return s
		}
	}
	return st
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
