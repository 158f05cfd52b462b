package layout

import "brochure/layout/typeset"

// nodePool keeps the node arrays of paragraphs a build is done with, for
// the next paragraphs to be built in (typeset.NewParagraphIn): no set
// line, warning or report keeps a node, and building every paragraph's
// nodes afresh was a fifth of all the memory a long document's build
// asked for. A build that carries paragraphs to the next
// (Options.Reuse) gives none back: their nodes are kept.
type nodePool struct{ arrays [][]typeset.Node }

// pooledArrays is how many arrays the pool keeps: a body paragraph's,
// and a display text's at each stage of the display-break rule.
const pooledArrays = 4

// take hands out an array from the pool (nil when it has none).
func (p *nodePool) take() []typeset.Node {
	n := len(p.arrays)
	if n == 0 {
		return nil
	}
	a := p.arrays[n-1]
	p.arrays = p.arrays[:n-1]
	return a
}

// give returns nodes nothing refers to any more.
func (p *nodePool) give(nodes []typeset.Node) {
	if cap(nodes) > 0 && len(p.arrays) < pooledArrays {
		p.arrays = append(p.arrays, nodes[:0])
	}
}
