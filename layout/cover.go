package layout

import (
	"strings"

	"brochure/content"
	"brochure/layout/typeset"
)

// cover builds the title page: a coloured field with the kind of document,
// title, subtitle and date; below it the event line, then the cover's
// picture where the content gives one; at the foot the funding bar with
// the EU emblem.
func (c *composer) cover() Page {
	th := c.th
	m := c.doc.Meta
	page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Kind: CoverPage}
	x := typeset.MM(25)
	width := th.PageWidth - 2*x

	// The kind above the title is part of the document's heading (H1).
	heading := c.root.Child(typeset.RoleH1)
	var kind []typeset.Item
	if m.Kind != "" {
		kind, _ = c.labelLine(m.Kind, th.CoverKind, x, typeset.MM(30), c.at("document.kind"))
		tagItems(kind, heading)
	}
	rest := c.coverDateLines(x, width)
	below := c.coverEventLines(x, width)
	bar := c.doc.Funding != nil && th.CoverFundingBar
	barTop := th.PageHeight - typeset.MM(15) // no bar: the picture ends 25 mm above the foot
	var plan barPlan
	if bar {
		plan = c.planFundingBar(width)
		barTop = th.PageHeight - typeset.MM(18) - plan.height
	}
	field := c.coverFieldHeight(width, typeset.StackHeight(rest), typeset.StackHeight(below), barTop)
	// The field runs off the top and sides into the bleed, so trimming
	// leaves no white edge.
	page.Items = append(page.Items, &typeset.Rule{X: -th.Bleed, Y: -th.Bleed, W: th.PageWidth + 2*th.Bleed, H: field + th.Bleed,
		Colour: th.CoverBackground})
	page.Items = append(page.Items, kind...)

	// Title, subtitle and date stand on the field, bottom-aligned above
	// its lower edge; the title's size gives where the field would not
	// hold it below the kind.
	bottom := field - typeset.MM(22) - typeset.StackHeight(rest)
	// The title begins 38 mm from the top at the highest: a little below
	// the kind of document, whose baseline stands at 30 mm.
	room := bottom - typeset.MM(38)
	stack := tag(c.coverTitleText(m.Title, c.coverTitleStyle(m.Title, width, room), x, width, room), heading)
	stack = append(stack, rest...)
	top := bottom - typeset.StackHeight(stack) + typeset.StackHeight(rest)
	for _, it := range flatten(stack) {
		typeset.MoveDown(it, top)
		page.Items = append(page.Items, it)
	}
	// Below the field: the event line and the organisers, then the
	// picture, above the funding bar.
	for _, it := range flatten(below) {
		typeset.MoveDown(it, field+typeset.MM(12))
		page.Items = append(page.Items, it)
	}
	if img := m.CoverImage; img != nil {
		pictureTop := field + typeset.MM(12) + typeset.StackHeight(below) + typeset.MM(10)
		page.Items = append(page.Items, c.coverPicture(img, x, pictureTop, width, barTop-typeset.MM(10)-pictureTop)...)
	}
	if bar {
		page.Items = append(page.Items, c.setFundingBar(plan, x, barTop, width, c.root.Child(typeset.RoleDiv))...)
	}
	return page
}

// coverDateLines are the lines under the cover's title: the subtitle,
// the date with the time, and the venue.
func (c *composer) coverDateLines(x, width typeset.Scaled) []typeset.VNode {
	th, m := c.th, c.doc.Meta
	var rest []typeset.VNode
	if m.Subtitle != "" {
		rest = append(rest, typeset.Space(typeset.Pt(10)))
		rest = append(rest, tag(c.coverSubtitleText(m.Subtitle, x, width), c.root.Child(typeset.RoleP))...)
	}
	rest = append(rest, typeset.Space(typeset.Pt(22)))
	when := longDate(*c.doc)
	if m.Time != "" {
		when += ", " + m.Time
	}
	rest = append(rest, tag(c.balancedText(plain(when), th.CoverDate, x, width, c.at("document.date")), c.root.Child(typeset.RoleP))...)
	if m.Venue != "" {
		rest = append(rest, tag(c.balancedText(c.venueSpans(m.Venue, th.CoverDate, width), th.CoverDate, x, width, c.at("document.venue")), c.root.Child(typeset.RoleP))...)
	}
	return rest
}

// coverEventLines are the lines under the cover's field: the event line
// and the organisers it does not name.
func (c *composer) coverEventLines(x, width typeset.Scaled) []typeset.VNode {
	th, m := c.th, c.doc.Meta
	var below []typeset.VNode
	if m.Event != "" {
		below = append(below, tag(c.balancedText(plain(m.Event), th.CoverEvent, x, width, c.at("document.event")), c.root.Child(typeset.RoleP))...)
	}
	if others := notMentioned(m.Event, m.Organisers); len(others) > 0 {
		below = append(below, typeset.Space(typeset.Pt(4)))
		below = append(below, c.coverOrganisers(others, x, width)...)
	}
	return below
}

// coverOrganisers sets the organisers under the event line: on one line,
// separated by middle dots, where they fit on one; otherwise each on a
// line of its own (a long name balanced over lines of its own), so a
// separator never begins or ends a line.
func (c *composer) coverOrganisers(organisers []string, x, width typeset.Scaled) []typeset.VNode {
	st, where := c.th.CoverEvent, c.at("document.organisers")
	one := strings.Join(organisers, " · ")
	if len(organisers) == 1 || c.measure(c.normalised(plain(one)), st) <= width {
		return tag(c.balancedText(plain(one), st, x, width, where), c.root.Child(typeset.RoleP))
	}
	var v []typeset.VNode
	for k, o := range organisers {
		if k > 0 {
			v = append(v, typeset.Penalty(typeset.Infinity))
		}
		v = append(v, tag(c.balancedText(plain(o), st, x, width, where), c.root.Child(typeset.RoleP))...)
	}
	return v
}

// coverFieldHeight is the height of the cover's coloured field: the
// theme's, or, with a cover picture, less — down to what the field's own
// text needs (the kind, the title in its full size, restH of lines under
// it) — as far as the picture needs to stand at the full width between
// the lines under the field (belowH) and the funding bar (at barTop).
func (c *composer) coverFieldHeight(width, restH, belowH, barTop typeset.Scaled) typeset.Scaled {
	th := c.th
	img := c.doc.Meta.CoverImage
	if img == nil {
		return th.CoverField
	}
	titleH := c.newPreparedDisplay(plain(c.doc.Meta.Title), th.CoverTitle).height(width)
	least := typeset.MM(38) + titleH + restH + typeset.MM(22)
	wanted := imageHeight(img, width) + c.coverCreditHeight(img, width)
	fits := barTop - typeset.MM(10) - wanted - typeset.MM(10) - belowH - typeset.MM(12)
	return max(least, min(th.CoverField, fits))
}

// coverCreditHeight is the height of the cover picture's credit line
// under it, with the space above it; 0 without a credit.
func (c *composer) coverCreditHeight(img *content.Image, width typeset.Scaled) typeset.Scaled {
	if img.Credit == "" {
		return 0
	}
	return typeset.Pt(4) + c.newPreparedDisplay([]typeset.Span{{Text: creditLine(img.Credit)}}, c.th.Caption).height(width)
}

// minCoverPicture is the least height the cover's picture is set at (some
// 40 mm); with less room the cover goes without it and the author is told.
const minCoverPicture = 113 * typeset.Point

// coverPicture sets the cover's picture from (x, y) as wide as width;
// where that would make it taller than room (its credit line included),
// a band of it as tall as room (coverFrame), or, where that would show
// less than half its height, half narrowed flush left to fit. It is a
// figure with its alternate text. Where room is under minCoverPicture,
// it warns and sets nothing.
func (c *composer) coverPicture(img *content.Image, x, y, width, room typeset.Scaled) []typeset.Item {
	th := c.th
	where := c.at("document.cover_image")
	creditH := c.coverCreditHeight(img, width)
	if room-creditH < minCoverPicture {
		c.warn(WarnImageWidth, where, "%s: the cover has room for its picture only %.0f mm tall (at least %.0f mm are needed), the coloured field being already only as tall as its text needs; shorten the title, subtitle or event line",
			img.File, max(room-creditH, 0).MM(), minCoverPicture.MM())
		return nil
	}
	p := coverFrame(img, x, y, width, room-creditH)
	c.warnEnlarged(p, img, where) // at the file's own key, where it has one
	alt := img.Alt
	if alt == "" {
		c.warn(WarnMissingAlt, where, "the cover picture %s has no alt text; screen readers get nothing (add alt = \"…\" under [document.cover_image]; the screen edition requires it)", img.File)
	}
	fig := tagFigure([]typeset.Item{p}, c.root, alt)
	items := []typeset.Item{p}
	if img.Credit != "" {
		st := th.Caption
		st.Colour = th.Muted
		credit := c.displayText([]typeset.Span{{Text: creditLine(img.Credit)}}, st, x, width, where)
		caption := flatten(tag(credit, fig.Child(typeset.RoleCaption)))
		for _, it := range caption {
			typeset.MoveDown(it, y+p.H+typeset.Pt(4))
		}
		items = append(items, caption...)
	}
	return items
}

// coverFrame places the cover's picture at (x, y) in width and at most
// height: whole where it fits; else cropped to a band of its height as
// tall as height, a quarter of what is cut taken from the top and three
// from the bottom (portraitWindow), so it still fills the cover's width
// as a designer crops a cover photo rather than leave white beside it —
// down to half its height, below which the half is
// narrowed, flush left, to fit.
func coverFrame(img *content.Image, x, y, width, height typeset.Scaled) *Picture {
	p := &Picture{X: x, Y: y, W: width, H: imageHeight(img, width), Source: img}
	if p.H <= height {
		return p
	}
	band := max(height, p.H/2)
	w, h := shapeOf(*img)
	p.H, p.Window = band, portraitWindow(w, h, width, band)
	if band > height {
		p.W, p.H = typeset.ScaleBy(width, int64(height), int64(band)), height
	}
	return p
}

// coverTitleStyle is the theme's cover title style, or, where the title
// set in it would be taller than room, the largest of 90, 80, … 50 % of
// its size (and leading) that fits: a long title is set smaller rather
// than run up into the kind above it. coverTitleText may set it up to a
// tenth smaller still, where its lines then break better.
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

// evenCoverTitle is st, or st a little smaller (down to
// coverTitleShrink percent) where its lines then break at their phrases
// as they do not in st: without a line ending on a function word, a lone
// short word on the last line or a short line above a long one
// (settingFaulty). „Netzwerk Arbeit und Teilhabe Südwestfalen“ was set
// „Netzwerk Arbeit / und Teilhabe Südwestfalen“, since „Netzwerk Arbeit
// und Teilhabe“ was 4 % too wide for a line; at 95 % it is „Netzwerk
// Arbeit und Teilhabe / Südwestfalen“. A smaller title takes no more
// room.
func (c *composer) evenCoverTitle(title string, st typeset.TextStyle, width typeset.Scaled) typeset.TextStyle {
	faulty := func(s typeset.TextStyle) bool {
		d := c.newPreparedDisplay(plain(title), s)
		p, lines, _ := d.breakDisplay(width, true)
		return settingFaulty(p.Nodes, lines)
	}
	if !faulty(st) {
		return st
	}
	for pct := typeset.Scaled(100 - coverTitleStep); pct >= coverTitleShrink; pct -= coverTitleStep {
		s := st
		s.Size, s.Leading = st.Size*pct/100, st.Leading*pct/100
		if !faulty(s) {
			return s
		}
	}
	return st
}

// How far evenCoverTitle makes a title smaller, in percent, and in steps
// of how many: a title a tenth smaller still reads as the same title.
const (
	coverTitleShrink = 90
	coverTitleStep   = 5
	// coverTitleWhole is how far coverTitleText sets a title smaller
	// where only that keeps its phrases whole.
	coverTitleWhole = 75
)

// notMentioned is the names that do not occur in text, as written or in
// the genitive („Online-Reihe des Netzwerks Teilhabe Nord“ names
// „Netzwerk Teilhabe Nord“): the cover does not repeat the others.
func notMentioned(text string, names []string) []string {
	words := strings.Fields(text)
	var out []string
	for _, n := range names {
		if !strings.Contains(text, n) && !mentionsInflected(words, strings.Fields(n)) {
			out = append(out, n)
		}
	}
	return out
}

// mentionsInflected reports whether the words of name follow one another
// in words, each as written or with a genitive „s“ or „es“, the last
// one's punctuation aside.
func mentionsInflected(words, name []string) bool {
	if len(name) == 0 {
		return false
	}
	for start := 0; start+len(name) <= len(words); start++ {
		k := 0
		for k < len(name) {
			w := words[start+k]
			if k == len(name)-1 {
				w = strings.TrimRight(w, ",.;:)“\"")
			}
			if w != name[k] && w != name[k]+"s" && w != name[k]+"es" {
				break
			}
			k++
		}
		if k == len(name) {
			return true
		}
	}
	return false
}

// venueSpans are the spans of the cover's venue line: as written where it
// fits one line; else its parts between commas (the place, the street,
// the town) gathered into as few lines as fit and, of those settings, the
// one whose longest line is shortest, each line ending after a comma, so
// a place name is not parted („Begegnungszentrum Lütten Klein, /
// Danziger Str. 45d, 18107 Rostock“, not „… Lütten / Klein, …“). A part
// wider than the line breaks by the display-break rule.
func (c *composer) venueSpans(venue string, st typeset.TextStyle, width typeset.Scaled) []typeset.Span {
	measure := func(s string) typeset.Scaled { return c.measure(c.normalised(plain(strings.TrimSpace(s))), st) }
	parts := strings.SplitAfter(venue, ", ")
	if len(parts) < 2 || len(parts) > maxVenueParts || measure(venue) <= width {
		return plain(venue)
	}
	// Each setting is a bit set of the parts after which a line ends.
	best, bestLines, bestLongest := 0, len(parts)+1, typeset.Scaled(0)
	for set := 0; set < 1<<(len(parts)-1); set++ {
		lines, longest, line := 1, typeset.Scaled(0), ""
		for k, part := range parts {
			line += part
			if k == len(parts)-1 || set&(1<<k) != 0 {
				longest = max(longest, measure(line))
				if k < len(parts)-1 {
					lines++
				}
				line = ""
			}
		}
		if longest > width && lines < len(parts) {
			continue
		}
		if lines < bestLines || lines == bestLines && longest < bestLongest {
			best, bestLines, bestLongest = set, lines, longest
		}
	}
	var spans []typeset.Span
	line := ""
	for k, part := range parts {
		line += part
		if k < len(parts)-1 && best&(1<<k) != 0 {
			spans = append(spans, typeset.Span{Text: strings.TrimSpace(line)}, typeset.Span{Break: true})
			line = ""
		}
	}
	return append(spans, typeset.Span{Text: line})
}

// maxVenueParts is the most comma-separated parts venueSpans arranges
// (beyond, the venue breaks by the display-break rule alone).
const maxVenueParts = 8
