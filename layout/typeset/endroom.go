package typeset

// endPage sets the last page of a list in columns again: with room left
// at its foot for what ends the list across the whole page
// (PageParams.EndRoom), and with its columns balanced where
// PageParams.Balanced asks — as short as they can be with the page's
// material still on that page — so a last page half full does not stand
// as one full column beside an empty one. Where
// the path's last page begins with no float waiting or set ahead, its
// material is broken again into frames that short, and when that takes
// one page without a break no rule allows, those frames replace the last
// page's. It returns the path up to the last page's first state (the
// whole path when nothing is broken again) and the last page's frames,
// placed, to follow those of the path.
func (pb *pageBreaker) endPage(path []pageState) ([]pageState, []PageBody) {
	cols := pb.p.Columns
	frames := len(path) - 1
	balance := cols > 1 && pb.p.Balanced
	if pb.lastPage || pb.p.EndRoom <= 0 && !balance || frames < 1 {
		return path, nil
	}
	first := (frames - 1) / cols * cols // the last page's first frame
	start := path[first]
	if start.k != (waitCounts{}) || start.b >= len(pb.v) {
		return path, nil
	}
	q := pb.p
	q.Height -= q.EndRoom
	q.EndRoom, q.PageMultiple, q.PagesAfter = 0, 0, 0
	q.FirstPage += first / cols
	if q.Height <= 0 {
		return path, nil
	}
	v := pb.v[start.b:]
	sub, tail := onePage(v, q)
	if tail == nil {
		return path, nil
	}
	if balance {
		sub, tail, q.Height = balanced(v, q, sub, tail)
	}
	end := sub.place(tail)
	for i := range end {
		for k := range end[i].Floats {
			end[i].Floats[k].AnchorFrame += first
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

// balanced finds the shortest frames, down from q.Height in whole flex
// steps (or points), that still hold v on one page of q.Columns frames:
// the columns of a last page balanced. sub and tail are v broken at
// q.Height, kept when no shorter height holds it. The search halves the
// range of heights, as whether v fits grows with the height.
func balanced(v []VNode, q PageParams, sub *pageBreaker, tail []pageState) (*pageBreaker, []pageState, Scaled) {
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
	lo, hi := max(natural/Scaled(q.Columns)/step, 1), q.Height/step // in steps: lo-1 fails, hi fits
	height := q.Height
	for lo <= hi {
		mid := (lo + hi) / 2
		p := q
		p.Height = mid * step
		if s, t := onePage(v, p); t != nil {
			sub, tail, height = s, t, p.Height
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
	return sub, tail, height
}
