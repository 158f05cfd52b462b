package layout

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// Link blocks follow one arrangement in a document (linkArrangement):
// the theme's links.arrangement, text beside the code or below it. Text
// beside a code needs minBesideText; where the column leaves less, every
// block sets its text below instead. Two presentations stand side by side
// only where the measure's halves allow the arrangement; the two blocks
// of a pair share their grid, codes' tops and text baselines level.

// Link block dimensions.
var (
	minBesideText  = typeset.MM(50) // text beside a code
	linkTextGap    = typeset.MM(5)  // from a code to the text beside it, beyond the quiet zone
	linkPairGap    = typeset.MM(8)  // between the two blocks of a pair
	minBelowPair   = typeset.MM(120)
	linkBlockSkip  = typeset.Pt(12) // before a link block
	belowTextSpace = typeset.Pt(2)  // from a quiet zone to the text below it
)

// linkArrangement is the arrangement of every link block of the
// document: the theme's, or text below the code where the column is too
// narrow for text beside it.
func (c *composer) linkArrangement() content.LinkArrangement {
	if c.th.LinkArrangement == content.LinksBeside && !c.besideFits(c.th.ColumnWidth()) {
		return content.LinksBelow
	}
	return c.th.LinkArrangement
}

// besideFits reports whether a block of the width has room for its text
// beside the code.
func (c *composer) besideFits(width typeset.Scaled) bool {
	return width-c.th.QRSize-linkTextGap >= minBesideText
}

// pairFits reports whether two blocks of the arrangement stand side by
// side in the width.
func (c *composer) pairFits(arr content.LinkArrangement, width typeset.Scaled) bool {
	if arr == content.LinksBeside {
		return c.besideFits((width - linkPairGap) / 2)
	}
	return width >= minBelowPair
}

// linkBlocks sets a section's presentations and links, one block each or
// a pair of presentations side by side, in the order the content file
// writes them (linkOrder); every block begins with its space above, is
// padded to the baseline grid and is kept together.
func (c *composer) linkBlocks(i int, s content.Section, x, width typeset.Scaled, sect *typeset.StructElement) (blocks [][]typeset.VNode, wheres []string) {
	arr := c.linkArrangement()
	twoUp := len(s.Presentations) >= 2 && c.pairFits(arr, width)
	block := func(v []typeset.VNode) []typeset.VNode {
		return typeset.KeepTogether(append([]typeset.VNode{c.gridSpace(linkBlockSkip)}, c.padToGrid(v)...))
	}
	entries := c.linkOrder(i, s)
	for k := 0; k < len(entries); k++ {
		e := entries[k]
		if twoUp && e.presentation && k+1 < len(entries) && entries[k+1].presentation {
			f := entries[k+1]
			half := (width - linkPairGap) / 2
			left := c.linkBlock(e.link, x, half, arr, e.where, sect)
			right := c.linkBlock(f.link, x+half+linkPairGap, half, arr, f.where, sect)
			pair := typeset.Box(max(typeset.StackHeight(left), typeset.StackHeight(right)), append(flatten(left), flatten(right)...)...)
			blocks = append(blocks, block([]typeset.VNode{pair}))
			wheres = append(wheres, e.where)
			k++
			continue
		}
		blocks = append(blocks, block(c.linkBlock(e.link, x, width, arr, e.where, sect)))
		wheres = append(wheres, e.where)
	}
	return blocks, wheres
}

// linkEntry is one of a section's presentations or links, with its place
// in the content.
type linkEntry struct {
	link         content.Link
	presentation bool
	where        string
	at           content.Position
}

// linkOrder lists section i's presentations and links in the order the
// content file writes them: an author who writes a link between two
// presentations reads it there (the prober's „3, 5, 7, 4, 6“ came from
// presentations set before all links). Where the content has no
// positions, presentations come first, each kind in its own order.
func (c *composer) linkOrder(i int, s content.Section) []linkEntry {
	out := make([]linkEntry, 0, len(s.Presentations)+len(s.Links))
	add := func(key string, links []content.Link) {
		for j, l := range links {
			path := fmt.Sprintf("sections[%d].%s[%d]", i, key, j)
			out = append(out, linkEntry{link: l, presentation: key == "presentations", where: c.at(path), at: c.doc.Position(path)})
		}
	}
	add("presentations", s.Presentations)
	add("links", s.Links)
	slices.SortStableFunc(out, func(a, b linkEntry) int {
		return cmp.Or(cmp.Compare(a.at.Line, b.at.Line), cmp.Compare(a.at.Col, b.at.Col))
	})
	return out
}

// linkBlock sets a presentation or web link: a vector QR code on the left
// (so the address works on paper), beside it or below it (arr) the label,
// the lead-in text and a short form of the address; QR code and address
// are clickable. In the structure it is a Div under parent: the code as a
// figure inside a link, then label, lead-in and the address (a link) as
// paragraphs. Whatever the code's version, the text starts at one place:
// beside, level with the code's top at one x; below, at one distance
// under it (past the widest quiet zone a code of th.QRSize can have).
func (c *composer) linkBlock(l content.Link, x, width typeset.Scaled, arr content.LinkArrangement, where string, parent *typeset.StructElement) []typeset.VNode {
	th := c.th
	modules, module := c.qrCode(l, where)
	quiet := 4 * module
	qrVisible := module * typeset.Scaled(len(modules)-8)
	below := arr == content.LinksBelow
	tx, tw := x+th.QRSize+linkTextGap, width-th.QRSize-linkTextGap
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
	// Beside the code the text starts level with its top; below it, past
	// the widest quiet zone (version 1's: 4 of 21 modules).
	top := -(th.Caption.Leading - typeset.OfEm(th.Caption.Face().CapHeight, th.Caption.Size))
	height := max(textHeight, qrVisible)
	if below {
		under := th.QRSize + 4*th.QRSize/21 + belowTextSpace
		top += under
		height = under + textHeight
	}
	for _, it := range flatten(text) {
		typeset.MoveDown(it, top)
		items = append(items, it)
	}
	return []typeset.VNode{typeset.Box(height, items...)}
}

// qrCode encodes a block's address: its modules (quiet zone included)
// and the module size that makes the code th.QRSize wide; no modules
// (and a warning) where no code can be made at th.QRModule or more. The
// block is then set without a code, never dropped; the build refuses it
// (WarnNoQRCode).
func (c *composer) qrCode(l content.Link, where string) ([][]bool, typeset.Scaled) {
	th := c.th
	modules, err := qrModules(l.URL)
	if err != nil {
		c.warn(WarnNoQRCode, where, "the address %q is too long for a QR code (%v); shorten it", shortForMessage(l.URL), err)
		return nil, 0
	}
	n := typeset.Scaled(len(modules) - 8)
	module := th.QRSize / n
	if module < th.QRModule {
		c.warn(WarnNoQRCode, where, "the address %q needs a QR code of %d modules: %.2f mm each at links.qr_size %.0f mm, below spacing.qr_module %.2f mm — shorten the address, or enlarge qr_size under [links] in the theme file",
			shortForMessage(l.URL), n, module.MM(), th.QRSize.MM(), th.QRModule.MM())
		return nil, 0
	}
	return modules, module
}

// shortForMessage cuts a long text for a message line.
func shortForMessage(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:60]) + "…" + string(r[len(r)-15:])
	}
	return s
}

// PrintedURL is the form of an address printed beside its QR code, so
// it can be typed from paper: in full (content.FullURL) the whole address
// without its scheme ("https://", "mailto:"), "www." and the query kept;
// content.HostOnly only the host.
func PrintedURL(raw string, form content.URLForm) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	if form == content.HostOnly && u.Host != "" {
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
