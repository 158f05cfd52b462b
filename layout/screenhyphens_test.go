package layout_test

import (
	"testing"

	"brochure/layout"
)

// TestScreenHyphensStayOnTheirPage: the screen edition is unbound, its
// pages seen one at a time (layout.Options.Bound), so no word is divided
// across any of its page ends, as none is across a turn of the leaf in
// print. Before, the page breaker charged a break after a hyphenated line
// as if the pages faced each other, and the corpus's events 3, 7 and 21
// divided „Bundes-/programme“, „Arbeits-/marktmentoren“ and
// „Ein-/führung“ across a page end.
func TestScreenHyphensStayOnTheirPage(t *testing.T) {
	divided, events := 0, 0
	for _, ev := range screenCorpus(t) {
		events++
		for _, w := range ev.doc.Warnings {
			if w.Kind == layout.WarnHyphenAcrossPage {
				divided++
				t.Errorf("%s: %s", ev.name, w.Msg)
			}
		}
	}
	t.Logf("%d words divided across a page end in %d screen editions", divided, events)
}
