package typeset

import (
	"reflect"
	"slices"
	"sort"
)

// PageParams describes the frames BreakPages fills and what its choices
// cost.
type PageParams struct {
	// Height is a frame's height (the type area's).
	Height Scaled
	// Columns is the number of frames per page (1 or more); frames are
	// filled in turn, left to right.
	Columns int
	// FirstPage is the document page number (from 1) of the first frame's
	// page; odd numbers are right-hand pages, after which a turn opens a
	// new spread.
	FirstPage int
	// FloatDefer is the cost of each float set at the top of the frame
	// after its anchor's instead of at its anchor.
	FloatDefer int
	// PageBroken and SpreadBroken are added to a break after a line that
	// ends in a hyphenated word when the break turns the page: within a
	// spread (after a left-hand page) and to a new spread (after a
	// right-hand page). A column break inside a page costs only the
	// line's own penalty (BrokenPenalty).
	PageBroken, SpreadBroken int
	// FlexStep, when set, makes glue flex only in whole multiples of it
	// (the body's leading, so lines stay on a baseline grid); the glue's
	// Stretch and Shrink should be multiples of it too.
	FlexStep Scaled
	// PageMultiple and PagesAfter say how the document's length is
	// counted: FirstPage - 1 pages before the body, the body's, and
	// PagesAfter after it, rounded up to a multiple of PageMultiple (a
	// bound edition's; 0 or 1: every page counts). Of the ways to break
	// the body, those of the shortest document are chosen from, unless
	// PageCost weighs a page.
	PageMultiple, PagesAfter int
	// PageCost, when set and PageMultiple is 0 or 1, is what one page
	// more is worth against the faults it spares: a way to the end one
	// page longer wins where it costs more than PageCost less (a
	// section's codes kept out of the next section, a picture kept
	// before the end of the text). 0: the fewest pages first, whatever
	// the cost (a bound edition's pages come in whole signatures).
	PageCost int
	// EmptyLimit is the share of a frame, in percent, that may stay
	// empty while the text goes on; a frame emptier than that costs
	// more than its badness: half EmptyPenalty, and EmptyPenalty for
	// each further 2 % of the frame up to twice EmptyPenalty in all,
	// and beyond a fifth of the frame more for each further 2 % than
	// for the one before (beyondLimit), so two frames a little too
	// empty cost less than one far too empty. A frame that ends a
	// section, where the next one's opening does not fit, pays no more
	// than one a fifth empty.
	EmptyLimit, EmptyPenalty int
	// HoleBeside, in columns, is the share in per cent by which what a
	// column left empty costs (underfull) grows where the text goes on
	// in the column beside it on the same page: there the gap stands as
	// a hole beside a full column, seen in one look, where at a page's
	// last column it reads as the page's end. 0: no more.
	HoleBeside int
	// SplitGap, when set, is the gap at which a frame that ends inside a
	// paragraph — the paragraph goes on in the next frame — pays badness
	// 100 for it, on top of what underfull charges every frame: there
	// the gap stands in the running text, and the foot of the frame does
	// not line up with its neighbours', where at a paragraph's or a
	// section's end it reads as a pause. A gap of a third of SplitGap
	// costs about 4, of SplitGap 100, of one and a half times it about
	// 340 (splitParagraphCost).
	SplitGap Scaled
	// PastBarrier is, per float class, the cost of a frame that carries
	// floats of that class past a box marked FloatBarrier (a section's
	// heading) to the top of a later frame, where they stand among what
	// follows the barrier. A frame pays once, the largest of the classes
	// it carries, however many floats pass (passingCost) — and that for
	// each barrier they pass in it (carryCost): carried past two
	// headings, a class costs twice.
	PastBarrier [FloatClasses]int
	// HoldAtBarrier says, per float class, that its floats never pass a
	// FloatBarrier at all, as under LaTeX's \FloatBarrier: a frame that
	// would carry one past the barrier is not taken, so the floats stand
	// at their anchor, ahead of it, at the top of a frame before the
	// barrier with the barrier after them, or in frames of floats alone
	// that flush them before it. PastBarrier then weighs nothing for
	// that class. (A float that meets no legal break still passes, as a
	// break no rule allows.)
	HoldAtBarrier [FloatClasses]bool
	// FloatsAloneEnd is the cost of a last page that holds floats alone,
	// with no text: the end of the text a page before its last floats,
	// which read as left over. It is charged to the frame of floats
	// alone that ends the list when the frames before it on its page are
	// floats alone too (a last frame otherwise costs nothing).
	FloatsAloneEnd int
	// FloatsApart is the cost of a frame that opens a page with floats
	// waiting from the page before and goes on at once with a box marked
	// FloatBarrier (the next section's heading): the floats stand alone
	// at the head of the page, a turn away from the text they belong to,
	// above another section's heading. A line or two of that text
	// carried over with them spares it. A frame of floats alone that
	// opens a page pays it too.
	FloatsApart int
	// FenceAloneEnd is the cost of a last page that holds nothing but
	// what follows the last FloatFence (the funding notice that ends the
	// body), and floats carried to its top from the page before: a page
	// spent on a block the page before could not take, which reads as
	// left over, and floats there stand cut off from their section (a
	// contact's QR code above the notice, its address on the page
	// before). The page breaker rather gives the notice company — the last
	// lines before it, with their floats — where it can, and a frame
	// that ends before a section whose rest, with the notice, fits the
	// next frame pays at most half of it for its emptiness
	// (restFitsAFrame).
	FenceAloneEnd int
	// FloatAhead, when set, lets a frame set at its top, besides the
	// floats waiting, floats anchored later in the list but before the
	// next FloatBarrier or FloatFence: a section's floats at the top of
	// a frame its text still runs in, ahead of their anchor (the end of
	// its text), each at this cost (aheadFloats). 0: floats never stand
	// before their anchor.
	FloatAhead int
	// CrowdedTop is the cost of a frame whose floats at its top take
	// more than crowdedTopShare of its height while text follows them
	// (LaTeX's \topfraction): a column of pictures with a line or two
	// of text at its foot, apart from the rest of its paragraph. The
	// page breaker rather sets fewer of them there, the others after
	// their text or in a column of their own. 0: no cost.
	CrowdedTop int
	// FloatGroups says, per float class, that a section's floats of
	// that class (those between two float barriers) are one group, which
	// the reader takes together (a section's link codes): the page
	// breaker never parts a group so that one of its floats stands apart
	// from the others (strands) by setting floats ahead of the rest or
	// at a frame's top while the rest wait for the next; a frame that
	// ends with one at its anchor and the rest deferred, or the reverse,
	// costs StrandCost, since deferring them all may leave a page far
	// emptier.
	FloatGroups [FloatClasses]bool
	StrandCost  int
	// FloatGive is the cost of a frame that sets floats in its flow
	// smaller to hold what it holds (VNode.Give), and again for each
	// sixth of the square of the share of all they may give that they
	// give (giveCost): a picture a little smaller beside its text rather
	// than one carried past the next heading or a gap, and one much
	// smaller only where the rest costs that much. 0: floats keep their
	// height.
	FloatGive int
	// EndRoom, when set, is the height the last page's frames leave
	// below them, where they can, for what ends the list across the
	// whole page (the funding notice of an unbound edition in columns,
	// set below them): the last page's material is broken again into
	// frames that much shorter when it fits one page so (endPage).
	EndRoom Scaled
	// Balanced, with Columns over 1, sets the last page's columns as
	// short as they can be with its material still on it (endPage).
	Balanced bool
	// Taken is, per page (from the first frame's page), the height of
	// the type area that blocks across all of its columns take (a
	// picture spanning both columns, at the page's top or foot): each
	// frame of that page is that much shorter than Height. Pages past
	// its end take nothing.
	Taken []Scaled
}

// frameHeight is the height frame number f (counted from the first
// frame) holds: Height less what its page gives to blocks across the
// columns (Taken).
func (p *PageParams) frameHeight(f int) Scaled {
	if page := f / max(p.Columns, 1); page >= 0 && page < len(p.Taken) {
		return max(p.Height-p.Taken[page], 0)
	}
	return p.Height
}

// sameParams reports whether two runs' parameters are the same, Taken
// compared by value (no page taking anything is the same as an empty
// list).
func sameParams(a, b PageParams) bool {
	if !slices.Equal(a.Taken, b.Taken) {
		return false
	}
	a.Taken, b.Taken = nil, nil
	return reflect.DeepEqual(a, b)
}

// DefaultPageParams are the costs BreakPages uses unless told otherwise.
// An empty twelfth of a frame has badness 100, a tenth about 170, an
// eighth about 340, a fifth about 1400 — against a twelfth rather than
// an eighth, so a column that ends three or four lines short while the
// text goes on is not had for a float deferred or a club line spared; a
// deferred float costs 150, a little less than a tenth left empty; a
// broken word across a page turn 100 and one across a turn to a new
// spread 6000; a frame more than 12 % empty while the text goes on costs
// 1000 more, and 1000 more for each further 1 %, up to 4000 (with a
// fifth of a frame's badness still less than a broken word across a
// spread costs), and beyond a fifth 125 times the square of each
// further per cent (at a third of a frame empty, about 22,000 more: in
// the middle of the flow a gap that large is worse than any other
// fault) — 12 %, not the composition report's 15 %, because the report
// measures to the ink of the last line, which stands a little higher
// than the bottom of its box. A last page of floats alone costs 3000,
// a little more than a frame 13 % empty: text runs on to stand with its
// floats where a few lines moved spare it, not where that opens a gap.
// A frame that ends inside a paragraph pays for its gap again, against
// a 24th of the frame (SplitGap; on an A4 type area of 12-pt lines
// about 2.4 lines): one line short about 7, two about 55, three about
// 190, four about 450, five about 880 — so the running text fills its
// frames, and a float deferred (150) or passing a heading (layout's
// picturePastHeading, 2000) is no longer had for columns that end four
// or five lines early in the middle of a paragraph. A last page of the
// notice after the float fence alone costs 1500, and a frame at least
// half full that ends before a section where the rest of the list, that
// section and the notice, fits the next frame pays at most half that
// for its emptiness: lines, floats or the last section move on to stand
// with the notice (the screen edition ended on a page that held its
// funding notice alone, where a page more was spent to keep a picture
// before „Kontakt“), but a picture is not set after the text to spare
// it (that costs a page more and PastBarrier, afterTheText).
func DefaultPageParams(height Scaled, columns, firstPage int) PageParams {
	return PageParams{Height: height, Columns: max(columns, 1), FirstPage: firstPage,
		FloatDefer: 150, PageBroken: 100, SpreadBroken: 6000, EmptyLimit: 12, EmptyPenalty: 2000, FloatsAloneEnd: 3000, FenceAloneEnd: 1500,
		SplitGap: height / 24}
}

// emergencyCost is the cost of a break no rule allows, taken only when a
// frame has no legal break that fits (a block taller than a frame).
const emergencyCost = 1000000

// FloatClasses is the number of float classes BreakPages keeps apart
// (consider's loops are written for two).
const FloatClasses = 2

// waitCounts is, per float class, how many floats wait (or, negative,
// stand ahead: pageState).
type waitCounts [FloatClasses]int

// total is the number of floats waiting (counts above 0).
func (w waitCounts) total() int {
	n := 0
	for _, k := range w {
		n += max(k, 0)
	}
	return n
}

// pageState is where a frame may begin: at node b of the list, with the
// last k[c] floats of each class c anchored before b still to be set at
// its top, as frame number f. A negative k[c] counts floats set ahead:
// the first -k[c] floats of class c anchored from b on stand already at
// the top of an earlier frame, and the flow passes them by. In a chosen
// path, pull is how many floats of each class the frame that ends at the
// state set ahead at its top (not part of the state: the choice's).
type pageState struct {
	b    int
	k    waitCounts
	f    int
	pull waitCounts
}

// pageChoice is the cheapest way found to reach a state, and the floats
// of each class the frame that reaches it set ahead at its top.
type pageChoice struct {
	cost int
	prev pageState
	root bool
	pull waitCounts
	// late says the way sets floats after the end of the text that are
	// anchored before the last section's heading (afterTheText), in
	// this frame or an earlier one.
	late bool
}

// ahead is, per class, how many floats anchored from the state's node on
// stand already at the top of an earlier frame.
func (s pageState) ahead() waitCounts {
	var a waitCounts
	for c, n := range s.k {
		a[c] = max(-n, 0)
	}
	return a
}

// pageBreaker holds the state of one BreakPages run: the list and, by
// node, the states found there with the cheapest way to each (a few per
// node, so a slice searched in turn beats a map).
type pageBreaker struct {
	v  []VNode
	p  PageParams
	at [][]stateEntry
	// keys are, in step with at, the states of its entries packed one a
	// word (stateKey): lookup scans them, not the entries.
	keys [][]stateKey
	// lastBarrier is the node of the list's last float barrier (the last
	// section's heading), -1 for none.
	lastBarrier int
	// cost is the cost of the path found (path).
	cost int
	// lastPage marks the breaker of a last page broken again (endPage),
	// whose frames are set as they are.
	lastPage bool
	// rest is, where FenceAloneEnd is set and the list holds a float
	// fence, the height of the list from each node to its end, as short
	// as its glue may shrink (restFitsAFrame); nil otherwise.
	rest []Scaled
	// lists are the float lists of the frame scans, lent to each in
	// turn (floatLists); flow scans one frame at a time.
	lists floatLists
	// ahead is, of each float class, the next float a frame may set
	// ahead from each node (nextAhead); nil until first asked for.
	ahead [FloatClasses][]int32
	// costsNotNegative says that p's costs let a frame be passed over
	// unweighed where it cannot be cheaper (noCheaper).
	costsNotNegative bool
	// gauge are the lengths underfull measures emptiness by.
	gauge emptyGauge
}

// emptyGauge are the lengths underfull measures a frame's emptiness by,
// each a share of PageParams.Height, worked out once a search rather
// than divided out again for each of the frames it weighs: a twelfth
// (badness 100), EmptyLimit's share, a fiftieth (beyondLimit's step, at
// least 1) and a fifth.
type emptyGauge struct {
	twelfth, limit, fiftieth, fifth Scaled
}

// gaugeFor is the gauge of frames of p's height.
func gaugeFor(p PageParams) emptyGauge {
	return emptyGauge{twelfth: p.Height / 12, limit: ScaleBy(p.Height, int64(p.EmptyLimit), 100), fiftieth: max(p.Height/50, 1), fifth: p.Height / 5}
}

// stateEntry is a state found at a node (the node is its index in at)
// with the cheapest way to it found so far, and whether the frames that
// begin there have been tried. Frames, floats and nodes are stored as
// int32: a long document has hundreds of thousands of entries, all kept
// until the path is read (at 1,768 pages, 40 bytes each instead of 88
// took 8 MB off the peak of its layout).
type stateEntry struct {
	cost  int
	f     int32
	prevB int32
	prevF int32
	k     packedCounts
	prevK packedCounts
	flags entryFlags
	done  bool
	pull  [FloatClasses]int8
}

// stateKey is a state's frame and counts packed in one word, so that
// looking a state up among the few dozen at its node compares one word
// each, from a dense slice: a long document's search looks up millions.
// The counts keep 16 bits each, so two states may share a key (only
// where one counts tens of thousands of floats): lookup confirms a
// match.
type stateKey uint64

// keyOf is the key of the state of frame f with counts k.
func keyOf(f int, k waitCounts) stateKey {
	key := stateKey(uint32(f))
	for _, n := range k {
		key = key<<16 | stateKey(uint16(n))
	}
	return key
}

// entryFlags are the yes-or-no parts of an entry's choice, in one byte.
type entryFlags uint8

const (
	rootEntry entryFlags = 1 << iota // pageChoice.root
	lateEntry                        // pageChoice.late
)

// packedCounts are waitCounts stored in an entry.
type packedCounts [FloatClasses]int32

func packCounts(k waitCounts) packedCounts {
	var p packedCounts
	for i, n := range k {
		p[i] = int32(n)
	}
	return p
}

func (p packedCounts) counts() waitCounts {
	var k waitCounts
	for i, n := range p {
		k[i] = int(n)
	}
	return k
}

func newStateEntry(s pageState, c pageChoice) stateEntry {
	e := stateEntry{f: int32(s.f), k: packCounts(s.k)}
	e.setChoice(c)
	return e
}

// state is the entry's state, found at node b.
func (e *stateEntry) state(b int) pageState {
	return pageState{b: b, k: e.k.counts(), f: int(e.f)}
}

func (e *stateEntry) choice() pageChoice {
	c := pageChoice{cost: e.cost, root: e.flags&rootEntry != 0, late: e.flags&lateEntry != 0, prev: pageState{b: int(e.prevB), k: e.prevK.counts(), f: int(e.prevF)}}
	for i, n := range e.pull {
		c.pull[i] = int(n)
	}
	return c
}

func (e *stateEntry) setChoice(c pageChoice) {
	e.cost, e.flags = c.cost, 0
	if c.root {
		e.flags |= rootEntry
	}
	if c.late {
		e.flags |= lateEntry
	}
	e.prevB, e.prevF, e.prevK = int32(c.prev.b), int32(c.prev.f), packCounts(c.prev.k)
	for i, n := range c.pull {
		e.pull[i] = int8(n) // at most maxAhead
	}
}

// BreakPages breaks a vertical list into frames (columns, pages) by total
// cost, in the manner of Knuth and Plass's line breaker applied to pages,
// with floats. See the package documentation for the model and its
// complexity. It returns one PageBody per frame, and takes ownership of
// the items in v.
func BreakPages(v []VNode, p PageParams) []PageBody {
	p.Columns = max(p.Columns, 1)
	pb, path := searchPages(v, p)
	if path == nil {
		// Unreachable while every state has a way on; should a change
		// break that, the text is set greedily rather than lost.
		return Paginate(v, p.Height)
	}
	return pb.place(path)
}

// searchPages finds the cheapest path of page breaks through v (nil
// when none reaches its end), and the breaker that places it.
func searchPages(v []VNode, p PageParams) (*pageBreaker, []pageState) {
	pb := newPageBreaker(v, p)
	return pb, pb.search()
}

// newPageBreaker is the breaker of one run over v.
func newPageBreaker(v []VNode, p PageParams) *pageBreaker {
	pb := &pageBreaker{v: v, p: p, at: make([][]stateEntry, len(v)+1), keys: make([][]stateKey, len(v)+1), lastBarrier: -1, costsNotNegative: costsNotNegative(p), gauge: gaugeFor(p)}
	for i := len(v) - 1; i >= 0; i-- {
		if v[i].FloatBarrier && !v[i].FloatFence {
			pb.lastBarrier = i
			break
		}
	}
	pb.rest = restHeights(v, p)
	return pb
}

// search finds the cheapest path of page breaks (nil when none reaches
// the list's end).
func (pb *pageBreaker) search() []pageState {
	pb.reach(pageState{}, pageChoice{root: true})
	var states []pageState
	for b := 0; b <= len(pb.v); b++ {
		states = pb.expandAt(b, states[:0])
	}
	path := pb.path()
	pb.at, pb.keys = nil, nil // the states are read: a long document's take megabytes the pages now need
	return path
}

// expandAt expands the states found at node b, those with the most
// floats to set first, in turns: a frame of floats alone reaches a state
// at the same node with fewer, which is expanded in a later turn. Within
// a turn, states of fewer frames come first. It returns states, the
// scratch slice it used.
func (pb *pageBreaker) expandAt(b int, states []pageState) []pageState {
	for {
		level := -1
		for i := range pb.at[b] {
			if e := &pb.at[b][i]; !e.done {
				level = max(level, e.k.counts().total())
			}
		}
		if level < 0 {
			return states
		}
		states = states[:0]
		for i := range pb.at[b] {
			if e := &pb.at[b][i]; !e.done && e.k.counts().total() == level {
				e.done = true
				states = append(states, e.state(b))
			}
		}
		sort.Slice(states, func(i, j int) bool { return states[i].f < states[j].f })
		for _, s := range states {
			// A state a page's frames after the earliest with the same
			// floats waiting is not worth expanding — except at the
			// list's end, where floats wait out frames too short for
			// them (emptyFrame), as many as pictures across the columns
			// shortened.
			if s.f <= pb.fmin(s)+pb.p.Columns || b >= len(pb.v) {
				pb.expand(s)
			}
		}
	}
}

// reach records a way to a state if it is the cheapest yet.
func (pb *pageBreaker) reach(s pageState, c pageChoice) {
	pb.reachKnown(pb.entry(s), s, c)
}

// reachKnown is reach for a caller that has looked the state up: e is
// its entry, nil if it has not been reached.
func (pb *pageBreaker) reachKnown(e *stateEntry, s pageState, c pageChoice) {
	if e != nil {
		if c.cost < e.cost {
			e.setChoice(c)
		}
		return
	}
	pb.at[s.b] = append(pb.at[s.b], newStateEntry(s, c))
	pb.keys[s.b] = append(pb.keys[s.b], keyOf(s.f, s.k))
}

// entry is the entry of state s, nil if s has not been reached.
func (pb *pageBreaker) entry(s pageState) *stateEntry {
	return pb.lookup(s.b, s.f, s.k)
}

// lookup is the entry of the state at node b of frame f with counts k,
// nil if it has not been reached.
func (pb *pageBreaker) lookup(b, f int, k waitCounts) *stateEntry {
	key := keyOf(f, k)
	for i, got := range pb.keys[b] {
		if got != key {
			continue
		}
		if e := &pb.at[b][i]; e.f == int32(f) && e.k == packCounts(k) {
			return e
		}
	}
	return nil
}

// best is the cheapest way found to a state.
func (pb *pageBreaker) best(s pageState) pageChoice {
	if e := pb.entry(s); e != nil {
		return e.choice()
	}
	return pageChoice{}
}

// fmin is the fewest frames of the states found at s's node with s's
// floats to set.
func (pb *pageBreaker) fmin(s pageState) int {
	f := s.f
	k := packCounts(s.k)
	for i := range pb.at[s.b] {
		if e := &pb.at[s.b][i]; e.k == k {
			f = min(f, int(e.f))
		}
	}
	return f
}

// path is the chosen sequence of frame starts: of the ways to the end,
// the one better prefers (the shortest document, and among those the
// cheapest, unless pages are weighed).
func (pb *pageBreaker) path() []pageState {
	var end pageState
	endPages, found := 0, false
	for i := range pb.at[len(pb.v)] {
		s := pb.at[len(pb.v)][i].state(len(pb.v))
		if s.k != (waitCounts{}) {
			continue
		}
		n := pb.pages(s)
		if !found || pb.better(n, pb.best(s).cost, pb.lateExtra(s), endPages, pb.best(end).cost, pb.lateExtra(end)) {
			end, endPages, found = s, n, true
		}
	}
	if !found {
		return nil
	}
	pb.cost = pb.best(end).cost
	return pb.pathTo(end)
}

// pages is the length of the document a way to the end state s makes:
// the pages before the body, the body's and those after, rounded up to
// the page multiple.
func (pb *pageBreaker) pages(s pageState) int {
	return pb.p.DocumentPages((s.f + pb.p.Columns - 1) / pb.p.Columns)
}

// DocumentPages is the length of the document whose body has the given
// pages: the pages before the body, the body's and those after, rounded
// up to the page multiple.
func (p PageParams) DocumentPages(body int) int {
	n := p.FirstPage - 1 + body + p.PagesAfter
	if m := p.PageMultiple; m > 1 {
		n = (n + m - 1) / m * m
	}
	return n
}

// pathTo is the way to state s, from the list's start.
func (pb *pageBreaker) pathTo(end pageState) []pageState {
	var out []pageState
	for s := end; !pb.best(s).root; s = pb.best(s).prev {
		s.pull = pb.best(s).pull
		out = append(out, s)
	}
	out = append(out, pageState{})
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// lateExtra is the page a way to the end state s counts more when it
// sets floats after the end of the text (pageChoice.late) in an edition
// that is not padded to a page multiple: a picture of an earlier
// section standing after the last one (after „Kontakt“, where it reads
// as the contact's) is worse than one more page, which an unbound
// edition has no padding to hide in anyway. A bound edition counts its
// pages as printed.
func (pb *pageBreaker) lateExtra(s pageState) int {
	if pb.p.PageMultiple <= 1 && pb.best(s).late {
		return 1
	}
	return 0
}

// better reports whether a way to the end of n pages at the given cost
// beats one of m pages at cost d, each counted with the page a way that
// sets floats after the text counts more (lateExtra, la and lb): one
// without a break no rule allows beats one with; then, where pages are
// weighed (PageParams.PageCost), the cheaper with PageCost counted for
// each page; then the shorter; then, of as many pages, one in the order
// of the text; then the cheaper.
func (pb *pageBreaker) better(n, cost, la, m, d, lb int) bool {
	if (cost >= emergencyCost) != (d >= emergencyCost) {
		return cost < emergencyCost
	}
	n, m = n+la, m+lb
	if w := int64(pb.p.PageCost); w > 0 && pb.p.PageMultiple <= 1 {
		if a, b := int64(n)*w+int64(cost), int64(m)*w+int64(d); a != b {
			return a < b
		}
	}
	if n != m {
		return n < m
	}
	if la != lb {
		return la < lb
	}
	return cost < d
}

// frameScan accumulates the material of a frame as the breaker reads
// forward from its start.
type frameScan struct {
	// used, stretch and shrink run to the end of the last box; pending
	// glue after it counts only once another box follows.
	used, stretch, shrink                  Scaled
	pending, pendingStretch, pendingShrink Scaled
	// floatLists are the floats met, by class.
	floatLists
	floatRoom Scaled // the sum of added
	// lastBox is the index of the last box read; reached says a legal
	// break that fits was found.
	lastBox int
	reached bool
	// from is the state the frame begins at, and base the cost of the
	// way to it.
	from pageState
	base int
	// avail is the height the frame's flow may take: the frame's, less
	// the floats at its top and the space below them.
	avail Scaled
	// crowded says the floats at the frame's top crowd it (crowdedTop):
	// text after them costs PageParams.CrowdedTop.
	crowded bool
	// leading counts, per class, the floats read before the frame's
	// first box of text: they begin the frame where a break before them
	// put them, so they stand here, as if deferred to this frame.
	leading [FloatClasses]int
	// lines counts the boxes of text read, and first is the first.
	lines, first int
	// queued is the number of floats of each class still waiting behind
	// those set at the frame's top: while any of a class wait, every
	// float of that class the frame meets waits too.
	queued waitCounts
	// lastBarrier is the last float barrier read (VNode.FloatBarrier),
	// -1 for none, and lastFence the last float fence
	// (VNode.FloatFence).
	lastBarrier, lastFence int
	// skip is, per class, how many floats the flow still passes by: they
	// stand ahead, at the top of this frame or an earlier one.
	skip waitCounts
	// pull is, per class, how many floats the frame sets ahead at its
	// top.
	pull waitCounts
	// late says the way to the frame's end sets floats after the end of
	// the text (pageChoice.late).
	late bool
	// give is the sum of gives, least that of leasts (floatLists).
	give, least Scaled
}

// floatLists are the floats a frame scan met, by class: their nodes,
// the height each added, what each may give (VNode.Give; 0 before the
// frame's first box of text) and the least each gives where it gives at
// all (leastGive). The page breaker lends its lists to one scan after
// another (pageBreaker.lists), so that scanning a frame allocates
// nothing once they have grown to the most floats a frame meets: a
// 444-page document scans some 40,000 frames.
type floatLists struct {
	floats               [FloatClasses][]int
	added, gives, leasts [FloatClasses][]Scaled
}

// emptied is the lists with their lengths set to zero, their arrays
// kept.
func (l floatLists) emptied() floatLists {
	for c := range FloatClasses {
		l.floats[c], l.added[c], l.gives[c], l.leasts[c] = l.floats[c][:0], l.added[c][:0], l.gives[c][:0], l.leasts[c][:0]
	}
	return l
}

// endCounts is the state's counts after a frame that ends with m floats
// of each class it met deferred to the next: those waiting, or, where
// floats set ahead are still to come, minus their number.
func (fr *frameScan) endCounts(m waitCounts) waitCounts {
	var k waitCounts
	for c := range k {
		k[c] = fr.queued[c] + m[c]
		if fr.skip[c] > 0 {
			k[c] = -fr.skip[c]
		}
	}
	return k
}

// add reads node i into the frame.
func (fr *frameScan) add(v []VNode, i int, first bool) {
	n := &v[i] // read, not copied: a node is 160 bytes
	switch n.Kind {
	case VBox:
		h := fr.pending + n.Height
		if n.Float && !first {
			h += n.FloatSpace
		}
		fr.used += h
		fr.stretch += fr.pendingStretch
		fr.shrink += fr.pendingShrink
		fr.pending, fr.pendingStretch, fr.pendingShrink = 0, 0, 0
		if !n.Float {
			if fr.lines == 0 {
				fr.first = i
			}
			fr.lines++
		}
		if n.Float {
			c := n.FloatClass
			if fr.lines == 0 {
				fr.leading[c]++
			}
			fr.floats[c] = append(fr.floats[c], i)
			fr.added[c] = append(fr.added[c], h)
			fr.floatRoom += h
			var give Scaled
			if fr.lines > 0 && n.Resize != nil {
				give = n.Give
			}
			least := leastGive(give, n.Height)
			fr.gives[c], fr.leasts[c] = append(fr.gives[c], give), append(fr.leasts[c], least)
			fr.give, fr.least = fr.give+give, fr.least+least
		}
		fr.lastBox = i
		if n.FloatBarrier {
			fr.lastBarrier = i
		}
		if n.FloatFence {
			fr.lastFence = i
		}
	case VGlue:
		fr.pending += n.Height
		fr.pendingStretch += n.Stretch
		fr.pendingShrink += n.Shrink
	}
}

// legalBreak reports whether a frame may end at node i, and the
// penalty for ending it there.
func legalBreak(v []VNode, i int) (bool, int) {
	switch v[i].Kind {
	case VPenalty:
		return v[i].Penalty < Infinity, v[i].Penalty
	case VGlue:
		return i > 0 && v[i-1].Kind == VBox, 0
	}
	return false, 0
}

// expand tries every frame that can begin at state s. Without floats
// waiting, that is each legal break that fits, with each choice of the
// frame's floats to defer. With floats waiting, the frame sets at its
// top as many of them as fit (topFloats), and is either those floats
// alone or goes on with the text. While floats of a class still wait
// behind them, the text overtakes those, and every float of that class it
// meets joins the queue, so the floats of a class keep their order.
func (pb *pageBreaker) expand(s pageState) {
	waiting := pb.carried(s)
	if len(waiting) == 0 {
		pb.flow(s, nil, waitCounts{}, waitCounts{})
		pb.pullAhead(s, nil, waitCounts{})
		return
	}
	onTop, rest, top := pb.topFloats(s, waiting)
	switch {
	case len(onTop) > 0:
		pb.floatsAlone(s, onTop, rest, top)
	case s.b >= len(pb.v):
		pb.emptyFrame(s, rest)
	}
	pb.flow(s, onTop, rest, waitCounts{})
	pb.pullAhead(s, onTop, rest)
}

// emptyFrame reaches the frame after s with frame s left empty: the text
// has run out, and the floats still waiting (rest) are taller than the
// frame, which pictures across the columns shortened (shortFor), so they
// wait for a frame they fit in rather than run past its foot. It costs
// what a frame as empty does, and the floats' waiting.
func (pb *pageBreaker) emptyFrame(s pageState, rest waitCounts) {
	cost := pb.best(s).cost + rest.total()*pb.p.FloatDefer + pb.underfull(pb.p.frameHeight(s.f), 0, chargedEnd)
	pb.reach(pageState{b: s.b, k: rest, f: s.f + 1}, pageChoice{cost: cost, prev: s, late: pb.best(s).late})
}

// floatsAlone reaches the frame after s with the floats onTop, top high,
// alone in frame s, rest still waiting.
func (pb *pageBreaker) floatsAlone(s pageState, onTop []int, rest waitCounts, top Scaled) {
	last := s.b >= len(pb.v) && rest.total() == 0
	// Floats alone: the last one's space below is not on the page.
	empty := pb.p.frameHeight(s.f) - top + pb.v[onTop[len(onTop)-1]].FloatSpace
	ending := chargedEnd
	if last {
		ending = lastEnd
	}
	after := pb.afterTheText(s.b, onTop)
	cost := pb.best(s).cost + rest.total()*pb.p.FloatDefer + pb.columnUnderfull(s.f, empty, 0, ending) + after
	if pb.opensLaterPage(s.f) {
		cost += pb.p.FloatsApart // a page that opens with floats alone sets them apart too
	}
	if last && pb.pageOfFloatsAlone(s) {
		cost += pb.p.FloatsAloneEnd
	}
	pb.reach(pageState{b: s.b, k: rest, f: s.f + 1}, pageChoice{cost: cost, prev: s, late: pb.best(s).late || after > 0})
}

// opensPage reports whether frame f is the first of its page, and
// opensLaterPage whether it is that of a page after the first.
func (pb *pageBreaker) opensPage(f int) bool { return f%pb.p.Columns == 0 }

func (pb *pageBreaker) opensLaterPage(f int) bool { return f > 0 && pb.opensPage(f) }

// columnUnderfull is underfull for frame f: a quarter more, or what
// HoleBeside says, where the text goes on (chargedEnd) in a column after
// it on its page.
func (pb *pageBreaker) columnUnderfull(f int, empty, stretch Scaled, ending frameEnd) int {
	cost := pb.underfull(empty, stretch, ending)
	if ending == chargedEnd && (f+1)%pb.p.Columns != 0 {
		cost += cost * pb.p.HoleBeside / 100
	}
	return cost
}

// fenceAlone reports whether the frame scanned by fr, which begins at
// state s, holds nothing but what follows a FloatFence, on a page of its
// own: it is its page's first frame, no float stands in its flow, and its
// first box is the fence. Floats at its top, carried from the page
// before, are no company: they stand apart from their text.
func (pb *pageBreaker) fenceAlone(s pageState, fr *frameScan) bool {
	if !pb.opensPage(s.f) || fr.lines == 0 || !pb.v[fr.first].FloatFence {
		return false
	}
	for c := range fr.floats {
		if len(fr.floats[c]) > 0 {
			return false
		}
	}
	return true
}

// pageOfFloatsAlone reports whether a frame of floats alone that begins
// at state s stands on a page that holds no text: it is the page's first
// frame, or the frames before it on the page are floats alone too.
func (pb *pageBreaker) pageOfFloatsAlone(s pageState) bool {
	for !pb.opensPage(s.f) {
		c := pb.best(s)
		if c.root || c.prev.b != s.b {
			return false
		}
		s = c.prev
	}
	return true
}

// afterTheText is what a frame pays that begins at node b with the
// floats onTop when the text has ended before b (the list goes on with
// the notice that ends the body, or not at all) and some of them are
// anchored before the last section's heading: standing after all of the
// text they read as that last section's (a panel's photo after
// „Kontakt“). They pay for passing the heading once more, and what a
// frame a fifth empty costs besides, the most a frame that ends before
// the last section's heading pays (sectionEnd), so the floats rather
// open the next frame with that section after them wherever they fit.
func (pb *pageBreaker) afterTheText(b int, onTop []int) int {
	if len(onTop) == 0 || pb.lastBarrier < 0 {
		return 0
	}
	if i := pb.nextBox(b); i < len(pb.v) && !pb.v[i].FloatFence {
		return 0
	}
	var n waitCounts
	for _, f := range onTop {
		if f < pb.lastBarrier {
			n[pb.v[f].FloatClass]++
		}
	}
	passing := pb.passingCost(n)
	if passing == 0 {
		return 0
	}
	return passing + pb.underfull(pb.gauge.fifth, 0, chargedEnd)
}

// topFloats chooses the waiting floats a frame sets at its top. The
// first waiting float of each class is due here: its anchor and the
// float of its class before it stand on earlier frames, so waiting
// longer would take it more than a frame from them. Those come first,
// the very first always — unless it is taller than a frame that
// pictures across the columns shortened (PageParams.Taken): it then
// waits for a frame it fits in (shortFor; where the text has run out,
// the frame stays empty: emptyFrame) — and each other one if it fits; then, in the order of the
// list, each other float that fits once the floats of its class before
// it are set, as LaTeX does — where it begins a group of a class kept
// in groups, once its whole group fits (groupHeight). So a tall picture
// that may still wait a frame does not keep a link block that may not.
// The frame is state s's. It returns them in the order of the list,
// how many of each class still wait, and the height they take with the
// space below each.
func (pb *pageBreaker) topFloats(s pageState, waiting []int) (onTop []int, rest waitCounts, height Scaled) {
	frame := pb.p.frameHeight(s.f)
	var closed, seen [FloatClasses]bool
	set := make([]bool, len(waiting))
	take := func(k int, due bool) bool {
		n := pb.v[waiting[k]]
		need := n.Height
		if !due {
			need = pb.groupHeight(waiting, k)
		}
		// A float refused closes its class: the floats after it may not
		// stand before it (nor, waiting, be taken for it).
		if closed[n.FloatClass] || height > 0 && height+need > frame || height == 0 && shortFor(need, frame, pb.p.Height) {
			closed[n.FloatClass] = true
			return false
		}
		set[k] = true
		height += n.Height + n.FloatSpace
		return true
	}
	for k, i := range waiting {
		if c := pb.v[i].FloatClass; !seen[c] {
			seen[c] = true
			take(k, true)
		}
	}
	for k := range waiting {
		if !set[k] && !take(k, false) {
			rest[pb.v[waiting[k]].FloatClass]++
		}
	}
	for k, i := range waiting {
		if set[k] {
			onTop = append(onTop, i)
		}
	}
	return onTop, rest, height
}

// shortFor reports whether a float of height need that would stand
// first at the top of a frame of height frame, shortened from full by
// the room pictures across the columns take, must wait for another: it
// would run past the frame's foot, and a frame of full height holds it.
// A float taller than any frame stands where it is due all the same.
func shortFor(need, frame, full Scaled) bool {
	return frame < full && need > frame && need <= full
}

// groupHeight is the height the waiting float k needs at the top of a
// frame to be set there: its own, or, in a class kept in groups
// (PageParams.FloatGroups), that of it and as many of its group's
// floats waiting after it, with the space between them, as taking it
// commits to, so that if the next does not fit, its group is not parted
// with one float stranded (strands).
func (pb *pageBreaker) groupHeight(waiting []int, k int) Scaled {
	n := pb.v[waiting[k]]
	if !pb.p.FloatGroups[n.FloatClass] {
		return n.Height
	}
	group := pb.waitingGroup(waiting, k)
	p := slices.Index(group, waiting[k])
	q := p
	for q < len(group)-1 && strands(q+1, len(group)-q-1) {
		q++
	}
	h := n.Height
	for j := p + 1; j <= q; j++ {
		h += pb.v[group[j-1]].FloatSpace + pb.v[group[j]].Height
	}
	return h
}

// waitingGroup lists, in order, the nodes of the waiting floats of float
// k's group: of its class, with no float barrier between one and the
// next.
func (pb *pageBreaker) waitingGroup(waiting []int, k int) []int {
	c := pb.v[waiting[k]].FloatClass
	var before, after []int
	prev := waiting[k]
	for j := k - 1; j >= 0; j-- {
		if i := waiting[j]; pb.v[i].FloatClass == c {
			if pb.barrierBetween(i, prev) {
				break
			}
			before, prev = append(before, i), i
		}
	}
	prev = waiting[k]
	for _, i := range waiting[k+1:] {
		if pb.v[i].FloatClass == c {
			if pb.barrierBetween(prev, i) {
				break
			}
			after, prev = append(after, i), i
		}
	}
	slices.Reverse(before)
	return append(append(before, waiting[k]), after...)
}

// strands reports whether parting a group of floats into a first part
// of a and a second of b strands a float: one part holds one float and
// the other any.
func strands(a, b int) bool { return a > 0 && b > 0 && (a < 2 || b < 2) }

// flow tries the frames that begin at state s with the floats onTop set
// at their top — of them, pull[c] of each class c set ahead of their
// anchor — queued floats still waiting behind them, and go on with the
// text: each legal break that fits.
func (pb *pageBreaker) flow(s pageState, onTop []int, queued, pull waitCounts) {
	v := pb.v
	skip := s.ahead()
	for c, n := range pull {
		skip[c] += n
	}
	start := pb.frameStart(s.b, len(v), &skip)
	if start >= len(v) {
		return
	}
	extra, extraShrink := pb.extraTopSpace(s.b, onTop, start)
	avail := pb.p.frameHeight(s.f) - pb.floatsHeight(onTop) - extra
	if v[start].Header != nil {
		avail -= StackHeight(v[start].Header())
	}
	after := pb.afterTheText(s.b, onTop)
	if len(onTop) > pull.total() && v[start].FloatBarrier && pb.opensLaterPage(s.f) {
		after += pb.p.FloatsApart
	}
	way := pb.best(s)
	fr := &frameScan{crowded: crowdedTop(pb.floatsHeight(onTop), pb.p.frameHeight(s.f)), floatLists: pb.lists.emptied(), lastBox: -1, lastBarrier: -1, lastFence: -1, from: s, avail: avail, base: way.cost + pull.total()*pb.p.FloatAhead + after,
		queued: queued, shrink: extraShrink, pull: pull, skip: skip, late: way.late || after > 0}
	overflow := -1 // the first box that does not fit with every float here
	i := start
	for ; i < len(v); i++ {
		if ok, pen := legalBreak(v, i); ok && i > start {
			pb.consider(fr, i, pen, false)
			if pen <= ForceBreak {
				break
			}
		}
		n := &v[i]
		if n.Float && fr.skip[n.FloatClass] > 0 {
			fr.skip[n.FloatClass]-- // it stands ahead
			continue
		}
		if n.Kind == VBox {
			h := fr.used + fr.pending + n.Height
			if overflow < 0 && h > avail {
				overflow = i
			}
			if h-fr.floatRoom-fr.shrink > avail && !n.Float {
				break
			}
		}
		if n.Float && queued[n.FloatClass] > 0 && n.Height > pb.p.Height {
			break // a float taller than a frame cannot wait for one
		}
		fr.add(v, i, i == start)
	}
	if i == len(v) {
		pb.consider(fr, len(v), 0, true)
	}
	if !fr.reached {
		// Nothing legal fits: break before the box that overflows, or
		// after it if it alone is taller than the frame.
		e := i
		if overflow >= 0 {
			e = max(overflow, start+1)
		}
		k := fr.endCounts(waitCounts{})
		for c := range k {
			if k[c] > 0 {
				k[c] += pb.floatsIn(start, e, c)
			}
		}
		pb.reach(pageState{b: e, k: k, f: s.f + 1}, pageChoice{cost: fr.base + emergencyCost, prev: s, pull: pull, late: fr.late})
	}
	pb.lists = fr.floatLists // grown, perhaps: the next scan reuses them
}

// floatsHeight is the height the given floats take at the top of a
// frame, with the space below each.
func (pb *pageBreaker) floatsHeight(floats []int) Scaled {
	var h Scaled
	for _, i := range floats {
		h += pb.v[i].Height + pb.v[i].FloatSpace
	}
	return h
}

// crowdedTopShare is the share of a frame's height, in per cent, the
// floats at its top may take before text follows them at a cost
// (PageParams.CrowdedTop): LaTeX's \topfraction and \textfraction
// together. Of the corpus's events with the probers' (both editions), at
// 80 pictures after the next heading went from 15 to 11 and codes from
// 18 to 15, at 70 to 9 and 10, but columns that end three lines early
// inside a paragraph from 25 to 31 (none more at 80).
const crowdedTopShare = 80

// crowdedTop reports whether floats at a frame's top, top high, crowd a
// frame frame high (crowdedTopShare).
func crowdedTop(top, frame Scaled) bool {
	return top > frame*crowdedTopShare/100
}

// floatsIn counts the floats of class c among nodes a to b-1.
func (pb *pageBreaker) floatsIn(a, b, c int) int {
	n := 0
	for i := a; i < b && i < len(pb.v); i++ {
		if pb.v[i].Float && pb.v[i].FloatClass == c {
			n++
		}
	}
	return n
}

// extraTopSpace is how much more than the last top float's own space
// separates the floats at the top of a frame from its text, which begins
// at node start after the state's node b: the space the text begins
// with, where it is larger (a section's), which would vanish at the top
// of a frame but not below a float. It may shrink as that space may, as
// far as the float's own space.
func (pb *pageBreaker) extraTopSpace(b int, onTop []int, start int) (extra, shrink Scaled) {
	if len(onTop) == 0 {
		return 0, 0
	}
	var glue VNode
	for i := b; i < start; i++ {
		if n := pb.v[i]; n.Kind == VGlue && n.Height > glue.Height {
			glue = n
		}
	}
	extra = max(0, glue.Height-pb.v[onTop[len(onTop)-1]].FloatSpace)
	return extra, min(extra, glue.Shrink)
}

// carried lists the floats waiting at state s, in the order of the
// list: of each class c, the last k[c] floats of that class anchored
// before node b.
func (pb *pageBreaker) carried(s pageState) []int {
	var out []int
	need := s.k
	for i := s.b - 1; i >= 0 && need.total() > 0; i-- {
		if n := &pb.v[i]; n.Float && need[n.FloatClass] > 0 {
			need[n.FloatClass]--
			out = append(out, i)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// consider records the frames that end at node e, one for each choice
// of the frame's floats deferred to the next: of each class a suffix, so
// the floats of a class keep their order, and all of them while floats
// of that class wait from before the frame.
func (pb *pageBreaker) consider(fr *frameScan, e int, pen int, final bool) {
	var lo, hi waitCounts
	for c := range hi {
		if fr.queued[c] > 0 {
			lo[c] = len(fr.floats[c])
		}
		hi[c] = pb.mostDeferred(fr, c)
		if lo[c] > hi[c] {
			return
		}
	}
	// Of each class a suffix: for two classes, every pair of lengths.
	var d0 deferral
	for m0 := 0; m0 <= hi[0]; m0++ {
		if m0 > 0 {
			d0 = d0.with(fr, 0, m0)
		}
		if m0 < lo[0] {
			continue
		}
		d1 := d0
		for m1 := 0; m1 <= hi[1]; m1++ {
			if m1 > 0 {
				d1 = d1.with(fr, 1, m1)
			}
			if m1 >= lo[1] {
				pb.considerDeferring(fr, e, pen, final, &d1)
			}
		}
	}
}

// mostDeferred is the most floats of class c the frame scanned by fr
// may defer to the next: those it met after the ones leading it (all it
// met, where floats of c wait from before the frame), and of those only
// the ones after the last float taller than a frame, which stands where
// it is. A deferral of m floats defers the last m the frame met.
func (pb *pageBreaker) mostDeferred(fr *frameScan, c int) int {
	met := fr.floats[c]
	most := len(met)
	if fr.queued[c] == 0 {
		most -= fr.leading[c]
	}
	for m := 1; m <= most; m++ {
		if pb.v[met[len(met)-m]].Height > pb.p.Height {
			return m - 1
		}
	}
	return most
}

// deferral is a choice of the floats a frame defers to the next: m[c]
// of each class c, the last it met, which take height of it and could
// give give (VNode.Give) where they stood, least of it at the least
// (leastGive).
type deferral struct {
	m                   waitCounts
	height, give, least Scaled
}

// with is the deferral that defers m floats of class c, one more than d.
func (d deferral) with(fr *frameScan, c, m int) deferral {
	d.m[c] = m
	d.height += fr.added[c][len(fr.added[c])-m]
	d.give += fr.gives[c][len(fr.gives[c])-m]
	d.least += fr.leasts[c][len(fr.leasts[c])-m]
	return d
}

// splitsGroup reports whether a frame that ends with the last m[c]
// floats it met of each class c deferred to the next strands a float
// of a group (PageParams.FloatGroups, strands): of the floats it keeps
// and those it defers, those of one section.
func (pb *pageBreaker) splitsGroup(fr *frameScan, m waitCounts) bool {
	for c, met := range fr.floats {
		if !pb.p.FloatGroups[c] || m[c] == 0 || m[c] >= len(met) {
			continue
		}
		cut := len(met) - m[c] // the first deferred
		kept, deferred := 1, 1
		for kept < cut && !pb.barrierBetween(met[cut-kept-1], met[cut-kept]) {
			kept++
		}
		for cut+deferred < len(met) && !pb.barrierBetween(met[cut+deferred-1], met[cut+deferred]) {
			deferred++
		}
		if !pb.barrierBetween(met[cut-1], met[cut]) && strands(kept, deferred) {
			return true
		}
	}
	return false
}

// barrierBetween reports whether a float barrier or fence stands
// between nodes i and j (i < j). It reads on from i, whose section's
// end, a heading, comes soon after its floats.
func (pb *pageBreaker) barrierBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if pb.v[k].FloatBarrier || pb.v[k].FloatFence {
			return true
		}
	}
	return false
}

// considerDeferring records the frame scanned by fr that ends at node e
// with the floats of d deferred to the next.
func (pb *pageBreaker) considerDeferring(fr *frameScan, e int, pen int, final bool, d *deferral) {
	s, avail, m := &fr.from, fr.avail, d.m
	k := fr.endCounts(m)
	waiting := k.total()
	if waiting > maxWaiting || waiting > 0 && e < len(pb.v) && pb.v[e].Unbroken {
		return
	}
	natural := fr.used - d.height
	fit, fits := pb.overflowCost(natural-avail, fr.shrink, fr.give-d.give, fr.least-d.least)
	if !fits || fr.pastFence(m) {
		return
	}
	past := fr.pastBarrier(m)
	if pb.held(past) {
		return
	}
	fr.reached = true
	known := pb.lookup(e, s.f+1, k)
	forced := pen <= ForceBreak
	if pb.noCheaper(known, fr.base, pen, forced) {
		return // what else the frame costs is not worked out
	}
	cost := fr.base + waiting*pb.p.FloatDefer + pb.carryCost(fr, s.b, m)
	if pb.splitsGroup(fr, m) {
		cost += pb.p.StrandCost
	}
	if !forced {
		cost += pen
	}
	if fr.lines == 1 && pb.middleLine(fr.first) {
		cost += LonelyLinePenalty
	}
	if fr.crowded && fr.lines > 0 {
		cost += pb.p.CrowdedTop
	}
	if final && waiting == 0 && pb.fenceAlone(*s, fr) {
		cost += pb.p.FenceAloneEnd
	}
	if !(final && waiting == 0) && !forced {
		cost += fit
		if pb.atLeastKnown(known, cost) {
			return // nor what its emptiness costs
		}
		cost += pb.emptinessCost(s.f, fr, e, avail, avail-natural, waiting)
	}
	if known != nil && cost >= known.cost {
		return // reachKnown would keep the way known
	}
	pb.reachKnown(known, pageState{b: e, k: k, f: s.f + 1}, pageChoice{cost: cost, prev: *s, pull: fr.pull, late: fr.late})
}

// emptinessCost is what frame f, scanned by fr, pays for ending at node
// e with empty of its room avail left empty and waiting floats
// deferred to the next: underfull's cost (at most half FenceAloneEnd
// where the rest of the list then fits the next frame), a broken word
// across the page's turn, and a gap inside a paragraph.
func (pb *pageBreaker) emptinessCost(f int, fr *frameScan, e int, avail, empty Scaled, waiting int) int {
	ending := chargedEnd
	if waiting == 0 && pb.openingTooTall(e, empty) {
		ending = sectionEnd
	}
	cost := pb.columnUnderfull(f, empty, fr.stretch, ending)
	if waiting == 0 && pb.restFitsAFrame(e, f+1, empty, avail) {
		cost = min(cost, pb.p.FenceAloneEnd/2)
	}
	cost += pb.brokenCost(f, fr.lastBox)
	if ending == chargedEnd {
		cost += pb.splitParagraphCost(fr.lastBox, empty, fr.stretch)
	}
	return cost
}

// noCheaper reports whether a frame that ends in a state reached
// already (known, its entry; nil if not), begun where the way cost base,
// is sure to cost no less than the way to that state found already,
// which reach would then keep: where no cost a frame may add is negative
// (costsNotNegative) but its break's penalty, the frame costs at least
// base and that penalty. Most frames a search tries end where a cheaper
// one ended before, and need not be weighed further.
func (pb *pageBreaker) noCheaper(known *stateEntry, base, pen int, forced bool) bool {
	if !forced {
		base += min(pen, 0)
	}
	return pb.atLeastKnown(known, base)
}

// atLeastKnown reports whether a way to the state of entry known (nil
// if not reached) that costs cost, and more that is not negative
// (costsNotNegative), is sure to cost no less than the way found
// already. considerDeferring asks once its cheap costs are added,
// before it works out the frame's emptiness.
func (pb *pageBreaker) atLeastKnown(known *stateEntry, cost int) bool {
	return pb.costsNotNegative && known != nil && cost >= known.cost
}

// costsNotNegative reports whether none of the costs considerDeferring
// adds for a frame, its break's penalty aside, can be negative under p:
// its own constants and badnesses are not, and the parameters it adds
// are not.
func costsNotNegative(p PageParams) bool {
	return min(p.FloatDefer, p.StrandCost, p.CrowdedTop, p.FenceAloneEnd, p.EmptyPenalty, p.PageBroken, p.SpreadBroken, p.HoleBeside) >= 0
}

// giveCost is what a frame pays whose floats give rest of all they may
// give (give): FloatGive, and FloatGive again for each sixth of the
// square of the share given, so a picture set a little smaller costs
// little more than FloatGive, and one set as small as it may be seven
// times that.
func (pb *pageBreaker) giveCost(rest, give Scaled) int {
	share := int64(rest) * 1000 / int64(max(give, 1)) // per mille
	return pb.p.FloatGive + int(int64(pb.p.FloatGive)*6*share*share/1000000)
}

// leastGive is the least a float of the given height that may give give
// gives where it gives at all: a third of that, and an eighth of its
// height, so a picture set smaller reads as set smaller, not as a few
// points short of the column's edge (a reviewer's pictures at 88 to 99 %
// of the measure looked misaligned).
func leastGive(give, height Scaled) Scaled {
	return min(give, max(give/3, height/8))
}

// overflowCost is what a frame pays whose material, at its natural
// height, is over its room by over: the badness of its glue's shrink,
// and, where the glue cannot give it all, what its floats pay for
// giving the rest of give, all they may (giveCost). fits is
// false when they cannot hold it so (or FloatGive is 0 and the glue
// cannot).
func (pb *pageBreaker) overflowCost(over, shrink, give, least Scaled) (cost int, fits bool) {
	if over <= 0 {
		return 0, true
	}
	if over <= shrink {
		return Badness(pb.steps(over, true), shrink), true
	}
	rest := max(pb.steps(over-shrink, true), pb.steps(least, true))
	if pb.p.FloatGive <= 0 || rest > give {
		return 0, false
	}
	return Badness(pb.steps(shrink, true), shrink) + pb.giveCost(rest, give), true
}

// pastBarrier counts, per class, the floats the frame carries past its
// last float barrier when it ends with m floats of each class it met
// deferred to the next: those waiting from before the frame (which wait
// on past the barrier) and the deferred ones anchored before it.
func (fr *frameScan) pastBarrier(m waitCounts) waitCounts {
	var n waitCounts
	if fr.lastBarrier < 0 {
		return n
	}
	for c := range m {
		n[c] = fr.queued[c]
		for _, i := range fr.floats[c][len(fr.floats[c])-m[c]:] {
			if i < fr.lastBarrier {
				n[c]++
			}
		}
	}
	return n
}

// held reports whether a frame that carries n floats of each class past
// its barrier carries one of a class the barrier holds
// (PageParams.HoldAtBarrier).
func (pb *pageBreaker) held(n waitCounts) bool {
	for c, k := range n {
		if k > 0 && pb.p.HoldAtBarrier[c] {
			return true
		}
	}
	return false
}

// passingCost is what a frame pays that carries n floats of each class
// past its barrier: the largest PastBarrier of the classes it carries,
// once. A float carried past a heading costs as much as a gap it spares
// would, and the floats behind it then come along at no more: what is
// weighed is whether the section's floats stay before the next heading
// at all, not how many of them, nor of which class, pass.
func (pb *pageBreaker) passingCost(n waitCounts) int {
	cost := 0
	for c, k := range n {
		if k > 0 {
			cost = max(cost, pb.p.PastBarrier[c])
		}
	}
	return cost
}

// carryCost is what a frame that begins at node from pays for the
// floats it carries past the float barriers in it when it ends with m
// floats of each class it met deferred to the next: PastBarrier of a
// class for each barrier its floats pass — a float waiting from before
// the frame passes every barrier in it, a deferred one each after its
// anchor — the most of any class, once (as passingCost). So a section's
// codes carried past two headings, to stand under the section after
// next, cost twice what passing one heading does, and the breaker
// rather sets them before the second heading: at the top of the next
// frame, or after an earlier break. Each barrier charged instead for
// the classes that pass it, a section's pictures carried past two
// headings and the next section's codes past the second, in one frame,
// cost both: the corpus's event 21 on screen then ended a page six
// lines short inside a paragraph to spare it.
func (pb *pageBreaker) carryCost(fr *frameScan, from int, m waitCounts) int {
	if fr.lastBarrier < 0 {
		return 0
	}
	cost := 0
	for c := range m {
		first := fr.lastBarrier + 1 // the first node the class's floats pass
		if fr.queued[c] > 0 {
			first = from
		} else if m[c] > 0 {
			first = fr.floats[c][len(fr.floats[c])-m[c]] + 1
		}
		passed := 0
		for j := first; j <= fr.lastBarrier; j++ {
			if pb.v[j].FloatBarrier {
				passed++
			}
		}
		cost = max(cost, passed*pb.p.PastBarrier[c])
	}
	return cost
}

// pastFence reports whether the frame, ending with m floats of each
// class it met deferred to the next, carries a float past its last
// float fence: one waiting from before the frame, or a deferred one
// anchored before the fence.
func (fr *frameScan) pastFence(m waitCounts) bool {
	if fr.lastFence < 0 {
		return false
	}
	for c := range m {
		if fr.queued[c] > 0 {
			return true
		}
		for _, i := range fr.floats[c][len(fr.floats[c])-m[c]:] {
			if i < fr.lastFence {
				return true
			}
		}
	}
	return false
}

// LonelyLinePenalty is the cost of a frame whose only text is one line
// from the middle of a paragraph (between floats and the frame's foot,
// say): neither widow nor orphan, but a line cut off from its paragraph
// on both sides.
const LonelyLinePenalty = 5000

// middleLine reports whether node i is a line of a paragraph neither its
// first nor its last.
func (pb *pageBreaker) middleLine(i int) bool {
	n := &pb.v[i]
	return n.Para > 0 && n.Line > 0 && n.Line < n.Lines-1
}

// maxWaiting bounds the floats that may wait at once, which bounds the
// states per node.
const maxWaiting = 16

// frameEnd says how a frame's emptiness is charged (underfull).
type frameEnd uint8

const (
	// chargedEnd: the text goes on, and a frame emptier than EmptyLimit
	// pays EmptyPenalty besides its badness.
	chargedEnd frameEnd = iota
	// sectionEnd: the text goes on with a section's opening that does
	// not fit the room left (openingTooTall): the gap ends a section,
	// and costs no more than a fifth of the frame empty.
	sectionEnd
	// lastEnd: the frame ends the list and costs nothing.
	lastEnd
)

// underfull is the cost of a frame left empty by the given height: the
// badness of what the glue's stretch cannot fill, against a twelfth of
// the frame, plus the badness of the stretch used, plus the charge
// beyond EmptyLimit (beyondLimit). A frame that ends a section costs at
// most what one a fifth empty costs: the rest of its gap is the next
// section's opening, which cannot begin there. The last frame costs
// nothing.
func (pb *pageBreaker) underfull(empty, stretch Scaled, ending frameEnd) int {
	if ending == lastEnd || empty <= 0 {
		return 0
	}
	if ending == sectionEnd {
		empty = min(empty, pb.gauge.fifth)
	}
	fill := min(pb.steps(empty, false), stretch)
	cost := Badness(empty-fill, pb.gauge.twelfth)
	if limit := pb.gauge.limit; pb.p.EmptyLimit > 0 && empty-fill > limit {
		cost += pb.beyondLimit(empty-fill, limit)
	}
	if fill > 0 {
		cost += Badness(fill, stretch)
	}
	return cost
}

// splitParagraphCost is what a frame whose last box is box i pays, on
// top of underfull, for the gap empty below it that its glue's stretch
// cannot fill, when box i is a line of a paragraph that goes on in the
// next frame: the badness of that gap against SplitGap (at most
// Infinity, so a frame that cannot be filled otherwise is still had at
// a price, like any other). 0 where the frame ends between paragraphs,
// or SplitGap is not set.
func (pb *pageBreaker) splitParagraphCost(i int, empty, stretch Scaled) int {
	if pb.p.SplitGap <= 0 || i < 0 || empty <= 0 {
		return 0
	}
	if n := &pb.v[i]; n.Para == 0 || n.Line >= n.Lines-1 {
		return 0
	}
	gap := empty - min(pb.steps(empty, false), stretch)
	if gap <= 0 {
		return 0
	}
	return Badness(gap, pb.p.SplitGap)
}

// beyondLimit is what a frame pays that is left empty by more than
// limit (EmptyLimit's share): half EmptyPenalty, and EmptyPenalty for
// each further 2 % of the frame up to twice EmptyPenalty in all; beyond
// a fifth of the frame, a quarter of EmptyPenalty times the square of
// each further 2 % besides, so a large gap costs more than two middling
// ones that hold the same (up to a fifth, a frame too empty still costs
// less than a broken word across a spread).
func (pb *pageBreaker) beyondLimit(empty, limit Scaled) int {
	step := int64(pb.gauge.fiftieth)
	penalty := int64(pb.p.EmptyPenalty)
	cost := penalty/2 + min(int64(empty-limit)*penalty/step, penalty*3/2)
	if far := int64(empty - pb.gauge.fifth); far > 0 {
		cost += penalty * far / step * far / step / 4
	}
	return int(cost)
}

// openingTooTall reports whether the list goes on after a break at node
// e with a section's opening — the box marked FloatBarrier (its
// heading) or Opening (a part's title, such as a programme day's) and
// what is kept with it, up to the first legal break after it, with the
// space before it at its shrunk height — that is taller than room, the
// height the frame leaves empty: the section could not begin in that
// room.
func (pb *pageBreaker) openingTooTall(e int, room Scaled) bool {
	v := pb.v
	i := pb.sectionOpensAt(e)
	if i < 0 {
		return false
	}
	var h Scaled
	for j := e; j < i; j++ {
		if v[j].Kind == VGlue {
			h += v[j].Height - v[j].Shrink
		}
	}
	for j := i; j < len(v) && h <= room; j++ {
		if ok, _ := legalBreak(v, j); ok && j > i {
			return false
		}
		if v[j].Kind != VPenalty {
			h += v[j].Height - v[j].Shrink
		}
	}
	return h > room
}

// restHeights is restFitsAFrame's table (pageBreaker.rest), nil where
// p has no FenceAloneEnd or v no float fence.
func restHeights(v []VNode, p PageParams) []Scaled {
	if p.FenceAloneEnd <= 0 || !slices.ContainsFunc(v, func(n VNode) bool { return n.FloatFence }) {
		return nil
	}
	rest := make([]Scaled, len(v)+1)
	for i := len(v) - 1; i >= 0; i-- {
		rest[i] = rest[i+1]
		if v[i].Kind != VPenalty {
			rest[i] += v[i].Height - v[i].Shrink
		}
	}
	return rest
}

// restFitsAFrame reports whether a frame that ends at node e, before a
// section's opening, leaves the rest of the list — that section and the
// notice after the float fence — to the next frame, f, which holds it
// all: ending that frame early gives the notice company on the last
// page, and the frame, if it is at least half full, pays at most half
// of FenceAloneEnd for its emptiness, less than the notice alone costs.
// A frame more than half empty pays in full: a page of five lines in
// the middle of the text is worse than the notice alone on the last
// one (a one-column conference's screen edition took 20 pages, not 18,
// its page 19 86 % empty). The frame leaves empty of its room.
func (pb *pageBreaker) restFitsAFrame(e, f int, empty, room Scaled) bool {
	if pb.rest == nil || e >= len(pb.v) || 2*empty > room || pb.sectionOpensAt(e) < 0 {
		return false
	}
	return pb.rest[e] <= pb.p.frameHeight(f)
}

// sectionOpensAt is the node of the section's heading (the box marked
// FloatBarrier) or of a part's title within a section (marked Opening)
// with which the list goes on after a break at node e, past glue and
// penalties, or -1 when it goes on with anything else.
func (pb *pageBreaker) sectionOpensAt(e int) int {
	if i := pb.nextBox(e); i < len(pb.v) && (pb.v[i].FloatBarrier || pb.v[i].Opening) {
		return i
	}
	return -1
}

// nextBox is the first box at or after node b, len(v) for none.
func (pb *pageBreaker) nextBox(b int) int {
	for b < len(pb.v) && pb.v[b].Kind != VBox {
		b++
	}
	return b
}

// steps rounds a length to whole flex steps, down or up (unchanged
// without a step).
func (pb *pageBreaker) steps(h Scaled, up bool) Scaled {
	return roundToStep(h, pb.p.FlexStep, up)
}

// roundToStep rounds h to a multiple of step, down or up; a step of 0
// leaves it as it is.
func roundToStep(h, step Scaled, up bool) Scaled {
	if step <= 0 {
		return h
	}
	if up {
		return (h + step - 1) / step * step
	}
	return h / step * step
}

// brokenCost is what a break after box i adds when that line ends in a
// hyphenated word and frame f is the last of its page: a page turn, to a
// new spread after a right-hand page.
func (pb *pageBreaker) brokenCost(f, i int) int {
	if i < 0 || !pb.v[i].Hyphenated || f%pb.p.Columns != pb.p.Columns-1 {
		return 0
	}
	if (pb.p.FirstPage+f/pb.p.Columns)%2 == 1 {
		return pb.p.SpreadBroken
	}
	return pb.p.PageBroken
}
