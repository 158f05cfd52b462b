package typeset

// endPage makes room on the last page for what ends the list across the
// whole page (PageParams.EndRoom): where the path's last page begins
// with no float waiting or set ahead, its material is broken again into
// frames EndRoom shorter, and when that takes one page without a break
// no rule allows, those frames replace the last page's. It returns the
// path up to the last page's first state (the whole path when nothing is
// broken again) and the last page's frames, placed, to follow those of
// the path.
func (pb *pageBreaker) endPage(path []pageState) ([]pageState, []PageBody) {
	cols := pb.p.Columns
	frames := len(path) - 1
	if pb.p.EndRoom <= 0 || frames < 1 {
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
	sub, tail := searchPages(pb.v[start.b:], q)
	if tail == nil || len(tail)-1 > cols || sub.cost >= emergencyCost {
		return path, nil
	}
	end := sub.place(tail)
	for i := range end {
		for k := range end[i].Floats {
			end[i].Floats[k].AnchorFrame += first
		}
	}
	return path[:first+1], end
}
