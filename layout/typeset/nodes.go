package typeset

import "brochure/fonts"

// NodeKind distinguishes the three kinds of material in a horizontal list,
// after Knuth and Plass: boxes are fixed-width content, glue is a space that
// may stretch or shrink, and penalties are possible breaks with a cost.
type NodeKind uint8

// The node kinds.
const (
	BoxNode NodeKind = iota
	GlueNode
	PenaltyNode
)

// Penalties at or beyond these values forbid or force a break.
const (
	Infinity   = 10000
	ForceBreak = -Infinity
)

// Node is one item of a paragraph's horizontal list.
type Node struct {
	Kind NodeKind
	// Fil marks glue of infinite stretch (the glue that fills a
	// paragraph's last line).
	Fil bool
	// Flagged marks a penalty that is a hyphenation break, whose Width is
	// that of the hyphen that appears when the break is taken.
	Flagged bool
	// WordBreak marks a penalty inside a word; Break says of which kind.
	WordBreak bool
	Break     BreakKind
	// Keep marks a box from a name, which must not be hyphenated.
	Keep bool
	// LastResort marks a word break the author's marks elsewhere in the
	// word leave as a last resort (WordBreak.LastResort).
	LastResort bool
	// The small fields above share one machine word: a long paragraph
	// holds hundreds of thousands of nodes at once.

	Width Scaled
	// Glue: how far it may stretch and shrink.
	Stretch, Shrink Scaled
	// Penalty: the cost of breaking here. Glue: the cost of a line
	// ending at this space (0 for most; see LineEnds).
	Penalty int
	// Box: the text it draws (for penalties, the text drawn at a taken break).
	Text string
	Kern []int
	Face *fonts.Face
	Size Scaled
	// TrailingKern is the part of a box's width that kerns it to the next
	// piece of the same word; it is dropped when the line breaks there.
	TrailingKern Scaled
	// Tracking is letter spacing added after every character but the
	// last, in thousandths of an em.
	Tracking int
	// Said, for a box of a word set in capitals or with a character the
	// face lacks (drawn as „?“), is what it says in place of its glyphs:
	// the word as written (Workshop, not WORKSHOP, which screen readers
	// may spell letter by letter; محمد, not ????) for its first piece,
	// nothing for the others. nil for text drawn as written.
	Said *string
	// ProtrudeLeft and ProtrudeRight are how far the box's first and last
	// character (a hyphenation penalty: its hyphen) may hang into the
	// margin when they begin or end a justified line.
	ProtrudeLeft, ProtrudeRight Scaled
	BoxStyle
}

// BoxStyle is how a box's text is drawn: colour, link target and language
// (an index into its paragraph's Langs; 0 for the document's language).
type BoxStyle struct {
	Colour Colour
	Lang   uint8
	URL    string
}

// IsLegalBreak reports whether a line may end at nodes[i]: at glue that
// follows a box, or at a penalty below Infinity.
func IsLegalBreak(nodes []Node, i int) bool {
	switch nodes[i].Kind {
	case GlueNode:
		return i > 0 && nodes[i-1].Kind == BoxNode
	case PenaltyNode:
		return nodes[i].Penalty < Infinity
	}
	return false
}
