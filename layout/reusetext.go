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

// normalisedText returns the text of key normalised, as kept from the
// builds before, else as normalise makes it, which it keeps. The
// contents' entries and the bookmarks normalise every section's title
// in every build, the sections carried whole included: at 444 pages
// that was a tenth of a rebuild after a one-paragraph edit. Texts the
// build before did not use are dropped when a build begins
// (dropUnused), so what is kept is bounded by the last two builds'
// texts.
func (r *Reuse) normalisedText(key textKey, normalise func() string) string {
	return keptFor(r, &r.texts, key, normalise)
}
