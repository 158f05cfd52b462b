package typeset

import "brochure/fonts"

// Margin protrusion (character protrusion, as pdfTeX and microtype do it):
// a hyphen, a full stop or a comma at the end of a justified line, an
// opening quote at its start, carry little ink, so set flush with the
// margin they make the edge look indented. They are allowed to hang into
// the margin by a share of their width. The breaker counts with it — a
// line ending in a hyphen has that much more room — so breaks are chosen
// with protrusion, not patched afterwards.

// Protrusion gives, per character, the share of its advance (in
// thousandths) that may hang into the left and the right margin; the
// theme's [protrusion] table holds the factors (assets/theme.toml has the
// defaults, after microtype's for text faces).
type Protrusion struct {
	Left, Right map[rune]int
}

// left is how far r may hang into the left margin in face at size.
func (p *Protrusion) left(face *fonts.Face, size Scaled, r rune) Scaled {
	if p == nil {
		return 0
	}
	return hang(p.Left, face, size, r)
}

// right is how far r may hang into the right margin in face at size.
func (p *Protrusion) right(face *fonts.Face, size Scaled, r rune) Scaled {
	if p == nil {
		return 0
	}
	return hang(p.Right, face, size, r)
}

// hang is r's share of its advance by the factors (thousandths).
func hang(factors map[rune]int, face *fonts.Face, size Scaled, r rune) Scaled {
	if f, ok := factors[r]; ok {
		return ScaleBy(OfEm(face.Advance(r), size), int64(f), 1000)
	}
	return 0
}

// rightProtrusionAt is how far the end of a line broken at nodes[i]
// hangs into the right margin: the hyphen a taken hyphenation break draws,
// else the last character of the box before the break.
func rightProtrusionAt(nodes []Node, i int) Scaled {
	n := &nodes[i]
	if n.Kind == PenaltyNode && n.Text != "" {
		return n.ProtrudeRight
	}
	// The last box before the break: at glue or after a hyphen the node
	// before it; at a paragraph's end, before its closing glue.
	for j := i - 1; j >= 0; j-- {
		switch nodes[j].Kind {
		case BoxNode:
			return nodes[j].ProtrudeRight
		case GlueNode:
			if !nodes[j].Fil {
				return 0
			}
		}
	}
	return 0
}

// leftProtrusionAfter is how far the first box of the line that begins
// after the break at nodes[i] (i = -1: the paragraph's start) hangs into
// the left margin.
func leftProtrusionAfter(nodes []Node, i int) Scaled {
	for j := i + 1; j < len(nodes); j++ {
		switch nodes[j].Kind {
		case BoxNode:
			return nodes[j].ProtrudeLeft
		case PenaltyNode:
			if nodes[j].Penalty <= ForceBreak {
				return 0
			}
		}
	}
	return 0
}
