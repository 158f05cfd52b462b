package layout

import (
	"slices"

	"brochure/content"
	"brochure/layout/typeset"
)

// The funding bar's spacing.
const (
	// funderGap is the room between two rows of the bar, and between the
	// funders and the EU block.
	funderGap = 12 * typeset.Point
	// groupGap is the room between two groups of funders side by side:
	// three times that between the marks of one group, so a group's last
	// logo is not read as the next group's (the prober's four funders:
	// 4 mm between groups, less than the white inside the artwork of one).
	groupGap = 3 * markGap
	// markGap is the room between two marks of one group: some 4 mm, the
	// clear space around a logo, so two organisations' logos under one
	// label („In Kooperation mit:“) do not read as one (at 2.8 mm the
	// prober's Fachtag's did).
	markGap = 12 * typeset.Point
	// euBesideRoom is the least room the funders need beside the EU block
	// in the first row (some 55 mm); with less, the block stands in a row
	// of its own.
	euBesideRoom = 156 * typeset.Point
)

// funderGroup is a run of funders that share a label („Unterstützt
// von:“): the bar sets the label once, over their marks side by side.
type funderGroup struct {
	label string
	first int // the index of its first funder in the funding table
	marks []funderMark
	// labelH is the height of the label as set in the group's width.
	labelH typeset.Scaled
	// width is the group's width: its marks side by side, or its label
	// where that is wider.
	width typeset.Scaled
}

// funderMark is one funder's mark: the logo at the emblem's height (or
// smaller where the row is too narrow for it), or the name as text.
type funderMark struct {
	funder content.Funder
	w, h   typeset.Scaled
}

// fundingBar is the logo bar: national funders (their label, such as
// „Gefördert durch:“, over the official logo, or over the name as text
// when no artwork was supplied) and the EU emblem with its statement.
// Funders that share a label are grouped under it. The groups run left to
// right in rows, the EU block at the right end of the first, level with
// the logos under the labels; where the first row would leave the funders
// less than euBesideRoom, the block stands in a row of its own after them.
// Logos are set at the emblem's height, so the emblem is never smaller
// than the tallest other logo (Annex IX 1.7); only a logo wider than a
// whole row is set smaller, to fit it. It returns the items (top at y) and
// the bar's height.
func (c *composer) fundingBar(x, y, width typeset.Scaled, parent *typeset.StructElement) ([]typeset.Item, typeset.Scaled) {
	plan := c.planFundingBar(width)
	return c.setFundingBar(plan, x, y, width, parent), plan.height
}

// setFundingBar sets the funding bar as planned for width (a
// planFundingBar's plan), top at y.
func (c *composer) setFundingBar(plan barPlan, x, y, width typeset.Scaled, parent *typeset.StructElement) []typeset.Item {
	emblem := c.th.EmblemHeight
	var eu []typeset.Item
	if c.doc.Funding.EUCofunded {
		eu, _ = c.euBlock(0, 0, emblem, parent.Child(typeset.RoleDiv))
	}
	var items []typeset.Item
	top := y
	for r, row := range plan.rows {
		items = append(items, c.funderRow(row, x, top, plan.labelH[r], parent)...)
		top += plan.rowH[r] + funderGap
	}
	if len(eu) > 0 {
		euX, euY := x+width-plan.euWidth, y+plan.firstLabelH()
		if !plan.euBeside {
			euX, euY = x, top
		}
		for _, it := range eu {
			typeset.MoveRight(it, euX)
			typeset.MoveDown(it, euY)
		}
		items = append(items, eu...)
	}
	return items
}

// barPlan is how the funding bar is laid out in its width: its rows of
// groups, each row's label height and height, and where the EU block
// stands.
type barPlan struct {
	rows     [][]funderGroup
	labelH   []typeset.Scaled // the tallest label of each row
	rowH     []typeset.Scaled // each row's height (the first's with the EU block beside it)
	euBeside bool             // the EU block ends the first row (else it has a row of its own)
	euWidth  typeset.Scaled
	height   typeset.Scaled // the bar's height
}

// firstLabelH is the label height of the first row, where the EU block
// beside it stands level with its logos; 0 without funders.
func (p barPlan) firstLabelH() typeset.Scaled {
	if len(p.labelH) == 0 {
		return 0
	}
	return p.labelH[0]
}

// planFundingBar lays the funding bar out in width without setting it:
// the cover measures it to size the room above it.
func (c *composer) planFundingBar(width typeset.Scaled) barPlan {
	f := c.doc.Funding
	emblem := c.th.EmblemHeight
	var p barPlan
	if f.EUCofunded {
		p.euWidth = c.euBlockWidth(emblem)
	}
	groups := funderGroups(f.Funders)
	firstRoom := width
	p.euBeside = f.EUCofunded && (len(groups) == 0 || width-p.euWidth-funderGap >= euBesideRoom)
	if p.euBeside {
		firstRoom = width - p.euWidth - funderGap
	}
	p.rows = c.fitFunderRows(groups, firstRoom, width, emblem)
	for r, row := range p.rows {
		var labelH, marksH typeset.Scaled
		for _, g := range row {
			labelH = max(labelH, g.labelH)
			for _, m := range g.marks {
				marksH = max(marksH, c.markHeight(m))
			}
		}
		h := labelH + marksH
		if r == 0 && p.euBeside {
			h = max(h, labelH+emblem) // the EU block beside it
		}
		p.labelH, p.rowH = append(p.labelH, labelH), append(p.rowH, h)
		p.height += h
		if r > 0 {
			p.height += funderGap
		}
	}
	switch {
	case f.EUCofunded && !p.euBeside:
		p.height += funderGap + emblem
	case f.EUCofunded && len(p.rows) == 0:
		p.height = emblem
	}
	return p
}

// markHeight is the height funderMark gives mark m.
func (c *composer) markHeight(m funderMark) typeset.Scaled {
	if m.funder.Logo != nil {
		return imageHeight(m.funder.Logo, m.w)
	}
	return typeset.Pt(2) + c.newPreparedDisplay(plain(m.funder.Name), c.th.SpeakerName).height(m.w)
}

// funderGroups gathers consecutive funders with the same label into
// groups (sizeGroup sizes them).
func funderGroups(funders []content.Funder) []funderGroup {
	var groups []funderGroup
	for i, fu := range funders {
		if n := len(groups); n == 0 || groups[n-1].label != fu.Label {
			groups = append(groups, funderGroup{label: fu.Label, first: i})
		}
		g := &groups[len(groups)-1]
		g.marks = append(g.marks, funderMark{funder: fu})
	}
	return groups
}

// marksWidth is the width of a group's marks side by side.
func (g *funderGroup) marksWidth() typeset.Scaled {
	var w typeset.Scaled
	for k, m := range g.marks {
		if k > 0 {
			w += markGap
		}
		w += m.w
	}
	return w
}

// fitFunderRows sizes each group and fills rows with them, left to
// right: the first row has firstRoom, the others room. Logos keep the
// emblem's height, so the logos of a row are of one height: a group too
// wide for a row of its own is split between its marks, the longest part
// that fits where the row stands, the rest in the next row without its
// label (said again, „Gefördert durch:“ over each row read as as many
// funding relations); only a single logo wider than a whole row is set
// smaller to fit it, and a label wider than its group wraps within it.
func (c *composer) fitFunderRows(groups []funderGroup, firstRoom, room, emblem typeset.Scaled) [][]funderGroup {
	roomOf := func(row int) typeset.Scaled {
		if row == 0 {
			return firstRoom
		}
		return room
	}
	var rows [][]funderGroup
	var used typeset.Scaled
	queue := slices.Clone(groups)
	for len(queue) > 0 {
		g := queue[0]
		queue = queue[1:]
		free := typeset.Scaled(-1) // the room left in the last row, beside its groups
		if n := len(rows); n > 0 {
			free = roomOf(n-1) - used - groupGap
		}
		whole := c.naturalGroupWidth(g, emblem)
		if len(g.marks) > 1 && whole > roomOf(len(rows)) && whole > free {
			k := c.fittingMarks(g, max(free, 0), emblem)
			if k == 0 {
				k = max(1, c.fittingMarks(g, roomOf(len(rows)), emblem))
			}
			rest := funderGroup{first: g.first + k, marks: g.marks[k:]} // under the label above: not said again
			g.marks = g.marks[:k:k]
			queue = append([]funderGroup{rest}, queue...)
			whole = c.naturalGroupWidth(g, emblem)
		}
		if whole <= free {
			c.sizeGroup(&g, free, emblem)
			rows[len(rows)-1] = append(rows[len(rows)-1], g)
			used += groupGap + g.width
			continue
		}
		c.sizeGroup(&g, roomOf(len(rows)), emblem)
		rows = append(rows, []funderGroup{g})
		used = g.width
	}
	return rows
}

// naturalGroupWidth is the width of group g with its logos at the
// emblem's height and its label on one line.
func (c *composer) naturalGroupWidth(g funderGroup, emblem typeset.Scaled) typeset.Scaled {
	g.marks = slices.Clone(g.marks)
	c.sizeGroup(&g, typeset.Scaled(1)<<40, emblem)
	return g.width
}

// fittingMarks is how many of group g's first marks fit in room at their
// natural sizes, under its label; 0 where not even the first does.
func (c *composer) fittingMarks(g funderGroup, room, emblem typeset.Scaled) int {
	for k := len(g.marks) - 1; k > 0; k-- {
		head := funderGroup{label: g.label, first: g.first, marks: g.marks[:k]}
		if c.naturalGroupWidth(head, emblem) <= room {
			return k
		}
	}
	return 0
}

// sizeGroup fits group g into room: its marks at their natural sizes, or,
// where they are wider together than room, its logos scaled alike (and
// its names narrowed) until they fit; its label is set in the group's
// width.
func (c *composer) sizeGroup(g *funderGroup, room, emblem typeset.Scaled) {
	for k := range g.marks {
		m := &g.marks[k]
		m.h = emblem
		if m.funder.Logo != nil {
			m.w = imageWidth(m.funder.Logo, emblem)
		} else {
			m.w = c.measure(plain(m.funder.Name), c.th.SpeakerName)
		}
	}
	gaps := markGap * typeset.Scaled(len(g.marks)-1)
	if w := g.marksWidth(); w > room && room > gaps {
		for k := range g.marks {
			m := &g.marks[k]
			m.w = typeset.ScaleBy(m.w, int64(room-gaps), int64(w-gaps))
			if m.funder.Logo != nil {
				m.h = imageHeight(m.funder.Logo, m.w)
			}
		}
	}
	g.width = max(g.marksWidth(), min(c.measure(plain(g.label), c.th.Caption), room))
	g.labelH = c.funderLabelHeight(g.label, g.width)
}

// funderLabelHeight is the height funderLabel gives label in width.
func (c *composer) funderLabelHeight(label string, width typeset.Scaled) typeset.Scaled {
	st := c.th.Caption
	switch {
	case label == "":
		return 0
	case c.measure(plain(label), st) <= width:
		return st.Leading
	}
	return c.newPreparedDisplay(plain(label), st).height(width)
}

// funderLabel sets a group's label in width from (x, y), on as many lines
// as it needs: its first baseline an ascent below y, and, as on one line,
// a leading for each line. It returns the items and their height.
func (c *composer) funderLabel(label string, x, y, width typeset.Scaled) ([]typeset.Item, typeset.Scaled) {
	st := c.th.Caption
	ascent := typeset.OfEm(st.Face().Ascent, st.Size)
	switch {
	case label == "":
		return nil, 0
	case c.measure(plain(label), st) <= width:
		items, _ := c.oneLine(plain(label), st, x, y+ascent)
		return items, st.Leading
	}
	items := flatten(c.balancedText(plain(label), st, x, width, ""))
	var first, last typeset.Scaled
	lines := 0
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			if lines == 0 || g.Y < first {
				first = g.Y
			}
			last = max(last, g.Y)
			lines++
		}
	}
	if lines == 0 {
		return nil, 0
	}
	for _, it := range items {
		typeset.MoveDown(it, y+ascent-first)
	}
	return items, last - first + st.Leading
}

// funderRow sets one row of groups from (x, y), left to right, each its
// label over its marks; the marks of all groups stand level, under the
// row's tallest label (labelH).
func (c *composer) funderRow(row []funderGroup, x, y, labelH typeset.Scaled, parent *typeset.StructElement) []typeset.Item {
	var items []typeset.Item
	gx := x
	for _, g := range row {
		div := parent.Child(typeset.RoleDiv)
		label, _ := c.funderLabel(g.label, gx, y, g.width)
		tagItems(label, div.Child(typeset.RoleP))
		items = append(items, label...)
		mx := gx
		for k, m := range g.marks {
			items = append(items, c.funderMark(g.first+k, m, mx, y+labelH, div)...)
			mx += m.w + markGap
		}
		gx += g.width + groupGap
	}
	return items
}

// funderMark sets funder i's mark m at (x, y) under the element div: its
// logo, a figure whose alternate text is the funder's name unless the
// content says otherwise, or its name as text.
func (c *composer) funderMark(i int, m funderMark, x, y typeset.Scaled, div *typeset.StructElement) []typeset.Item {
	fu := m.funder
	if fu.Logo == nil {
		v := tag(c.balancedText(plain(fu.Name), c.th.SpeakerName, x, m.w, c.at("funding.funders")), div.Child(typeset.RoleP))
		var items []typeset.Item
		for _, it := range flatten(v) {
			typeset.MoveDown(it, y+typeset.Pt(2))
			items = append(items, it)
		}
		items = append(items, &Mark{Kind: MarkFunderName, X: x, Y: y, W: m.w, H: typeset.StackHeight(v), Label: fu.Name})
		return items
	}
	where := fu.Logo.Where
	if where == "" {
		where = funderWhere(c.doc, i, fu) + ".logo"
	}
	c.warnSmallLogo(m, where)
	pic := c.place(fu.Logo, x, y, m.w, 0, where)
	alt := fu.Logo.Alt
	if alt == "" {
		alt = fu.Name
	}
	tagFigure([]typeset.Item{pic}, div, alt)
	return []typeset.Item{pic, &Mark{Kind: MarkLogo, X: pic.X, Y: pic.Y, W: pic.W, H: pic.H, Label: fu.Name}}
}

// warnSmallLogo warns at a logo the bar sets too small to read: one so
// wide that a row holds it only well under the emblem's height, or one so
// narrow that at the emblem's height it is under half as wide as that.
func (c *composer) warnSmallLogo(m funderMark, where string) {
	emblem := c.th.EmblemHeight
	switch {
	case m.h < emblem/2:
		c.warn(WarnSmallLogo, where, "%s is so wide that the funding bar can set it only %.1f mm tall (the EU emblem is %.0f mm); use a more compact version of the logo, such as a stacked one",
			m.funder.Logo.File, m.h.MM(), emblem.MM())
	case m.w < emblem/2:
		c.warn(WarnSmallLogo, where, "%s is so narrow that at the EU emblem's height of %.0f mm it is only %.1f mm wide; use a wider version of the logo",
			m.funder.Logo.File, emblem.MM(), m.w.MM())
	}
}
