package layout

import (
	"strings"
	"testing"
)

// TestContentsWarnOnceOnTheirPage: the table of contents is set once
// (counted, then drawn with its page numbers), so a title too long for
// its line is reported once for the contents, on the contents page where
// it stands, not a second time for a copy that was only counted (which
// no page holds).
func TestContentsWarnOnceOnTheirPage(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections[1].Title = strings.Repeat("Zukunftsperspektiven", 6) // one word, wider than any measure
	laid := Compose(doc, DefaultTheme(), Options{})
	var onContents, unplaced int
	for _, w := range laid.Warnings {
		if w.Kind != WarnOverfull || !strings.Contains(w.Where, "sections[1].title") {
			continue
		}
		switch {
		case w.Page == 0:
			unplaced++
		case laid.Pages[w.Page-1].Kind == ContentsPage:
			onContents++
		}
	}
	if onContents != 1 || unplaced != 0 {
		t.Errorf("the overlong title is reported %d times on the contents page and %d times on no page; want once and never", onContents, unplaced)
	}
}
