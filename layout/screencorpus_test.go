package layout_test

import (
	"sync"
	"testing"

	"brochure/layout"
)

// screenComposed is a corpus event in one column composed as the screen
// edition (unbound).
type screenComposed struct {
	name string
	th   layout.Theme
	doc  *layout.Document
}

// sharedScreenCorpus holds the one-column events of the corpus composed
// as the screen edition, once per test binary, for the tests that read
// those pages (TestScreenNoticeHasCompany, TestScreenHyphensStayOnTheirPage).
var sharedScreenCorpus struct {
	once   sync.Once
	events []screenComposed
}

// screenCorpus returns the corpus's events in one column composed as the
// screen edition, composing them on first use.
func screenCorpus(t *testing.T) []screenComposed {
	t.Helper()
	events := corpus(t)
	sharedScreenCorpus.once.Do(func() {
		for _, ev := range events {
			doc, th := ev.load(t)
			if th.Columns > 1 {
				continue
			}
			sharedScreenCorpus.events = append(sharedScreenCorpus.events,
				screenComposed{name: ev.name, th: th, doc: layout.Compose(doc, th, layout.Options{})})
		}
	})
	return sharedScreenCorpus.events
}
