package layout

import (
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestLinesWrittenALineEachAreRagged: a body paragraph whose lines are
// kept (an address) is set ragged right, so a line too long for the
// measure wraps without stretched word spaces; running prose keeps the
// theme's alignment, even with a line break of the author's.
func TestLinesWrittenALineEachAreRagged(t *testing.T) {
	address := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Netzwerk Integration"}, {Break: true}, {Text: "39104 Magdeburg"}}, Lines: true}
	prose := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Ein Satz."}, {Break: true}, {Text: "Ein zweiter."}}}
	if got := paragraphAlign(address, typeset.Justified); got != typeset.RaggedRight {
		t.Errorf("an address is set %v, want ragged right", got)
	}
	if got := paragraphAlign(prose, typeset.Justified); got != typeset.Justified {
		t.Errorf("prose is set %v, want justified", got)
	}
}
