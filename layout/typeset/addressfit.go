package typeset

// An address's last-resort breaks (InAddressPoorly: before a hyphen of
// its own, after its host's „www“) are for an address that cannot fit
// a line otherwise. Offered by the characters alone, they were also taken
// to fill a ragged line out: „Informationen finden Sie unter
// www.servicestelle / -jugendberufsagenturen.de“ in a column the address
// fits whole. A typographer moves such an address to the next line whole
// and leaves the line before it short; only a part between good breaks
// (after a slash, before a dot) that is wider than the line breaks
// poorly, and there before its own hyphen, which then begins the next
// line and reads as the address's, not a word's.

// WholeAddressParts returns nodes, or a copy of them where anything
// changes, in which every last-resort break of an address lies in a part
// between good breaks (or the address's ends) wider than width; the
// others are forbidden. Running text is broken so (BreakParagraph), and
// display text must be too: a caption's „https://www“ / „.bundesarbeits…
// .de/“ was set where „www.bundesarbeits….de/“ fits its line whole.
func WholeAddressParts(nodes []Node, width Scaled) []Node {
	out, copied := nodes, false
	for k := range nodes {
		if n := &nodes[k]; n.Kind != PenaltyNode || n.Break != InAddressPoorly || !n.WordBreak || n.Penalty >= Infinity {
			continue
		}
		if addressPartWidth(nodes, k) > width {
			continue
		}
		if !copied {
			out, copied = append([]Node(nil), nodes...), true
		}
		out[k].Penalty = Infinity
	}
	return out
}

// addressPartWidth is the natural width of the part of an address around
// the break nodes[k]: its boxes from the good break or space before it to
// the good break or space after it.
func addressPartWidth(nodes []Node, k int) Scaled {
	bound := func(n Node) bool {
		return n.Kind == GlueNode || n.Kind == PenaltyNode && n.WordBreak && n.Break == InAddress
	}
	var w Scaled
	for i := k - 1; i >= 0 && !bound(nodes[i]); i-- {
		if nodes[i].Kind == BoxNode {
			w += nodes[i].Width
		}
	}
	for i := k + 1; i < len(nodes) && !bound(nodes[i]); i++ {
		if nodes[i].Kind == BoxNode {
			w += nodes[i].Width
		}
	}
	return w
}
