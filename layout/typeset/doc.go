// Package typeset is the typesetting engine: it breaks paragraphs into
// lines (Knuth–Plass, with margin protrusion and font expansion), builds
// vertical lists and breaks them into pages, and returns positioned items
// — glyph runs, rules, polygons, QR modules, link areas — as plain data.
// It knows neither PDF nor the brochure, and no language: where a word may
// break comes from a Hyphenator (layout/german provides one).
//
// All lengths are Scaled: integer fixed-point units of 1/65536 PostScript
// point, in the spirit of TeX's scaled points, so sums are exact and every
// machine computes the same pages.
//
// # Page breaking
//
// Paginate is a greedy page builder in the manner of TeX's (each page
// ends at its cheapest break); it sets the contents and the back cover.
// BreakPages chooses all column and page breaks of the body at once, as
// Knuth and Plass choose a paragraph's line breaks: a state is a node of
// the vertical list where a frame (a column; Columns frames make a page)
// may begin, the number k of floats still to be set at its top, and the
// frame's number f (for a page's parity); each legal break that fits
// after it is an edge, costed by its penalty, the badness of the height
// left empty (against a twelfth of the frame, after what the glue's
// stretch fills; the end of the list and forced breaks cost nothing, but
// a last page that holds floats alone costs FloatsAloneEnd, and one
// that holds what follows the last float fence alone (or under floats
// carried over) FenceAloneEnd, a
// frame before a last section that fits with it the next frame at most
// half that), a
// broken word across a page turn (more across a turn to a new spread,
// after a right-hand page) and each float deferred. A frame more than
// EmptyLimit empty while the text goes on costs more for each per cent,
// and beyond a fifth of the frame more for each per cent than for the
// one before, so two frames a little too empty beat one far too empty;
// a frame that ends a section, where the next section's opening (its
// heading, a FloatBarrier, and what is kept with it) does not fit, costs
// no more than one a fifth empty, and so does one before a part that
// opens within a section (a box marked Opening, a programme day's
// title) where that part's opening does not fit. Of the ways
// to the end, one without a break no rule allows beats one with; then
// the one with the fewest pages and among those the cheapest wins —
// where no page multiple pads the document, a way that sets floats
// after the end of the text that belong before the last section
// (afterTheText) counts a page more, and loses to one of as many pages
// in the order of the text; and where PageCost weighs a page, the
// cheapest with each page counted wins first.
//
// Floats (boxes marked Float) stand at their anchor, their place in the
// list, or are deferred to the top of a later frame, as in LaTeX's float
// algorithm; floats keep their order within their class, and floats of
// different classes may pass each other (a state counts the floats
// waiting per class). A frame may defer, of each class, a suffix of the
// floats anchored in it; a frame that begins with floats waiting sets at
// its top first the first waiting float of each class (each is due: its
// anchor and the float before it stand on earlier frames), then, in the
// order of the list, each other that fits once those of its class
// before it are set, and the text may overtake the others, every float
// of their class it meets joining them; or it sets those floats alone,
// and the next frame begins at the same node with fewer waiting (the
// states of a node are taken in turn, most floats waiting first). So a
// float stands at most a frame after its anchor or the float before it,
// whichever is later (except where the first waiting floats of two
// classes do not fit one frame together), and a section's floats may
// take more than a page while the text goes on. Each float costs
// FloatDefer for each frame it waits; a frame whose text ends the list
// still pays for its emptiness while floats wait. No frame may end at a
// penalty marked Unbroken while floats wait (a heading's block that may
// break between its parts, where a float would come between them). A
// float carried past a box marked FloatBarrier (a section's heading) to
// a later frame costs PastBarrier of its class besides: a frame that
// holds the barrier and ends with floats anchored before it still
// waiting pays once, the largest PastBarrier of their classes, each
// counted for every barrier its floats pass in the frame; where
// HoldAtBarrier holds a class, its floats do not pass a barrier at all,
// as LaTeX's \FloatBarrier flushes the floats before a section: they
// stand at their anchor, ahead of it, at the top of a frame with the
// barrier after them, or in frames of floats alone that each pay for
// their emptiness, so only a frame of floats nearly full stands alone
// (the part LaTeX's \floatpagefraction plays). No float passes a box
// marked FloatFence (the notice that ends the body) at all: floats that
// do not fit before it take frames of their own, and it follows them.
// A frame that opens a page with floats waiting from the page before
// and goes on at once with a barrier, or with floats alone, costs
// FloatsApart: the floats stand a page turn away from their text.
// With FloatAhead set, a frame may also set at its top, after the floats
// waiting, the next floats of each class anchored before the next
// barrier or fence — the floats of the section its text continues, ahead
// of their anchor at the end of that text — each at FloatAhead; the
// flow then passes them by (a negative count in the state: how many of
// the floats to come stand ahead already), and they count as anchored in
// the frame they stand in.
// Widows, orphans and a heading at a frame's foot are infinite penalties
// the caller puts in the list, as are blocks kept together; a block
// stranded from its section, or a heading's block broken, is a finite
// penalty.
//
// Complexity: with n nodes, w the legal breaks a frame can hold (about
// its lines), c the floats anchored in a frame, q the combinations of
// waiting counts per class found at a node (the counts total at most
// maxWaiting, 16; a frame's worth in practice) and s the frame numbers
// kept per node (those at most one page behind the fewest, so s ≤ 2 ×
// Columns), BreakPages takes O(n · s · q · (w · (1 + c²) + q)) time (c²
// for the suffixes of two classes deferred; q² at most for the turns of
// a node's states, each turn a scan of them) and O(n · s · q) memory —
// linear in the length of the document. Paginate takes O(n).
package typeset
