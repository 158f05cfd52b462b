package layout

import (
	"fmt"
	"slices"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// section lays out one section, as the structure element sect: label and
// title as its heading (kept with what follows), speakers, body text,
// pictures, presentations and links.
func (c *composer) section(i int, s content.Section, sect *typeset.StructElement) []typeset.VNode {
	th := c.th
	x, width := th.MarginLeft, th.ColumnWidth()
	c.warnEmptySection(i, s)
	c.warnCaptionCredits(s)

	// The list is built in the array the section before was built in,
	// from the space above the head on.
	v := append(c.sectionNodes[:0], c.gridSpace(th.SectionSkip))
	v = c.sectionHead(v, i, s, sect)

	// The blocks after the text: pictures, presentations, links.
	// Each is a float or stays here, as the theme says for its kind.
	blocks, kinds := c.pictureBlocks(i, s, x, width, sect)
	if joined, joinedKinds, ok := c.linksBesidePicture(i, s, blocks, kinds, x, width, sect); ok {
		blocks, kinds = joined, joinedKinds
	} else {
		links, linkWheres := c.linkBlocks(i, s, x, width, sect)
		blocks = append(blocks, links...)
		for _, where := range linkWheres {
			kinds = append(kinds, floatBlock{mode: th.LinkFloat, class: linkFloats, where: where})
		}
	}

	// Keeping together: the head stays with the first two lines of the
	// text (or its first block), credits or not: a heading at a column's
	// foot with its text overleaf reads as a heading of nothing (see
	// sectionHead for a head too tall for that); the last block stays with the two lines
	// or the block before it; a page may begin with another block of the
	// section only at a cost, so pagination rather moves the section on
	// unless its blocks need more than a page.
	if len(s.Items) > 0 {
		// The agenda follows the heading at once: heading, header row and
		// first row stay together.
		v = append(v, typeset.Penalty(typeset.Infinity), c.gridSpace(typeset.Pt(8)))
		v = append(v, c.programme(i, s, sect)...)
	}
	// The text is set into v, after the break and space that go before
	// it, which are taken back when it is empty.
	before := len(v)
	v = append(v, typeset.Penalty(typeset.Infinity), c.gridSpace(typeset.Pt(8)))
	v = c.blocks(v, i, sect, s.Body, x, width)
	hasText := len(v) > before+2
	if hasText {
		last := 0 // lines kept with what follows the text
		if anyHere(kinds) {
			last = 2
		}
		v = typeset.KeepEnds(v, before+2, 2, last)
	} else {
		v = v[:before]
	}
	v = c.appendBlocks(v, blocks, kinds, hasText || len(s.Items) > 0)
	// The list is copied out at its length: the sections' lists stay
	// until the body joins them, and each built in its own array, grown
	// as it grew, left as much again unused beside it and as much again
	// dropped.
	c.sectionNodes = v[:0]
	return slices.Clone(v)
}

// sectionHead sets a section's head: label and title as its heading,
// then the credits in parts — each row of the speaker grid, or the
// workshop's credit line, and the moderation line. The head stays with
// the first lines of the text; only a head taller than half a frame
// (tallHead) may break, before each part after the first at
// headPartBreak, and the heading never parts from the first part.
func (c *composer) sectionHead(dst []typeset.VNode, i int, s content.Section, sect *typeset.StructElement) []typeset.VNode {
	th := c.th
	x, width := th.MarginLeft, th.ColumnWidth()
	// The label above the title is part of the heading.
	heading := sect.Child(typeset.RoleH2)
	var top []typeset.VNode
	if titleSaysLabel(s) {
		// „Begrüßung“ as label and title, or „Programm“ over „Programm
		// Dienstag“, would say it twice: the title alone is the heading.
		top = tag(c.balancedText(plain(s.Title), th.Heading, x, width, c.where(i, ".title")), heading)
	} else {
		labelItems, _ := c.labelLine(s.Label, th.Label, x, th.Label.Leading, c.where(i, ".label"))
		tagItems(labelItems, heading)
		top = append(top, typeset.Box(th.Label.Leading, labelItems...), typeset.Space(typeset.Pt(4)))
		top = append(top, tag(c.balancedText(plain(s.Title), th.Heading, x, width, c.where(i, ".title")), heading)...)
	}
	// The heading is where the section's anchor lands, and no float of
	// an earlier section passes it.
	top[firstBox(top)].Anchor = sectionAnchor(i)
	top[firstBox(top)].FloatBarrier = true
	var parts [][]typeset.VNode
	switch {
	case s.Kind == content.Workshop && !anyPortrait(s.Speakers) && !anyPortrait(s.Moderation):
		parts = c.workshopCredits(i, s, sect)
	case anyPortrait(s.Moderation):
		// The moderation's portraits are printed as the speakers' are:
		// in a grid of their own under the speakers' grid, where the
		// credit line stands otherwise, each labelled „Moderation“, in
		// the speakers' grid's columns where it has more than one, so
		// their portraits line up.
		widths, texts := c.speakerLayout(s.Speakers)
		parts = rows(c.speakerGridIn(i, s.Speakers, personKeys(".speakers", len(s.Speakers)), sect, widths, texts))
		moderators := moderatorCells(s.Moderation)
		if len(widths) < 2 {
			widths, texts = c.speakerLayout(moderators)
		} else {
			texts = nil
		}
		grid := c.speakerGridIn(i, moderators, personKeys(".moderation", len(s.Moderation)), sect, widths, texts)
		if len(parts) > 0 {
			grid = append([]typeset.VNode{typeset.Space(rowGap(c.stackedTextTop(moderators[:min(len(widths), len(moderators))], widths)))}, grid...)
		}
		parts = append(parts, rows(grid)...)
	default:
		parts = rows(c.speakerGrid(i, s.Speakers, personKeys(".speakers", len(s.Speakers)), sect))
		if len(s.Moderation) > 0 {
			parts = append(parts, c.moderationLine(i, s.Moderation, sect))
		}
	}
	if len(parts) > 0 {
		// The heading's space above its credits; without credits, the
		// heading is followed by what follows any head (the text's or the
		// agenda's space), as after the credits.
		top = append(top, typeset.Space(typeset.Pt(10)))
	}
	return c.breakableHead(dst, top, parts)
}

// headPartBreak is the cost of parting a tall head's credits between two
// pages (sectionHead): taken only where it spares a page more than an
// eighth empty (typeset.DefaultPageParams).
const headPartBreak = 1500

// tallHead is the share of a frame, in per cent, a section's head must
// exceed before its credits may part between two pages: a shorter head
// moves on whole with the first lines of its text, as a heading at a
// column's foot without them is not had for a fuller column.
const tallHead = 50

// unbroken is a penalty inside a section's head, where a page may break
// but no float of an earlier section may come between the parts.
func unbroken(pen int) typeset.VNode {
	n := typeset.Penalty(pen)
	n.Unbroken = true
	return n
}

// rows splits a speaker grid into its rows, each with the space above
// it.
func rows(v []typeset.VNode) [][]typeset.VNode {
	var out [][]typeset.VNode
	from := 0
	for k, n := range v {
		if n.Kind == typeset.VBox {
			out = append(out, v[from:k+1])
			from = k + 1
		}
	}
	return out
}

// breakableHead joins a heading and the parts of its credits into one
// block padded to the grid, appended to dst, kept together but, in a head taller than
// tallHead per cent of a frame, before each part after the first. A
// part that begins a page has above it the space that keeps the rest of
// the head, and so the text after it, on the grid (the head's padding is
// measured for the whole head).
func (c *composer) breakableHead(dst, top []typeset.VNode, parts [][]typeset.VNode) []typeset.VNode {
	// The padding of the whole head, measured without joining it.
	h := typeset.StackHeight(top)
	for _, p := range parts {
		h += typeset.StackHeight(p)
	}
	pad := c.gridPad(h)
	if len(parts) == 0 || (h+typeset.StackHeight(pad))*100 <= c.th.TextHeight()*tallHead {
		lists := make([][]typeset.VNode, 0, len(parts)+2)
		lists = append(append(append(lists, top), parts...), pad)
		return typeset.AppendKeptTogether(dst, lists...)
	}
	dst = typeset.AppendKeptTogether(dst, top, parts[0])
	rest := typeset.StackHeight(pad)
	for _, p := range parts[1:] {
		rest += typeset.StackHeight(p)
	}
	for _, p := range parts[1:] {
		dst = append(dst, unbroken(headPartBreak))
		start := len(dst)
		dst = typeset.AppendKeptTogether(dst, p)
		part := dst[start:]
		first := firstBox(part)
		rest -= typeset.StackHeight(p[:firstBox(p)])
		if extra := c.snap(rest) - rest; extra > 0 {
			part[first].Header = func() []typeset.VNode { return []typeset.VNode{typeset.Box(extra)} }
		}
		rest -= typeset.StackHeight(p[firstBox(p):])
	}
	return append(dst, pad...)
}

// strandedBlockPenalty is the cost of a page that begins with a block of a
// section begun on an earlier page: about as much as leaving a quarter
// of a page empty costs (typeset.DefaultPageParams: 23 % empty costs
// 7,228, 24 % 8,390; the charge grows faster beyond a fifth), so only a
// section whose blocks need more than a page is broken there.
const strandedBlockPenalty = 8000

// sectionAnchor is the anchor of section i's head, by which the contents
// find the page the section begins on.
func sectionAnchor(i int) int { return i + 1 }

// sectionOfAnchor is the section whose head has the anchor.
func sectionOfAnchor(anchor int) int { return anchor - 1 }

// outlineTitle is the bookmark text: „Vortrag: Titel“.
func outlineTitle(s content.Section) string {
	switch {
	case s.Title == "" || strings.EqualFold(s.Title, s.Label):
		return s.Label
	case titleSaysLabel(s):
		return s.Title
	}
	return s.Label + ": " + s.Title
}

// speakerGrid sets several speakers in a grid whose columns are sized
// from their content (speakergrid.go): two a row where the measure
// allows, more with the portraits over their text where two leave too
// little beside them, one a row for a single speaker. Each cell has the
// name in bold, role and organisation beneath, and a portrait beside or
// above.
// keys are their key paths in section i (".speakers[0]").
func (c *composer) speakerGrid(i int, people []content.Person, keys []string, sect *typeset.StructElement) []typeset.VNode {
	widths, texts := c.speakerLayout(people)
	return c.speakerGridIn(i, people, keys, sect, widths, texts)
}

// speakerGridIn is speakerGrid in the given columns, with the people's
// texts as the search for them prepared them (texts, nil for none).
func (c *composer) speakerGridIn(i int, people []content.Person, keys []string, sect *typeset.StructElement, widths []typeset.Scaled, texts []personText) []typeset.VNode {
	perRow := len(widths)
	aligned := make([]bool, perRow) // the columns whose names line up beside portraits
	for col := range aligned {
		aligned[col] = columnHasPortrait(people, col, perRow)
	}
	var v []typeset.VNode
	for row := 0; row < len(people); row += perRow {
		var items []typeset.Item
		var height typeset.Scaled
		x := c.th.MarginLeft
		inRow := people[row:min(row+perRow, len(people))]
		top := c.stackedTextTop(inRow, widths)
		for col := range inRow {
			var text *personText
			if texts != nil {
				text = &texts[row+col]
			}
			cell, h := c.personCell(c.where(i, keys[row+col]), people[row+col], text, x, widths[col], aligned[col], top, sect.Child(typeset.RoleDiv))
			height = max(height, h)
			items = append(items, cell...)
			x += widths[col] + speakerGap
		}
		if row > 0 {
			v = append(v, typeset.Space(rowGap(top)))
		}
		v = append(v, typeset.Box(height, items...))
	}
	return v
}

// rowGap is the space above a row of a speaker grid whose text begins
// at stackTop (stackedTextTop): more than between a portrait and its
// name where portraits stand over their text, so a row's portraits do
// not read as the row above's (at 2.8 mm against the 4 mm under a
// portrait, the prober's symposium's did), speakerRowGap otherwise.
func rowGap(stackTop typeset.Scaled) typeset.Scaled {
	if stackTop > 0 {
		return stackedRowGap
	}
	return speakerRowGap
}

// stackedTextTop is where the text of a grid row's people begins in the
// cells whose portrait stands above it (personCell): under the row's
// tallest such portrait, so the names of a row line up, a speaker
// without a portrait's too (0 where no portrait of the row stands above
// its text).
func (c *composer) stackedTextTop(people []content.Person, widths []typeset.Scaled) typeset.Scaled {
	var top typeset.Scaled
	for col, p := range people {
		if p.Photo != nil && !c.portraitBeside(widths[col]) {
			top = max(top, c.portraitHeight(p.Photo)+portraitGap)
		}
	}
	return top
}

// personCell sets one speaker, as the element div: the portrait (if any)
// on the left with the name and „Rolle, Organisation“ beside it — or
// above them, where the text beside it would be narrower than
// minPortraitText — each a paragraph, so a screen reader hears name, role
// and organisation in order. In a grid column where portraits stand
// beside their text (aligned), a speaker without one has his text at the
// same place as theirs, not at the column's edge (textIndent); in a row
// whose portraits stand above their text, every text of a cell as narrow
// begins at stackTop (stackedTextTop), under the row's tallest. It
// returns the items (top at 0) and the cell's height, which personHeight
// measures alike but for stackTop, which only a row of the grid knows
// (personHeight sizes columns where portraits stand beside their text).
// where locates the person in the content; t, when not nil, is the
// person's text as the grid's search prepared it.
func (c *composer) personCell(where string, p content.Person, t *personText, x, width typeset.Scaled, aligned bool, stackTop typeset.Scaled, div *typeset.StructElement) ([]typeset.Item, typeset.Scaled) {
	th := c.th
	var items []typeset.Item
	var photoHeight, textTop typeset.Scaled
	indent := c.textIndent(p, width, aligned)
	if p.Photo != nil {
		pic := c.portrait(p.Photo, x, where+".photo")
		alt := p.Photo.Alt
		if alt == "" {
			alt = "Porträt von " + p.Name
		}
		tagFigure([]typeset.Item{pic}, div, alt)
		items = append(items, pic)
		photoHeight = pic.H
	}
	if !c.portraitBeside(width) {
		textTop = max(textTop, stackTop)
		if p.Photo != nil {
			textTop = max(textTop, photoHeight+portraitGap)
		}
	}
	x, width = x+indent, width-indent
	var name, role *preparedDisplay
	if t != nil {
		name = t.name.preparedDisplay
		if t.about != nil {
			role = t.about.preparedDisplay
		}
	}
	cell := tag(c.display(name, nameSpans(p), th.SpeakerName, x, width, where, false), div.Child(typeset.RoleP))
	if about := roleAndOrganisation(p); about != "" {
		cell = append(cell, tag(c.display(role, plain(about), th.SpeakerRole, x, width, where, false), div.Child(typeset.RoleP))...)
	}
	for _, it := range flatten(cell) {
		typeset.MoveDown(it, textTop)
		items = append(items, it)
	}
	return items, max(textTop+typeset.StackHeight(cell), photoHeight)
}

// anyPortrait reports whether any of people has a portrait. A workshop
// credits its speakers in a line („Mit Name (Rolle) und …“), unless a
// portrait is given for one of them: then they stand in the speakers'
// grid with their portraits, as a talk's do.
func anyPortrait(people []content.Person) bool {
	for _, p := range people {
		if p.Photo != nil {
			return true
		}
	}
	return false
}

// personKeys are the key paths of n people of a section's list (list
// ".speakers": ".speakers[0]", …).
func personKeys(list string, n int) []string {
	keys := make([]string, n)
	for j := range keys {
		keys[j] = fmt.Sprintf("%s[%d]", list, j)
	}
	return keys
}

// moderatorCells are moderators as the speakers' grid sets them:
// „Moderation“ first in their role line („Moderation, Journalistin“),
// unless their role says so already (Moderatorin).
func moderatorCells(people []content.Person) []content.Person {
	cells := make([]content.Person, len(people))
	for j, p := range people {
		if !strings.Contains(strings.ToLower(p.Role), "moderat") {
			p.Role = strings.TrimSuffix("Moderation, "+p.Role, ", ")
		}
		cells[j] = p
	}
	return cells
}

// roleAndOrganisation is the phrase under a name: „Rolle, Organisation“.
func roleAndOrganisation(p content.Person) string {
	var parts []string
	for _, part := range []string{p.Role, p.Organisation} {
		if part != "" {
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, ", ")
}

// moderationLine credits the moderation below the speakers, in the
// theme's moderation role, each name in bold with its role and
// organisation after it: „Moderation: Name (Comenius-Institut e. V.)“.
func (c *composer) moderationLine(i int, people []content.Person, sect *typeset.StructElement) []typeset.VNode {
	spans := plain("Moderation: ")
	for k, p := range people {
		if k > 0 {
			spans = append(spans, typeset.Span{Text: ", "})
		}
		spans = append(spans, typeset.Span{Text: p.Name, Style: fonts.Bold, Name: true})
		if about := roleAndOrganisation(p); about != "" {
			spans = append(spans, typeset.Span{Text: " (" + about + ")"})
		}
	}
	v := []typeset.VNode{typeset.Space(typeset.Pt(6))}
	return append(v, tag(c.displayText(spans, c.th.Moderation, c.th.MarginLeft, c.th.ColumnWidth(), c.where(i, ".moderation")), sect.Child(typeset.RoleP))...)
}

// workshopCredits is the credit line of a workshop, „Mit Name (Rolle,
// Organisation), Name (…) und Name (…)“, and below it the moderation line
// in the same style as everywhere: the parts of its head's credits.
func (c *composer) workshopCredits(i int, s content.Section, sect *typeset.StructElement) [][]typeset.VNode {
	var parts [][]typeset.VNode
	if len(s.Speakers) > 0 {
		spans := []typeset.Span{{Text: "Mit "}}
		for k, p := range s.Speakers {
			switch {
			case k == 0:
			case k == len(s.Speakers)-1:
				spans = append(spans, typeset.Span{Text: " und "})
			default:
				spans = append(spans, typeset.Span{Text: ", "})
			}
			spans = append(spans, typeset.Span{Text: p.Name, Style: fonts.Bold, Name: true})
			if about := roleAndOrganisation(p); about != "" {
				spans = append(spans, typeset.Span{Text: " (" + about + ")"})
			}
		}
		st := c.th.SpeakerRole
		st.Colour = c.th.Ink
		st.Size, st.Leading = c.th.SpeakerName.Size, c.th.SpeakerName.Leading
		parts = append(parts, tag(c.displayText(spans, st, c.th.MarginLeft, c.th.ColumnWidth(), c.where(i, ".speakers")), sect.Child(typeset.RoleP)))
	}
	if len(s.Moderation) > 0 {
		mod := c.moderationLine(i, s.Moderation, sect)
		if len(parts) == 0 {
			mod = mod[1:] // no space above a line that stands first
		}
		parts = append(parts, mod)
	}
	return parts
}
