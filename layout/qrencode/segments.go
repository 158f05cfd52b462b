package qrencode

// The text is split into runs of numeric, alphanumeric and other bytes;
// neighbouring runs are merged while that makes the bit stream shorter,
// and the whole text as one segment in its widest mode is taken instead if
// that is no longer. The merging is greedy and left to right, and its
// length checks fail exactly where go-qrcode's do, so that the same
// version is chosen and the same errors are returned.

// mode is a data mode, ordered from the narrowest to the widest.
type mode uint8

const (
	modeNumeric mode = iota
	modeAlphanumeric
	modeByte
)

// indicator is the mode's 4-bit mode indicator.
func (m mode) indicator() uint32 {
	return [...]uint32{1, 2, 4}[m]
}

// countClass is the range of versions sharing character count indicator
// widths: 1–9, 10–26 or 27–40.
type countClass uint8

// minVersion and maxVersion bound a class's versions.
func (c countClass) minVersion() int { return [...]int{1, 10, 27}[c] }
func (c countClass) maxVersion() int { return [...]int{9, 26, 40}[c] }

// countBits is the width of the character count indicator of a mode in a
// class.
func (c countClass) countBits(m mode) int {
	return [3][3]int{{10, 9, 8}, {12, 11, 16}, {14, 13, 16}}[c][m]
}

// segmentLength returns the bits a segment of n characters takes in mode
// m, or false if its count does not fit the count indicator.
func (c countClass) segmentLength(m mode, n int) (int, bool) {
	cb := c.countBits(m)
	if n > 1<<cb-1 {
		return 0, false
	}
	l := 4 + cb
	switch m {
	case modeNumeric:
		l += 10 * (n / 3)
		if r := n % 3; r != 0 {
			l += 1 + 3*r
		}
	case modeAlphanumeric:
		l += 11*(n/2) + 6*(n%2)
	default:
		l += 8 * n
	}
	return l, true
}

// segment is a run of the text, text[start:end], in one mode.
type segment struct {
	mode       mode
	start, end int
}

// byteMode returns the narrowest mode a byte can be encoded in.
func byteMode(b byte) mode {
	switch {
	case b >= '0' && b <= '9':
		return modeNumeric
	case alphanumericValue[b] != 0:
		return modeAlphanumeric
	}
	return modeByte
}

// classify splits the text into maximal runs of one mode each and returns
// them with the widest mode any byte needs.
func classify(text string, runs []segment) ([]segment, mode) {
	widest := modeNumeric
	start := 0
	cur := byteMode(text[0])
	for i := 1; i < len(text); i++ {
		m := byteMode(text[i])
		if m != cur {
			runs = append(runs, segment{cur, start, i})
			widest = max(widest, cur)
			start, cur = i, m
		}
	}
	runs = append(runs, segment{cur, start, len(text)})
	return runs, max(widest, cur)
}

// merge coalesces the runs into segments for a class, appending them to
// dst: a run absorbs the following runs of no wider mode while the merged
// segment is shorter than the two apart. It returns false where go-qrcode
// fails on a count too large for its indicator.
func (c countClass) merge(runs []segment, dst []segment) ([]segment, bool) {
	for i := 0; i < len(runs); {
		s := runs[i]
		n := s.end - s.start
		j := i + 1
		for ; j < len(runs); j++ {
			next := runs[j]
			if next.mode > s.mode {
				break
			}
			nn := next.end - next.start
			merged, ok1 := c.segmentLength(s.mode, n+nn)
			apart1, ok2 := c.segmentLength(s.mode, n)
			apart2, ok3 := c.segmentLength(next.mode, nn)
			if !ok1 || !ok2 || !ok3 {
				return dst, false
			}
			if merged >= apart1+apart2 {
				break
			}
			n += nn
			s.end = next.end
		}
		dst = append(dst, s)
		i = j
	}
	return dst, true
}

// segmentation is the segments of a text in one class and their length in
// bits.
type segmentation struct {
	segments []segment
	bits     int
}

// segmentFor segments the text for a class, given its runs and widest
// mode. The error is ErrSegmentTooLong if a count does not fit.
func (c countClass) segmentFor(text string, runs []segment, widest mode, buf []segment) (segmentation, error) {
	segs, ok := c.merge(runs, buf[:0])
	if !ok {
		return segmentation{}, ErrSegmentTooLong
	}
	bits := 0
	for _, s := range segs {
		l, ok := c.segmentLength(s.mode, s.end-s.start)
		if !ok {
			return segmentation{}, ErrSegmentTooLong
		}
		bits += l
	}
	single, ok := c.segmentLength(widest, len(text))
	if !ok {
		return segmentation{}, ErrSegmentTooLong
	}
	if single <= bits {
		return segmentation{append(segs[:0], segment{widest, 0, len(text)}), single}, nil
	}
	return segmentation{segs, bits}, nil
}
