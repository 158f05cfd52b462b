package layout

// Options are what the edition asks of the layout. The build pipeline
// (output/build) decides them from the edition and the theme and hands
// them to Compose; layout never infers the edition.
//
// Bleed and crop marks are not among them: pages are always laid out
// with the theme's bleed (full-bleed pictures and the cover field reach
// into it), and the written file's profile decides whether the bleed is
// shown and marked.
type Options struct {
	// Bound: the document is printed on both sides and bound. It has
	// left- and right-hand pages (mirrored margins, running heads and
	// folios on the outer side), the funding notice on a back cover of
	// its own, and is padded to a multiple of the theme's PageMultiple
	// pages. Unbound, every page is a right-hand page, the notice ends
	// the body and nothing is padded.
	Bound bool
	// Reuse, when set, carries work from the last build of the process
	// into this one (watch, serve); the pages are the same without it.
	Reuse *Reuse
}

// pageMultiple is the number of pages the document's length is rounded
// up to: the theme's for a bound document, 1 otherwise.
func (c *composer) pageMultiple() int {
	if c.opts.Bound {
		return c.th.PageMultiple
	}
	return 1
}
