package layout

import (
	"strconv"

	"brochure/content"
	"brochure/layout/typeset"
)

// listLabels are the markers of a list's items: bullets, or numbers with
// a full stop („1.“ … „10.“), each with its natural width, and the
// indent of the items' text: the theme's list indent, or more when the
// widest label and the gap after it need it, so „10.“ never touches its
// text. Numbers are set flush right on their full stops (x of each label
// is its offset from the list's left edge).
func (c *composer) listLabels(kind content.BlockKind, items int, st typeset.TextStyle, minIndent typeset.Scaled) (labels []string, xs []typeset.Scaled, indent typeset.Scaled) {
	labels = make([]string, items)
	widths := make([]typeset.Scaled, items)
	var widest typeset.Scaled
	for n := range labels {
		labels[n] = "•"
		if kind == content.OrderedList {
			labels[n] = strconv.Itoa(n+1) + "."
		}
		widths[n] = c.measure(plain(labels[n]), st)
		widest = max(widest, widths[n])
	}
	// The gap after the label: half an em, as a word space and a bit.
	indent = max(minIndent, widest+st.Size/2)
	xs = make([]typeset.Scaled, items)
	for n := range xs {
		if kind == content.OrderedList {
			xs[n] = widest - widths[n]
		}
	}
	return labels, xs, indent
}
