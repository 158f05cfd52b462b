package typeset

// endPage sets the last page of a list in columns again: with room left
// at its foot for what ends the list across the whole page
// (PageParams.EndRoom), and with its columns balanced where
// PageParams.Balanced asks — as short as they can be with the page's
// material still on that page — so a last page half full does not stand
// as one full column beside an empty one. Where the path's last page
// begins with no float set ahead, its material — the floats waiting for
// it first, as they lead its first frame, then the rest of the list — is
// broken again into frames that short, and when that takes one page
// without a break no rule allows, those frames replace the last page's;
// a waiting float keeps the frame of its anchor. (A last section's
// deferred pictures, its code and „Kontakt“ stood in one column beside
// an empty one: the prober's Fachtag, e10v.) It returns the path up to
// the last page's first state (the whole path when nothing is broken
// again) and the last page's frames, placed, to follow those of the path.
func (pb *pageBreaker) endPage(path []pageState) ([]pageState, []PageBody) {
	cols := pb.p.Columns
	frames := len(path) - 1
	balance := cols > 1 && pb.p.Balanced
	if pb.lastPage || pb.p.EndRoom <= 0 && !balance || frames < 1 {
		return path, nil
	}
	first := (frames - 1) / cols * cols // the last page's first frame
	start := path[first]
	if start.b >= len(pb.v) || start.ahead() != (waitCounts{}) {
		return path, nil // floats set ahead: the flow passes them by where they stand
	}
	waiting := pb.carried(start)
	q := pb.p
	q.Height -= q.EndRoom
	q.EndRoom, q.PageMultiple, q.PagesAfter = 0, 0, 0
	q.FirstPage += first / cols
	q.Taken = nil
	if page := first / cols; page < len(pb.p.Taken) {
		q.Taken = pb.p.Taken[page : page+1] // the last page's
	}
	if q.Height <= 0 {
		return path, nil
	}
	v := pb.v[start.b:]
	if len(waiting) > 0 {
		v = pb.ledByWaiting(start.b, waiting)
	}
	sub, tail := onePage(v, q)
	if tail == nil {
		return path, nil
	}
	if balance {
		sub, tail, q.Height = balanced(v, q, sub, tail)
	}
	end := sub.place(tail)
	anchored := map[int]int{} // a waiting float's ID: the frame of its anchor
	if len(waiting) > 0 {
		anchors := pb.anchorFrames(path[:first+1])
		for _, i := range waiting {
			anchored[pb.v[i].FloatID] = anchors[i]
		}
	}
	for i := range end {
		for k := range end[i].Floats {
			f := &end[i].Floats[k]
			if a, ok := anchored[f.ID]; ok {
				f.AnchorFrame = a
			} else {
				f.AnchorFrame += first
			}
		}
	}
	return path[:first+1], end
}

// onePage breaks v into the frames of one page as q asks, or returns a
// nil path when they take more, or need a break no rule allows.
func onePage(v []VNode, q PageParams) (*pageBreaker, []pageState) {
	sub, tail := searchPages(v, q)
	if tail == nil || len(tail)-1 > q.Columns || sub.cost >= emergencyCost {
		return nil, nil
	}
	sub.lastPage = true
	return sub, tail
}

// balanceSlack is what a last page's balanced columns may cost more than
// the page as first broken: a column broken inside a paragraph, not a
// line left alone between floats (LonelyLinePenalty) or a heading kept
// from its text at a cost.
const balanceSlack = 1000

// maxBalanceTries bounds the heights balanced tries: on a page taller
// than that many steps, it tries in coarser ones.
const maxBalanceTries = 64

// balanced finds the shortest frames, up from a page's share of v's
// height in whole flex steps (or points) to q.Height, that hold v on one
// page of q.Columns frames at a cost no more than balanceSlack above
// sub's: the columns of a last page balanced. sub and tail are v broken
// at q.Height, kept when no shorter height holds it so. The heights are
// tried in turn, shortest first: a height that holds v may cost more
// than a shorter one (a group of link codes split one and three rather
// than two and two), so whether one serves does not grow with the height.
func balanced(v []VNode, q PageParams, sub *pageBreaker, tail []pageState) (*pageBreaker, []pageState, Scaled) {
	limit := sub.cost + balanceSlack
	step := q.FlexStep
	if step <= 0 {
		step = Pt(1)
	}
	var natural Scaled
	for _, n := range v {
		if n.Kind != VPenalty {
			natural += n.Height
		}
	}
	low := max(natural/Scaled(q.Columns)/step, 1) * step
	if tries := (q.Height - low) / step; tries > maxBalanceTries {
		step *= (tries + maxBalanceTries - 1) / maxBalanceTries // coarser on a tall page
	}
	for h := low; h < q.Height; h += step {
		p := q
		p.Height = h
		p.FloatGive = 0 // columns are balanced by where they break, not by floats set smaller
		if s, t := onePage(v, p); t != nil && s.cost <= limit {
			return s, t, h
		}
	}
	return sub, tail, q.Height
}

// ledByWaiting is the rest of the list from node b with the floats
// waiting there (waiting, node indices) before it, set as a frame sets
// them at its top (frameNodes): each followed by its space, which no
// break parts from it, the last one's as large as the space the text
// begins with where that is larger (extraTopSpace), and the header a
// continued table begins with.
func (pb *pageBreaker) ledByWaiting(b int, waiting []int) []VNode {
	var none waitCounts
	start := pb.frameStart(b, len(pb.v), &none)
	v := make([]VNode, 0, 3*len(waiting)+len(pb.v)-start+4)
	for k, i := range waiting {
		space := Space(pb.v[i].FloatSpace)
		if k == len(waiting)-1 {
			extra, shrink := pb.extraTopSpace(b, waiting, start)
			space = Space(pb.v[i].FloatSpace + extra)
			space.Shrink = shrink
		}
		v = append(v, pb.v[i], Penalty(Infinity), space)
	}
	if start < len(pb.v) && pb.v[start].Header != nil {
		v = append(v, pb.v[start].Header()...)
	}
	return append(v, pb.v[start:]...)
}
