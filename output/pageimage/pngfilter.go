package pageimage

import (
	"bytes"
	"encoding/binary"
)

// PNG's five row filters (PNG specification, section 9): each codes a
// byte as its difference from a prediction made of the bytes to its
// left (a), above (b) and above-left (c).
const (
	filterNone = iota
	filterSub
	filterUp
	filterAverage
	filterPaeth
	filterCount
)

// sampleStride is the pixel step of the sample a row's filter is chosen
// by: every eighth pixel. A page row is text, rules and flat colour, and
// a photograph's rows change smoothly, so an eighth of the pixels
// chooses nearly as all of them do, at an eighth of the work (the
// example's photo page at 300 dpi: 0.6 % larger than choosing on every
// fourth pixel); the standard encoder weighs every byte of all five
// filters.
const sampleStride = 8

// rowFilter filters a PNG's rows of n bytes, bpp bytes a pixel: the
// caller fills cur with a row's samples, and filtered returns it coded,
// its filter type first. The previous row begins as zeros, as the
// format says.
type rowFilter struct {
	bpp       int
	cur, prev []byte
	out       []byte // the filter type, then the coded row
}

// newRowFilter makes a filter of rows of n bytes, bpp a pixel. Each
// row has room for a byte more (rgbRow).
func newRowFilter(bpp, n int) *rowFilter {
	return &rowFilter{bpp: bpp, cur: make([]byte, n, n+1), prev: make([]byte, n, n+1), out: make([]byte, 1+n)}
}

// filtered codes the row in cur by the filter that likely compresses it
// best (chooseFilter), makes it the previous row, and returns the coded
// row, valid until the next call.
func (f *rowFilter) filtered() []byte {
	kind := filterUp // a row like the one above codes as zeros
	if !bytes.Equal(f.cur, f.prev) {
		kind = f.chooseFilter()
	}
	f.out[0] = byte(kind)
	applyFilter(kind, f.out[1:], f.cur, f.prev, f.bpp)
	f.cur, f.prev = f.prev, f.cur
	return f.out
}

// chooseFilter is the filter whose coded bytes, read as signed, have the
// least sum of magnitudes over a sample of the row's pixels (every
// sampleStride-th): the heuristic the PNG specification recommends
// (section 12.8), weighed on a sample.
func (f *rowFilter) chooseFilter() int {
	var sums [filterCount]int
	cur, prev, bpp := f.cur, f.prev, f.bpp
	for at := 0; at < len(cur); at += sampleStride * bpp {
		for i := at; i < at+bpp && i < len(cur); i++ {
			var a, c byte
			if i >= bpp {
				a, c = cur[i-bpp], prev[i-bpp]
			}
			x, b := cur[i], prev[i]
			sums[filterNone] += magnitude(x)
			sums[filterSub] += magnitude(x - a)
			sums[filterUp] += magnitude(x - b)
			sums[filterAverage] += magnitude(x - byte((int(a)+int(b))/2))
			sums[filterPaeth] += magnitude(x - paeth(a, b, c))
		}
	}
	best := filterNone
	for k := filterSub; k < filterCount; k++ {
		if sums[k] < sums[best] {
			best = k
		}
	}
	return best
}

// applyFilter codes the row cur, under the row prev, by the filter kind
// into out.
func applyFilter(kind int, out, cur, prev []byte, bpp int) {
	n := len(cur)
	out, prev = out[:n], prev[:n]
	switch kind {
	case filterNone:
		copy(out, cur)
	case filterSub:
		copy(out[:bpp], cur[:bpp])
		subtractBytes(out[bpp:], cur[bpp:], cur[:n-bpp])
	case filterUp:
		subtractBytes(out, cur, prev)
	case filterAverage:
		for i := range bpp {
			out[i] = cur[i] - prev[i]/2
		}
		for i := bpp; i < n; i++ {
			out[i] = cur[i] - byte((int(cur[i-bpp])+int(prev[i]))/2)
		}
	case filterPaeth:
		for i := range bpp {
			out[i] = cur[i] - prev[i] // a and c are zero: the prediction is b
		}
		for i := bpp; i < n; i++ {
			out[i] = cur[i] - paeth(cur[i-bpp], prev[i], prev[i-bpp])
		}
	}
}

// subtractBytes sets out[i] to x[i] - y[i], modulo 256, for every i of
// out (x and y at least as long): eight bytes at a time, in the bits of
// a word, borrows kept from crossing between bytes (Hacker's Delight,
// 2-18), and the rest one at a time.
func subtractBytes(out, x, y []byte) {
	const high = 0x8080808080808080
	x, y = x[:len(out)], y[:len(out)]
	for len(out) >= 8 && len(x) >= 8 && len(y) >= 8 {
		a, b := binary.LittleEndian.Uint64(x), binary.LittleEndian.Uint64(y)
		binary.LittleEndian.PutUint64(out, ((a|high)-(b&^high))^((a^^b)&high))
		out, x, y = out[8:], x[8:], y[8:]
	}
	for i := range out {
		out[i] = x[i] - y[i]
	}
}

// magnitude is the size of a coded byte read as a signed number.
func magnitude(d byte) int {
	if d >= 128 {
		return 256 - int(d)
	}
	return int(d)
}

// paeth is the Paeth predictor of a byte from its neighbours to the
// left (a), above (b) and above-left (c): whichever is nearest to
// a + b - c, preferring a, then b.
func paeth(a, b, c byte) byte {
	// p - a is b - c, p - b is a - c, and p - c their sum.
	pa, pb := int(b)-int(c), int(a)-int(c)
	pc := abs(pa + pb)
	pa, pb = abs(pa), abs(pb)
	if pa <= pb && pa <= pc {
		return a
	}
	if pb <= pc {
		return b
	}
	return c
}

// abs is the magnitude of x.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
