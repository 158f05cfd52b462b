package layout

import (
	"slices"
	"sync"

	"brochure/layout/german"
)

// Reuse carries work from one build to the next in a process that
// rebuilds after every edit (watch, serve): the hyphenator, whose word
// cache (bounded, see german.Hyphenator) then already holds the words of
// the last build. It is kept only while the content's hyphenation
// exceptions stay the same, so a build through it sets exactly what a
// fresh build sets. The zero value is ready to use; it is safe for
// builds that overlap.
type Reuse struct {
	mu         sync.Mutex
	hyph       *german.Hyphenator
	exceptions []string
}

// hyphenator returns the kept hyphenator when it was made with the same
// exceptions, else a new one, which it keeps.
func (r *Reuse) hyphenator(exceptions []string) *german.Hyphenator {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.hyph == nil || !slices.Equal(r.exceptions, exceptions) {
		r.hyph = german.NewHyphenator(german.GermanPatterns(), exceptions)
		r.exceptions = slices.Clone(exceptions)
	}
	return r.hyph
}
