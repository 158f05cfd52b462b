package layout

import (
	"fmt"
	"strconv"

	"brochure/content"
)

// blocks lays out body text: paragraphs justified, lists with hanging
// bullets, quotes inset with an accent rule.
func (c *composer) blocks(i int, blocks []content.Block, x, width Scaled) []VNode {
	th := c.th
	var v []VNode
	for k, b := range blocks {
		if k > 0 {
			v = append(v, Space(th.ParSkip))
		}
		where := c.where(i, fmt.Sprintf(".body (block %d)", k+1))
		switch b.Kind {
		case content.Paragraph:
			v = append(v, c.textBlock(spansOf(b.Inlines), th.Body, x, width, th.BodyAlign, where)...)
		case content.BulletList, content.OrderedList:
			v = append(v, c.list(i, b, x, width, where)...)
		case content.Quote:
			v = append(v, c.quote(i, b, x, width)...)
		}
	}
	return v
}

// list sets each item with a hanging marker (bullet or number).
func (c *composer) list(i int, b content.Block, x, width Scaled, where string) []VNode {
	th := c.th
	indent := th.ListIndent
	var v []VNode
	for n, item := range b.Children {
		if n > 0 {
			v = append(v, Space(th.ParSkip/3))
		}
		marker := "•"
		if b.Kind == content.OrderedList {
			marker = strconv.Itoa(n+1) + "."
		}
		itemNodes := c.blocks(i, item.Children, x+indent, width-indent)
		if first := firstBox(itemNodes); first >= 0 {
			mark, _ := oneLine(plain(marker), th.Body, x, itemNodes[first].Height)
			itemNodes[first].Items = append(itemNodes[first].Items, mark...)
		}
		v = append(v, itemNodes...)
	}
	_ = where
	return v
}

// quote sets a block quote: the quote style, inset on both sides, with an
// accent rule running down its left edge.
func (c *composer) quote(i int, b content.Block, x, width Scaled) []VNode {
	th := c.th
	inset := th.ListIndent
	var v []VNode
	for k, child := range b.Children {
		if k > 0 {
			v = append(v, Space(th.ParSkip))
		}
		if child.Kind == content.Paragraph {
			v = append(v, c.textBlock(spansOf(child.Inlines), th.Quote, x+inset, width-2*inset, RaggedRight, c.where(i, ".body (quote)"))...)
		} else {
			v = append(v, c.blocks(i, []content.Block{child}, x+inset, width-2*inset)...)
		}
	}
	// The rule runs from the first line's cap height to the last baseline
	// plus descent: add a piece to every box and space.
	for k := range v {
		if v[k].Kind == VPenalty {
			continue
		}
		if v[k].Kind == VGlue {
			v[k] = Box(v[k].Height) // inside a quote, space is part of the bar
		}
		top := Scaled(0)
		if k == 0 {
			top = v[k].Height - OfEm(th.Quote.Face().Ascent, th.Quote.Size)
		}
		bottom := v[k].Height
		if k == len(v)-1 {
			bottom += OfEm(-th.Quote.Face().Descent, th.Quote.Size)
		}
		v[k].Items = append(v[k].Items, &Rule{X: x, Y: top, W: Pt(2.5), H: bottom - top, Colour: th.Accent})
	}
	return v
}

// firstBox returns the index of the first box in v, or -1.
func firstBox(v []VNode) int {
	for k, n := range v {
		if n.Kind == VBox {
			return k
		}
	}
	return -1
}
