package layout

import (
	"net/url"
	"strings"

	"brochure/content"
	"brochure/fonts"
)

// linkBlock sets a presentation or web link: a vector QR code on the left
// (so the address works on paper), beside it the label, the lead-in text
// and a short form of the address; QR code and address are clickable. In
// the structure it is a Div under parent: the code as a figure inside a
// link, then label, lead-in and the address (a link) as paragraphs.
func (c *composer) linkBlock(l content.Link, x, width Scaled, where string, parent *StructElement) []VNode {
	th := c.th
	modules, err := qrModules(l.URL) // includes the 4-module quiet zone
	if err != nil {
		// The block is set without its code, never dropped: label,
		// lead-in and address still print (check reports the failure).
		c.warn(WarnNoQRCode, where, "no QR code for %q (%v); the block is printed without one — shorten the address", shortForMessage(l.URL), err)
	}
	quiet := 4 * th.QRModule
	qrVisible := Scaled(len(modules))*th.QRModule - 2*quiet
	gap := MM(5) // beyond the quiet zone, which stays white
	tx := x + qrVisible + gap
	tw := width - qrVisible - gap
	// Text beside the code needs room for a long address; in a narrow
	// column it goes below the code instead.
	below := tw < MM(75)
	if below || modules == nil {
		tx, tw = x, width
	}

	div := parent.Child(RoleDiv)
	codeLink := div.Child(RoleLink)
	codeLink.SetDescription("QR-Code, Link zu " + l.URL)
	var text []VNode
	if l.Label != "" {
		text = append(text, tag(c.textBlock([]Span{{Text: l.Label, Style: fonts.Bold}}, th.Caption, tx, tw, RaggedRight, where), div.Child(RoleP))...)
	}
	if len(l.Text) > 0 {
		text = append(text, tag(c.textBlock(spansOf(l.Text), th.Caption, tx, tw, RaggedRight, where), div.Child(RoleP))...)
	}
	link := th.Caption
	link.Colour = th.Accent
	written := l.Written
	if written == "" {
		written = l.URL
	}
	text = append(text, tag(c.textBlock([]Span{{Text: ShortURL(written), URL: l.URL}}, link, tx, tw, RaggedRight, where), div.Child(RoleP))...)

	textHeight := stackHeight(text)
	var items []Item
	if modules == nil {
		// No code: the text alone, from the block's top.
		top := -(th.Caption.Leading - OfEm(th.Caption.Face().CapHeight, th.Caption.Size))
		for _, it := range flatten(text) {
			moveDown(it, top)
			items = append(items, it)
		}
		return []VNode{Box(textHeight, items...)}
	}
	code := &QRCode{X: x - quiet, Y: -quiet, Module: th.QRModule, Modules: modules, Colour: th.Ink}
	alt := "QR-Code: " + l.URL
	if l.Label != "" {
		alt = "QR-Code: " + l.Label + ", " + l.URL
	}
	tagFigure([]Item{code}, codeLink, alt)
	items = append(items, code, &LinkArea{X: x, Y: 0, W: qrVisible, H: qrVisible, URL: l.URL, Elem: codeLink})
	// Beside the code the text starts level with its top; below it, after
	// the quiet zone.
	top := -(th.Caption.Leading - OfEm(th.Caption.Face().CapHeight, th.Caption.Size))
	height := max(textHeight, qrVisible)
	if below {
		top += qrVisible + quiet + Pt(2)
		height = qrVisible + quiet + Pt(2) + textHeight
	}
	for _, it := range flatten(text) {
		moveDown(it, top)
		items = append(items, it)
	}
	return []VNode{Box(height, items...)}
}

// shortForMessage cuts a long text for a message line.
func shortForMessage(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:60]) + "…" + string(r[len(r)-15:])
	}
	return s
}

// ShortURL is the human-readable form of an address printed beside its QR
// code: no scheme, no "www.", and a long path shortened to its last part.
func ShortURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	host := strings.TrimPrefix(u.Host, "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	short := host + path
	if len(short) > 48 {
		if i := strings.LastIndexByte(path, '/'); i > 0 {
			short = host + "/…" + path[i:]
		}
	}
	return short
}
