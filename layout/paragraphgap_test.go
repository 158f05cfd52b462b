package layout

import (
	"strings"
	"testing"
)

// TestRunningTextFillsItsPages: a one-column documentation of a
// participation process (a long welcome, three parts, the first with a
// photo at its end, and „Kontakt“ with a link). Its print edition's
// pages 3 and 4 ended three lines early in the middle of a paragraph,
// to carry the text on until „Kontakt“ began a page whole: a gap a
// twelfth of the page cost the page breaker less than anything else.
// Now a frame that ends inside a paragraph pays for its gap again
// (typeset.PageParams.SplitGap): no column of either edition ends three
// lines early inside a paragraph, and the composition report, which
// finds such columns (WarnParagraphGap), says so.
func TestRunningTextFillsItsPages(t *testing.T) {
	doc, th := testdataEvent(t, "participation")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		var gaps []string
		for _, w := range laid.Warnings {
			if w.Kind == WarnParagraphGap || w.Kind == WarnUnderfullPage {
				gaps = append(gaps, w.Msg)
			}
		}
		if len(gaps) > 0 {
			t.Errorf("bound %v (%d pages):\n%s", opts.Bound, len(laid.Pages), strings.Join(gaps, "\n"))
		}
	}
}
