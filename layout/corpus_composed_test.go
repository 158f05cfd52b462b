package layout_test

import (
	"sync"

	"brochure/content"
	"brochure/layout"
)

// printComposition is a document composed as the print edition (bound,
// as the corpus is checked): its content, theme and display list, or why
// it could not be composed.
type printComposition struct {
	doc  *content.Document
	th   layout.Theme
	laid *layout.Document
	err  error
}

// composeBound prepares and composes a loaded document as the print
// edition, as the build does.
func composeBound(doc *content.Document, err error) printComposition {
	if err != nil {
		return printComposition{err: err}
	}
	layout.Prepare(doc)
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		return printComposition{err: err}
	}
	return printComposition{doc: doc, th: th, laid: layout.Compose(doc, th, layout.Options{Bound: true})}
}

// printCompositions are the corpus's events composed as the print
// edition, each once per test binary for the tests that read them
// (TestCompositionCorpus renders and reads them back,
// TestFewColumnsOfFloatsAlone reads their display lists), by content
// path. The readers change none of them.
var printCompositions struct {
	mu     sync.Mutex
	byPath map[string]func() printComposition
}

// sharedPrint is the event at path composed as the print edition, made on
// first use.
func sharedPrint(path string) printComposition {
	printCompositions.mu.Lock()
	if printCompositions.byPath == nil {
		printCompositions.byPath = map[string]func() printComposition{}
	}
	get, ok := printCompositions.byPath[path]
	if !ok {
		get = sync.OnceValue(func() printComposition {
			return composeBound(content.Load(path, content.Options{}))
		})
		printCompositions.byPath[path] = get
	}
	printCompositions.mu.Unlock()
	return get()
}
