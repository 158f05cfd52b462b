package layout

import (
	"fmt"
	"strings"

	"brochure/content"
	"brochure/fonts"
)

// section lays out one section: label and title (kept with what follows),
// speakers, body text, presentations and links.
func (c *composer) section(i int, s content.Section) []VNode {
	th := c.th
	x, width := th.MarginLeft, th.TextWidth()

	// The head: label, title and speakers never part, and they stay with
	// the first lines of the body (whose club penalty keeps two together).
	var head []VNode
	if strings.EqualFold(s.Title, s.Label) {
		// „Begrüßung“ as label and title would say it twice: the title alone
		// is the heading.
		head = c.textBlock(plain(s.Title), th.Heading, x, width, RaggedRight, c.where(i, ".title"))
	} else {
		labelItems, _ := oneLine(plain(s.Label), th.Label, x, th.Label.Leading)
		head = append(head, Box(th.Label.Leading, labelItems...), Space(Pt(4)))
		head = append(head, c.textBlock(plain(s.Title), th.Heading, x, width, RaggedRight, c.where(i, ".title"))...)
	}
	first := firstBox(head)
	head[first].Outline = &OutlineEntry{Title: outlineTitle(s), Level: 0}
	head[first].Anchor = fmt.Sprintf("section-%d", i)
	head = append(head, Space(Pt(10)))
	if s.Kind == content.Workshop {
		head = append(head, c.workshopCredits(i, s)...)
	} else {
		head = append(head, c.speakerGrid(i, s.Speakers)...)
		if len(s.Moderation) > 0 {
			head = append(head, c.moderationLine(i, s.Moderation)...)
		}
	}

	v := []VNode{Space(th.SectionSkip)}
	v = append(v, keepTogether(head)...)
	body := c.blocks(i, s.Body, x, width)
	if len(body) > 0 {
		v = append(v, Penalty(Infinity), Space(Pt(8)))
		v = append(v, body...)
	}
	for j, p := range s.Presentations {
		v = append(v, Space(Pt(10)))
		v = append(v, c.linkBlock(p, x, width, c.where(i, fmt.Sprintf(".presentations[%d]", j)))...)
	}
	for j, l := range s.Links {
		v = append(v, Space(Pt(10)))
		v = append(v, c.linkBlock(l, x, width, c.where(i, fmt.Sprintf(".links[%d]", j)))...)
	}
	return v
}

// outlineTitle is the bookmark text: „Vortrag: Titel“.
func outlineTitle(s content.Section) string {
	if s.Title == "" || strings.EqualFold(s.Title, s.Label) {
		return s.Label
	}
	return s.Label + ": " + s.Title
}

// speakerGrid sets speakers in two columns: name in bold, role and
// organisation beneath in the muted style.
func (c *composer) speakerGrid(i int, people []content.Person) []VNode {
	th := c.th
	gap := MM(8)
	colWidth := (th.TextWidth() - gap) / 2
	var v []VNode
	for row := 0; row < len(people); row += 2 {
		var items []Item
		var height Scaled
		for col := 0; col < 2 && row+col < len(people); col++ {
			x := th.MarginLeft + Scaled(col)*(colWidth+gap)
			cell := c.personCell(i, row+col, people[row+col], x, colWidth)
			height = max(height, stackHeight(cell))
			items = append(items, flatten(cell)...)
		}
		if row > 0 {
			v = append(v, Space(Pt(8)))
		}
		v = append(v, Box(height, items...))
	}
	return v
}

func (c *composer) personCell(i, j int, p content.Person, x, width Scaled) []VNode {
	th := c.th
	where := c.where(i, fmt.Sprintf(".speakers[%d]", j))
	cell := c.textBlock([]Span{{Text: p.Name, Keep: true}}, th.SpeakerName, x, width, RaggedRight, where)
	if about := roleAndOrganisation(p); about != "" {
		cell = append(cell, c.textBlock(plain(about), th.SpeakerRole, x, width, RaggedRight, where)...)
	}
	return cell
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

// moderationLine credits the moderation below the speakers.
func (c *composer) moderationLine(i int, people []content.Person) []VNode {
	spans := plain("Moderation: ")
	for k, p := range people {
		if k > 0 {
			spans = append(spans, Span{Text: ", "})
		}
		spans = append(spans, Span{Text: p.Name, Style: fonts.Bold, Keep: true})
	}
	v := []VNode{Space(Pt(6))}
	return append(v, c.textBlock(spans, c.th.SpeakerRole, c.th.MarginLeft, c.th.TextWidth(), RaggedRight, c.where(i, ".moderation"))...)
}

// workshopCredits is the run-in credit line of a workshop:
// „Mit Name (Rolle, Organisation), Name (…) und Name (…) – Moderation: Name“.
func (c *composer) workshopCredits(i int, s content.Section) []VNode {
	var spans []Span
	if len(s.Speakers) > 0 {
		spans = append(spans, Span{Text: "Mit "})
		for k, p := range s.Speakers {
			switch {
			case k == 0:
			case k == len(s.Speakers)-1:
				spans = append(spans, Span{Text: " und "})
			default:
				spans = append(spans, Span{Text: ", "})
			}
			spans = append(spans, Span{Text: p.Name, Style: fonts.Bold, Keep: true})
			if about := roleAndOrganisation(p); about != "" {
				spans = append(spans, Span{Text: " (" + about + ")"})
			}
		}
	}
	if len(s.Moderation) > 0 {
		if len(spans) > 0 {
			spans = append(spans, Span{Text: " – "})
		}
		spans = append(spans, Span{Text: "Moderation: "})
		for k, p := range s.Moderation {
			if k > 0 {
				spans = append(spans, Span{Text: ", "})
			}
			spans = append(spans, Span{Text: p.Name, Style: fonts.Bold, Keep: true})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	st := c.th.SpeakerRole
	st.Colour = Black
	st.Size, st.Leading = c.th.SpeakerName.Size, c.th.SpeakerName.Leading
	return c.textBlock(spans, st, c.th.MarginLeft, c.th.TextWidth(), RaggedRight, c.where(i, ".speakers"))
}
