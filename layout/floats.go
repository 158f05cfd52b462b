package layout

import (
	"brochure/layout/typeset"
)

// Floats: a section's pictures and link blocks stand after its text. A
// kind the theme lets float (FloatPage) becomes one float box anchored
// there, which the page breaker sets at its anchor, at the top of the
// next page or column, or ahead of its anchor at the top of a column its
// section's text still runs in (typeset.BreakPages, floatAhead); a kind
// kept here is a block kept together with its section, as before floats.

// floatBlock says of a block after a section's text whether it floats,
// in which float class, and where it comes from in the content.
type floatBlock struct {
	mode  FloatMode
	class int
	where string
	// give is how much shorter the block may be set beside its text
	// (pictureGive; typeset.VNode.Give).
	give typeset.Scaled
	// column sets a picture across the columns (spanFloats) in a
	// column instead, with the space before it: where no page its
	// section's text runs on has room for it across the columns, it
	// stands so (spanincolumn.go). nil for one that may not.
	column func() []typeset.VNode
	// columnWide says of a picture asked across the columns that it
	// stands in its column all the same (acrossInColumn).
	columnWide bool
	// files are the picture files the block shows (FloatPlacement.Files).
	files []string
}

// The float classes: pictures keep their order among pictures and link
// blocks among link blocks, but a link block may stand before a picture
// of its section that waits for room (typeset.VNode.FloatClass).
const (
	pictureFloats = 0
	linkFloats    = 1
	// spanFloats are pictures across all columns (spanning.go): the
	// page breaker never sees them, since breakBody takes them out of
	// the list and gives their pages' frames less height.
	spanFloats = typeset.FloatClasses
)

// The costs of a frame that carries a section's floats past the next
// section's heading (typeset.PageParams.PastBarrier), charged once a
// frame whatever the number and class of the floats it carries, so a
// section's pictures and link blocks are weighed together: they stay
// before the heading — at their anchor, or at the top of the next frame
// with the heading after them — unless that leaves a large gap. Past two
// headings, under the section after next, floats cost twice: charged
// once for any number of headings, a one-column event's second
// workshop's codes stood under the fourth's heading (the prober's e25).
//
// linkPastHeading is about what a frame 15 % empty costs
// (typeset.DefaultPageParams), the composition report's limit: a talk's
// QR codes labelled only „Präsentation 2“ under another talk send the
// reader to the wrong slides, and a link block is small, so keeping it
// seldom leaves a gap that large. picturePastHeading is about what a
// frame 12.5 % empty costs, just past the page breaker's limit: a
// captioned photo after the next heading misleads less than a QR code,
// and a tall one kept back would often leave a page far emptier. Floats
// carried past the last section's heading to stand after all of the
// text (a panel's photos after „Kontakt“, which read as the contact's)
// pay for it again, and for a gap besides (typeset's afterTheText).
const (
	linkPastHeading    = 4500
	picturePastHeading = 2000
)

// heldAtHeading are the float classes that never pass the next
// section's heading in columns (typeset.PageParams.HoldAtBarrier): there
// a section's codes carried past it stand at the top of the next column
// under another talk's heading, where the reader scans „Präsentation 2“
// and gets the wrong slides, and a photo series flows into the sections
// after it. A column is half a page, so holding them leaves at most a
// column's foot empty, where the next section's opening would not fit
// anyway, or sets them in a column of their own before the heading (a
// float page, which pays for its emptiness). Of the corpus's 13
// two-column events, 16 floats stood past their next heading in print
// and as many on screen; held, none does, in as many printed pages and
// four screen pages more (one each in events 04, 09, 27 and 28), for
// three pages 15 to 17 % empty (corpus_test.go's knownFaults) and one
// column of floats alone more (floatsalone_test.go). In one column the
// costs above still weigh it: holding there left the example's pages 4
// and 5 17 and 18 % empty, a gap across the whole page.
//
// A bound edition holds its pictures by cost, heldPastHeading: its pages
// come in whole signatures and the fewest win there first, so a picture
// passes a heading only where holding would take a signature more. The
// prober's Jahrestagung (two columns, 36 codes, 20 pictures) took 20
// printed pages held, three of them „Notizen“, for 17 of content; by cost
// it keeps its 16, one picture standing beside the next talk's heading.
// Its codes are held as on screen (boundHeldAtHeading): a code read under
// the next talk's heading gives the wrong slides, which no saved
// signature pays for (by cost, 28 of 300 generated link-heavy documents
// set up to 36 codes so; TestBoundColumnCodesHeldAtTheNextHeading).
func heldAtHeading() [typeset.FloatClasses]bool {
	return [typeset.FloatClasses]bool{pictureFloats: true, linkFloats: true}
}

// boundHeldAtHeading are the float classes a bound edition in columns
// holds at the next section's heading whatever pages it costs
// (heldAtHeading); the others pay heldPastHeading.
func boundHeldAtHeading() [typeset.FloatClasses]bool {
	return [typeset.FloatClasses]bool{linkFloats: true}
}

// heldPastHeading is what a frame of a bound edition in columns pays
// for carrying pictures past the next section's heading
// (typeset.PageParams.PastBarrier): more than any arrangement of the same
// pages costs otherwise, so among ways of as many pages one that keeps
// the floats before the heading always wins (heldAtHeading).
const heldPastHeading = 50000

// extraPageCost is what one page more is worth in an edition without a
// page multiple, the screen edition (typeset.PageParams.PageCost; a
// bound edition's pages come in whole signatures, and the fewest win
// there first): about what a frame 13 % empty costs. So the screen
// edition spends a page rather than set a workshop's photo after
// „Kontakt“ (afterTheText) or a forum's codes under the next forum's
// heading where a page more keeps them in their section. Of the 32
// events of the corpus, two screen editions take a page more for it
// (events 21 and 25; event 21 has a page of pictures alone fewer); at
// 5000 and 8000 the photo after „Kontakt“ came back, before typeset's
// lateExtra (the breaker's other costs of the longer way outweighed it).
// Event 21's page so spent held its funding notice alone; since that
// costs (typeset.PageParams.FenceAloneEnd) it has company, a page
// fewer.
const extraPageCost = 3000

// pictureGiveCost is the cost of a frame that sets a section's pictures
// smaller beside their text (typeset.PageParams.FloatGive, pictureGive):
// twice a float deferred, and less than a frame a tenth empty, so a
// picture keeps its size where it may wait for the next page at little
// cost, and is set a little smaller where it would otherwise pass the
// next heading or leave a gap. Set as small as it may be, seven times
// that, about what a picture after the next heading costs
// (picturePastHeading). Of the corpus's events with the prober's four
// (print and screen), pictures after the next heading went from 62 to 17
// and QR codes from 32 to 20, in 778 pages instead of 791; 66 pictures
// of about 170 that could give did, to about 70 % of their height at the
// median, none below 52 %.
const pictureGiveCost = 300

// floatAhead is the cost of a float set at the top of a frame its
// section's text still runs in, ahead of its anchor, the end of that
// text (typeset.PageParams.FloatAhead): as much as a float deferred a
// frame, so a float stands after its text where it fits there.
const floatAhead = 150

// crowdedTop is the cost of a frame whose floats at its top take more
// than 80 % of it while text follows them (typeset.PageParams.CrowdedTop):
// about what a stranded code costs (strandedCode), so a column of five
// pictures and a code no longer ends with the last two lines of a list
// under them (the prober's Fachtag, page 7): the text ends first and the
// pictures follow it. Against 3000, the corpus and the probers' events
// have two columns fewer that end three lines early inside a paragraph
// and one code group more parted; at 10 000 the same as at 6000.
const crowdedTop = 6000

// floatsApart is the cost, in columns, of a page that opens with a
// section's floats above the next section's heading, its text ending on
// the page before, or with a column of floats alone
// (typeset.PageParams.FloatsApart): a webinar's codes at the head of a
// page, above the next webinar, read as that one's. About what a frame
// 13 % empty costs, so a few lines of the text come over with them where
// that leaves the page before a little short. Of twenty generated series
// of five webinars in two columns, four pages opened so in each edition;
// at 1500, three; at 3000, one. In the corpus it gives
// three pages 15 to 17 % empty at a section's end (knownFaults) and two
// columns of floats alone fewer. Held floats (heldAtHeading) wait for
// the next column more often, so the rule comes with them, in columns.
const floatsApart = 3000

// holeBeside is how much more, in per cent, a column left empty costs
// where the text goes on in the column beside it on the same page
// (typeset.PageParams.HoleBeside): the prober's half-day workshop in two
// columns left its first column a quarter empty, a paragraph of six
// lines sent beside it, rather than open its last page with the second
// input's photo above the results' heading (8256 against 5543 and
// floatsApart, 8543).
const holeBeside = 25

// strandedCode is the cost of a frame that ends with one of a section's
// link blocks at its anchor and its siblings deferred to the next frame
// (or the reverse; typeset.PageParams.StrandCost): about what a frame
// a fifth empty costs (typeset.DefaultPageParams), so the codes go
// together unless that leaves a larger gap. At 3000, a code was still
// left at a column's foot apart from its two siblings where moving it
// left less white than that (testdata/linkgroups11); at 6000 the 444
// pages of the example repeated stay 444, while forbidding it outright
// made them 460.
const strandedCode = 6000

// anyHere reports whether any block stays in the text.
func anyHere(kinds []floatBlock) bool {
	for _, k := range kinds {
		if k.mode == FloatHere {
			return true
		}
	}
	return false
}

// appendBlocks adds a section's blocks to its vertical list v. A block
// kept here may begin a page only at strandedBlockPenalty, and the last
// such block stays with the one before; the first block stays with the
// heading if the section has no text (then it never floats). A float is
// one box, and a frame may end before it at no cost: standing at the top
// of the next frame is what the float rules cost (the distance from its
// anchor, its order). Its first space becomes the space that separates
// it from the text.
func (c *composer) appendBlocks(v []typeset.VNode, blocks [][]typeset.VNode, kinds []floatBlock, hasText bool) []typeset.VNode {
	for k, b := range blocks {
		here := kinds[k].class != spanFloats && (kinds[k].mode == FloatHere || k == 0 && !hasText)
		pen := strandedBlockPenalty
		switch {
		case here && (k == len(blocks)-1 || k == 0 && !hasText):
			pen = typeset.Infinity
		case !here:
			// A frame does not end before a float: the float's anchor is
			// the text it follows, and the frame that ends after it
			// defers it to the next at the float rules' cost instead.
			pen = typeset.Infinity
		}
		v = append(v, typeset.Penalty(pen))
		if here {
			v = append(v, typeset.KeepTogether(b)...)
			continue
		}
		c.floatWhere = append(c.floatWhere, kinds[k].where)
		box := floatBox(b, len(c.floatWhere), kinds[k].class)
		if kinds[k].give > 0 {
			box.Give, box.Resize = kinds[k].give, shrinkPictures
		}
		if col := kinds[k].column; col != nil {
			c.keepInColumn(box.FloatID, col)
		}
		if kinds[k].columnWide {
			c.setColumnWide(box.FloatID, TallAcross)
		}
		if len(kinds[k].files) > 0 {
			if c.floatFiles == nil {
				c.floatFiles = map[int][]string{}
			}
			c.floatFiles[box.FloatID] = kinds[k].files
		}
		v = append(v, box)
	}
	return v
}

// floatBox is a float of class class made of the block b, its FloatID
// id: b's first space becomes the space that separates it from the text.
func floatBox(b []typeset.VNode, id int, class int) typeset.VNode {
	var space typeset.Scaled
	if len(b) > 0 && b[0].Kind == typeset.VGlue {
		space, b = b[0].Height, b[1:]
	}
	box := typeset.Box(typeset.StackHeight(b), flatten(b)...)
	box.Float, box.FloatID, box.FloatSpace, box.FloatClass = true, id, space, class
	return box
}

// flexSpaces lets the space between blocks of the body stretch and
// shrink by the theme's share, so a page can end flush. With a baseline
// grid spaces stay whole lines: a space of two lines or more (before a
// section) may give one line where that lets a page hold what would
// otherwise leave it emptier; none grows, since a line more between
// sections shows, while a bottom a line or two short on a grid does not.
func (c *composer) flexSpaces(v []typeset.VNode) {
	if c.th.BaselineGrid {
		l := c.th.Body.Leading
		for i := range v {
			if v[i].Kind == typeset.VGlue && v[i].Height >= 2*l {
				v[i].Shrink = l
			}
		}
		return
	}
	if c.th.SpaceFlex == 0 {
		return
	}
	for i := range v {
		if v[i].Kind == typeset.VGlue && v[i].Height > 0 {
			d := v[i].Height * typeset.Scaled(c.th.SpaceFlex) / 100
			v[i].Stretch, v[i].Shrink = d, d
		}
	}
}

// breakBody breaks the body into frames by cost (typeset.BreakPages),
// firstPage being the document page number of the first body page and
// pagesAfter the number of pages after the body (the back cover), and
// records where each float landed. A bound edition is as long as its
// multiple of pages allows: the body may take a page the padding would
// add anyway. The last page's columns leave endRoom below them where
// they can (typeset.PageParams.EndRoom).
func (c *composer) breakBody(v []typeset.VNode, firstPage, pagesAfter int, endRoom typeset.Scaled) []typeset.PageBody {
	c.flexSpaces(v)
	params := typeset.DefaultPageParams(c.th.TextHeight(), c.th.Columns, firstPage)
	params.PageMultiple, params.PagesAfter, params.EndRoom = c.pageMultiple(), pagesAfter, endRoom
	params.PageCost = extraPageCost
	if !c.opts.Bound {
		// Unbound, every page is a right-hand page (Options.Bound): the
		// screen edition is read a page at a time, so every page end
		// turns the page, and a word divided there costs what one
		// divided across spreads does.
		params.PageBroken = params.SpreadBroken
	}
	params.Balanced = true // the last page's columns, where there are more than one
	params.PastBarrier = [typeset.FloatClasses]int{pictureFloats: picturePastHeading, linkFloats: linkPastHeading}
	params.FloatAhead = floatAhead
	params.CrowdedTop = crowdedTop
	params.FloatGive = pictureGiveCost
	if c.th.Columns > 1 {
		if params.PageMultiple > 1 {
			params.PastBarrier = [typeset.FloatClasses]int{pictureFloats: heldPastHeading}
			params.HoldAtBarrier = boundHeldAtHeading()
		} else {
			params.HoldAtBarrier = heldAtHeading()
		}
		params.FloatsApart = floatsApart
		params.HoleBeside = holeBeside
	}
	params.FloatGroups[linkFloats] = true // a section's codes are one group
	params.StrandCost = strandedCode
	if c.th.BaselineGrid {
		params.FlexStep = c.th.Body.Leading
	}
	cols := max(c.th.Columns, 1)
	var frames []typeset.PageBody
	if !anySpans(v) {
		frames = c.opts.Reuse.breakPages(v, params)
	} else {
		var anchors []int
		frames, anchors = c.breakAcross(v, params)
		for i, s := range c.spanned {
			after := 0 // the page of the picture across the columns before it
			if i > 0 {
				after = firstPage + c.spanPlaces[i-1].page
			}
			c.floats = append(c.floats, FloatPlacement{Where: c.floatWhere[s.box.FloatID-1], Files: c.floatFiles[s.box.FloatID],
				AnchorPage: firstPage + anchors[i], Page: firstPage + c.spanPlaces[i].page, AfterPage: after, Kept: 100})
		}
	}
	// Float IDs count in the order of the list, from 1; a float comes
	// after the float before it of its class.
	pageOf := make([]int, len(c.floatWhere)+1)
	classOf := make([]int, len(c.floatWhere)+1)
	for f, fr := range frames {
		for _, pf := range fr.Floats {
			pageOf[pf.ID], classOf[pf.ID] = firstPage+f/cols, pf.Class
		}
	}
	for f, fr := range frames {
		for _, pf := range fr.Floats {
			after := 0
			for id := pf.ID - 1; id > 0 && after == 0; id-- {
				if classOf[id] == pf.Class {
					after = pageOf[id]
				}
			}
			kept := 100
			if pf.Given > 0 && pf.Height > 0 {
				kept = int(typeset.ScaleBy(100, int64(pf.Height-pf.Given), int64(pf.Height)))
			}
			c.floats = append(c.floats, FloatPlacement{Where: c.floatWhere[pf.ID-1], Files: c.floatFiles[pf.ID],
				AnchorPage: firstPage + pf.AnchorFrame/cols, Page: firstPage + f/cols, AfterPage: after, Kept: kept,
				InColumn: c.columnWide[pf.ID]})
		}
	}
	return frames
}
