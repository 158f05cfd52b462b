package typeset

import "slices"

// VNodeKind distinguishes material in the vertical list that pagination
// breaks into pages: boxes (lines, blocks), glue (space between them) and
// penalties (the cost of a page break at that point).
type VNodeKind uint8

// The vertical node kinds.
const (
	VBox VNodeKind = iota
	VGlue
	VPenalty
)

// VNode is one item of the vertical list.
type VNode struct {
	Kind VNodeKind
	// Height is the vertical space a box takes, or the amount of glue.
	Height Scaled
	// Items are drawn with the box: X as on the page, Y relative to the
	// box's top edge.
	Items []Item
	// Penalty is the cost of a page break here (VPenalty).
	Penalty int
	// Outline, when set, is a bookmark for the place where the box lands.
	Outline *OutlineEntry
	// Anchor (from 1; 0: none) names the place where the box lands, for
	// internal links: the caller's number for it.
	Anchor int
	// Para (from 1) identifies the paragraph a line box belongs to, Line
	// its index there and Lines the paragraph's length, so widows and
	// orphans can be found after pagination; 0 for other boxes.
	Para, Line, Lines int
	// Header, when set on a box, makes the header a page repeats above it
	// when the box begins the page (a table's header row over its
	// continued rows); it returns fresh material each time.
	Header func() []VNode
	// Stretch and Shrink are how far glue may grow or give so a page can
	// end flush (BreakPages uses them; Paginate does not).
	Stretch, Shrink Scaled
	// Hyphenated marks a paragraph line box that ends in a hyphenated
	// word, so a page break after it can be charged as a broken word.
	Hyphenated bool
	// Unbroken marks a penalty inside a block that a page may break
	// (a heading's block, between its parts) but a float may not enter:
	// a frame may end here only with no float waiting to be set at the
	// top of the next.
	Unbroken bool
	// FloatBarrier marks a box floats anchored before it should not pass
	// (a section's heading: a section's blocks stand before the next
	// section begins, as under LaTeX's \FloatBarrier); BreakPages charges
	// a frame that carries floats past it PageParams.PastBarrier, once.
	FloatBarrier bool
	// FloatFence marks a box no float anchored before it may pass at
	// all (the notice that ends the body: a section's picture or link
	// block after it would stand outside the sections): a frame that
	// holds it never ends with such a float still waiting, so floats
	// that do not fit before it are set in frames of their own, and it
	// follows them.
	FloatFence bool
	// Opening marks a box that opens a part within a section (a
	// programme day's title over its table): a frame that ends before it
	// because that part's opening does not fit the room left is charged
	// as a frame that ends a section (openingTooTall), so a part is
	// begun on the next frame rather than its last row carried alone.
	Opening bool
	// Float marks a box that may leave its place in the flow (its
	// anchor) for the top of a later frame; FloatID (from 1) names it
	// in PageBody.Floats and FloatSpace separates it from the text.
	// Floats keep their order within their FloatClass (0 to
	// FloatClasses-1); floats of different classes may pass each other,
	// as LaTeX's figures and tables do.
	Float      bool
	FloatID    int
	FloatSpace Scaled
	FloatClass int
	// Give, on a float, is how much shorter it may be set where it
	// stands in the flow of a frame below text (at its anchor, or ahead
	// of it), and Resize makes the float's items (its own, as the frame
	// holds them) that much shorter: a picture narrowed in proportion,
	// its caption moved with it. A frame whose material is taller than
	// the frame beyond what its glue shrinks may have such floats give
	// the rest (PageParams.FloatGive), where it would otherwise defer
	// them past a heading or leave a gap. A float set at a frame's top,
	// or one with no Resize, keeps its height.
	Give   Scaled
	Resize func(items []Item, by Scaled)
}

// Box makes a vertical box.
func Box(height Scaled, items ...Item) VNode { return VNode{Kind: VBox, Height: height, Items: items} }

// Space makes vertical glue; it vanishes at the top of a page.
func Space(amount Scaled) VNode { return VNode{Kind: VGlue, Height: amount} }

// Penalty makes a page-break penalty.
func Penalty(p int) VNode { return VNode{Kind: VPenalty, Penalty: p} }

// KeepTogether raises every penalty in v to Infinity, so no page break
// falls inside; glue between boxes becomes unbreakable too.
func KeepTogether(v []VNode) []VNode {
	n := len(v) // and a penalty before each glue after a box
	for i := 1; i < len(v); i++ {
		if v[i].Kind == VGlue && v[i-1].Kind == VBox {
			n++
		}
	}
	return AppendKeptTogether(make([]VNode, 0, n), v)
}

// AppendKeptTogether appends the lists joined, kept together
// (KeepTogether of their concatenation), to dst, and returns the
// extended list: a list kept together as it is added to a longer one is
// not made and copied first.
func AppendKeptTogether(dst []VNode, lists ...[]VNode) []VNode {
	afterBox := false
	for _, v := range lists {
		for _, n := range v {
			if n.Kind == VPenalty {
				n.Penalty = Infinity
			}
			if n.Kind == VGlue && afterBox {
				dst = append(dst, Penalty(Infinity))
			}
			dst = append(dst, n)
			afterBox = n.Kind == VBox
		}
	}
	return dst
}

// KeepEnds makes every break in v[from:] before its first-th box illegal,
// so what comes before it (a heading) stays with at least first boxes
// (lines) of it, and, when last > 0, every break after its last-th box
// from the end, so what follows stays with at least last of them. Where
// the two kept ends overlap, or v[from:] has fewer boxes, all of it is
// kept together. It works in v's own array where that has room, since a
// long document's text copied over was a tenth of what an edit's rebuild
// asked for: the result replaces v, whose nodes before from stay as
// they were.
func KeepEnds(v []VNode, from, first, last int) []VNode {
	text := v[from:]
	head, tail := nthBox(text, first, 1), len(text)
	if last > 0 {
		tail = nthBox(text, last, -1)
	}
	if head < 0 || tail < head {
		return append(v[:from], KeepTogether(text)...)
	}
	kept := KeepTogether(text[:head])
	var keptTail []VNode
	if last > 0 {
		keptTail = KeepTogether(text[tail:]) // before the head's nodes move what follows
	}
	v = slices.Replace(v[:from+tail], from, from+head, kept...)
	return append(v, keptTail...)
}

// nthBox is the index in v of its n-th box, counted from the start (dir
// 1) or from the end (dir -1); -1 when v has fewer.
func nthBox(v []VNode, n, dir int) int {
	boxes := 0
	for k := range v {
		if dir < 0 {
			k = len(v) - 1 - k
		}
		if v[k].Kind == VBox {
			boxes++
			if boxes == n {
				return k
			}
		}
	}
	return -1
}

// OutlineEntry is one bookmark: a title pointing at a place on a page.
type OutlineEntry struct {
	Title string
	Level int // 0 is the top level
	Page  int // index into Document.Pages
	Y     Scaled
}

// StackHeight is the total height of a vertical list.
func StackHeight(v []VNode) Scaled {
	var h Scaled
	for _, n := range v {
		if n.Kind != VPenalty {
			h += n.Height
		}
	}
	return h
}
