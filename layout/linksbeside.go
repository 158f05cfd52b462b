package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// linksBesidePicture sets section i's presentations and links in the
// room beside its last picture, where that picture stands alone at the
// text's left edge narrowed by its height (a screenshot of a chat, 1:3,
// set 49 mm wide in a measure of 130, its caption beside it at its
// foot): the codes stand above the caption, in the white the picture
// leaves, as a designer sets them, rather than after it — where, the
// picture filling the page, they took the next page's top above the
// next session's heading, a page turn from their text. Only where every
// block fits there, with the room the document's arrangement of links
// needs; the picture then carries them as one float, the blocks right
// above the caption, and may be set smaller only as far as they leave it
// room. It returns the section's blocks and their kinds with the links
// joined to the picture, and ok false (blocks and kinds as they were)
// where they do not fit: the links then follow as blocks of their own.
func (c *composer) linksBesidePicture(i int, s content.Section, blocks [][]typeset.VNode, kinds []floatBlock, x, width typeset.Scaled, sect *typeset.StructElement) ([][]typeset.VNode, []floatBlock, bool) {
	n := len(blocks)
	if n == 0 || len(s.Presentations)+len(s.Links) == 0 || len(s.Images) == 0 {
		return blocks, kinds, false
	}
	last := kinds[n-1]
	if last.class != pictureFloats || last.mode != c.th.LinkFloat || len(last.files) != 1 || s.Images[len(s.Images)-1].Width == "half" {
		return blocks, kinds, false
	}
	box, p, free := pictureRoomBeside(blocks[n-1], x, width)
	if box < 0 {
		return blocks, kinds, false
	}
	room := width - p.W - halfGap()
	switch arr := c.linkArrangement(); {
	case arr == content.LinksBeside && !c.besideFits(room), arr == content.LinksBelow && room < minBesideText:
		return blocks, kinds, false
	}
	links, _ := c.linkBlocks(i, s, x+p.W+halfGap(), room, sect)
	var stack []typeset.VNode
	for _, b := range links {
		stack = append(stack, b...)
	}
	skip := firstSpace(stack) // the first block's space above it: it stands level with the picture's top
	if typeset.StackHeight(stack)-skip+linkBlockSkip > free {
		return blocks, kinds, false
	}
	// The blocks stand right above the caption, keeping to the picture's
	// foot as it does where the picture is set smaller (shrinkPictures).
	joined := append([]typeset.VNode(nil), blocks[n-1]...)
	items := flatten(stack)
	top := free - linkBlockSkip - (typeset.StackHeight(stack) - skip)
	for _, it := range items {
		typeset.MoveDown(it, top-skip)
	}
	joined[box].Items = append(append([]typeset.Item(nil), joined[box].Items...), items...)
	out := append(append([][]typeset.VNode(nil), blocks[:n-1]...), joined)
	k := append([]floatBlock(nil), kinds...)
	// The codes ride with the picture: it passes the next heading as
	// they would (linkPastHeading), and is set smaller no further than
	// they leave room for and a narrow picture stays legible
	// (joinedGiveShare).
	k[n-1].class = linkFloats
	if k[n-1].give > 0 {
		k[n-1].give = min(c.pictureGive(joined), p.H*joinedGiveShare/100)
	}
	return out, k, true
}

// joinedGiveShare is the share of its height, in per cent, a picture
// that carries its section's codes beside it may give: a screenshot of
// 1:3 set at 55 % stood 26 mm wide, narrower than its codes and not to
// be read.
const joinedGiveShare = 25

// pictureRoomBeside finds, in a picture's block, the box that holds a
// lone picture at the text's left edge (x) narrow enough to leave room
// beside it in width (leavesRoomBeside, as for a caption beside it), and
// the height free beside it above its caption. box is -1
// where the block holds no such picture.
func pictureRoomBeside(block []typeset.VNode, x, width typeset.Scaled) (box int, p *Picture, free typeset.Scaled) {
	for k, nd := range block {
		if nd.Kind != typeset.VBox {
			continue
		}
		for _, it := range nd.Items {
			if pic, ok := it.(*Picture); ok && p == nil {
				box, p = k, pic
			}
		}
		if p != nil {
			break
		}
	}
	if p == nil || !leavesRoomBeside(p, x, width) {
		return -1, nil, 0
	}
	// Down to the top of the caption's first line at its full size (not
	// its face's ascent, as besideRoom measures what the picture may give):
	// the codes keep a little more clear of it.
	free = p.H
	for _, it := range block[box].Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.X > p.X+p.W {
			free = min(free, g.Y-g.Size-p.Y)
		}
	}
	return box, p, free
}

// firstSpace is the height of the glue a stack of blocks begins with.
func firstSpace(v []typeset.VNode) typeset.Scaled {
	var h typeset.Scaled
	for _, nd := range v {
		switch nd.Kind {
		case typeset.VBox:
			return h
		case typeset.VGlue:
			h += nd.Height
		}
	}
	return h
}
