package layout

import (
	"net/url"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// linkBlock sets a presentation or web link: a vector QR code on the left
// (so the address works on paper), beside it the label, the lead-in text
// and a short form of the address; QR code and address are clickable. In
// the structure it is a Div under parent: the code as a figure inside a
// link, then label, lead-in and the address (a link) as paragraphs.
func (c *composer) linkBlock(l content.Link, x, width typeset.Scaled, where string, parent *typeset.StructElement) []typeset.VNode {
	th := c.th
	modules, err := qrModules(l.URL) // includes the 4-module quiet zone
	// Every code is th.QRSize wide: a denser one gets smaller modules,
	// down to th.QRModule. The block is set without a code that cannot
	// be made, never dropped; the build refuses it (WarnNoQRCode).
	var module typeset.Scaled
	switch {
	case err != nil:
		c.warn(WarnNoQRCode, where, "the address %q is too long for a QR code (%v); shorten it", shortForMessage(l.URL), err)
		modules = nil
	default:
		n := typeset.Scaled(len(modules) - 8)
		module = th.QRSize / n
		if module < th.QRModule {
			c.warn(WarnNoQRCode, where, "the address %q needs a QR code of %d modules: %.2f mm each at links.qr_size %.0f mm, below spacing.qr_module %.2f mm — shorten the address or enlarge links.qr_size",
				shortForMessage(l.URL), n, module.MM(), th.QRSize.MM(), th.QRModule.MM())
			modules = nil
		}
	}
	quiet := 4 * module
	qrVisible := module * typeset.Scaled(len(modules)-8)
	gap := typeset.MM(5) // beyond the quiet zone, which stays white
	// The text starts at one x on every page, whatever the code's version.
	tx := x + th.QRSize + gap
	tw := width - th.QRSize - gap
	// Text beside the code needs room for a long address; in a narrow
	// column it goes below the code instead.
	below := tw < typeset.MM(75)
	if below || modules == nil {
		tx, tw = x, width
	}

	div := parent.Child(typeset.RoleDiv)
	codeLink := div.Child(typeset.RoleLink)
	codeLink.SetDescription("QR-Code, Link zu " + l.URL)
	var text []typeset.VNode
	if l.Label != "" {
		text = append(text, tag(c.displayText([]typeset.Span{{Text: l.Label, Style: fonts.Bold}}, th.Caption, tx, tw, where), div.Child(typeset.RoleP))...)
	}
	if len(l.Text) > 0 {
		text = append(text, tag(c.displayText(spansOf(l.Text), th.Caption, tx, tw, where), div.Child(typeset.RoleP))...)
	}
	link := th.Caption
	link.Colour = th.Accent
	written := l.Written
	if written == "" {
		written = l.URL
	}
	text = append(text, tag(c.displayText([]typeset.Span{{Text: PrintedURL(written, th.PrintURL), URL: l.URL, Address: true}}, link, tx, tw, where), div.Child(typeset.RoleP))...)

	textHeight := typeset.StackHeight(text)
	var items []typeset.Item
	if modules == nil {
		// No code: the text alone, from the block's top.
		top := -(th.Caption.Leading - typeset.OfEm(th.Caption.Face().CapHeight, th.Caption.Size))
		for _, it := range flatten(text) {
			typeset.MoveDown(it, top)
			items = append(items, it)
		}
		return []typeset.VNode{typeset.Box(textHeight, items...)}
	}
	code := &typeset.QRCode{X: x - quiet, Y: -quiet, Module: module, Modules: modules, Colour: th.Ink}
	alt := "QR-Code: " + l.URL
	if l.Label != "" {
		alt = "QR-Code: " + l.Label + ", " + l.URL
	}
	tagFigure([]typeset.Item{code}, codeLink, alt)
	items = append(items, code, &typeset.LinkArea{X: x, Y: 0, W: qrVisible, H: qrVisible, URL: l.URL, Elem: codeLink})
	// Beside the code the text starts level with its top; below it, after
	// the quiet zone.
	top := -(th.Caption.Leading - typeset.OfEm(th.Caption.Face().CapHeight, th.Caption.Size))
	height := max(textHeight, qrVisible)
	if below {
		top += qrVisible + quiet + typeset.Pt(2)
		height = qrVisible + quiet + typeset.Pt(2) + textHeight
	}
	for _, it := range flatten(text) {
		typeset.MoveDown(it, top)
		items = append(items, it)
	}
	return []typeset.VNode{typeset.Box(height, items...)}
}

// shortForMessage cuts a long text for a message line.
func shortForMessage(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:60]) + "…" + string(r[len(r)-15:])
	}
	return s
}

// PrintedURL is the form of an address printed beside its QR code, so
// it can be typed from paper: with mode "full" the whole address without
// its scheme ("https://", "mailto:"), "www." and the query kept; with
// "host" only the host.
func PrintedURL(raw, mode string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	if mode == "host" && u.Host != "" {
		return u.Host
	}
	switch {
	case u.Opaque != "": // mailto:name@example.org
		return u.Opaque
	case u.Scheme != "":
		return strings.TrimPrefix(raw[len(u.Scheme)+1:], "//")
	}
	return raw
}
