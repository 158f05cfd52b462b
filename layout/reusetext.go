package layout

import "brochure/layout/german"

// textKey is a text as written and the typography rules that normalise
// it: everything its normalised form depends on; outside asks for it as
// text outside the pages shows it (composer.outsideText).
type textKey struct {
	text    string
	typo    german.Typography
	outside bool
}

// keptText is a text normalised, and the build that last used it.
type keptText struct {
	normal string
	used   uint64
}

// normalisedText returns the text of key normalised, as kept from the
// builds before, else as normalise makes it, which it keeps. The
// contents' entries and the bookmarks normalise every section's title
// in every build, the sections carried whole included: at 444 pages
// that was a tenth of a rebuild after a one-paragraph edit. Texts the
// build before did not use are dropped when a build begins
// (dropUnusedTexts), so what is kept is bounded by the last two builds'
// texts.
func (r *Reuse) normalisedText(key textKey, normalise func() string) string {
	r.mu.Lock()
	kept, ok := r.texts[key]
	if ok {
		kept.used = r.build
		r.mu.Unlock()
		return kept.normal
	}
	r.mu.Unlock()
	n := normalise()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.texts == nil {
		r.texts = map[textKey]*keptText{}
	}
	r.texts[key] = &keptText{normal: n, used: r.build}
	return n
}

// dropUnusedTexts drops the normalised texts the build before did not
// use; r.mu is held.
func (r *Reuse) dropUnusedTexts() {
	for k, v := range r.texts {
		if v.used < r.build {
			delete(r.texts, k)
		}
	}
}
