package qrencode

// symbolPlan is what a text's symbol is made of: its segments and the
// version they fit.
type symbolPlan struct {
	version int
	level   Level
	class   countClass
	seg     segmentation
}

// plan segments the text and chooses the smallest version that holds it,
// trying the classes of versions in turn as go-qrcode does: the error of
// the last class tried wins over a class that merely did not fit.
func plan(text string, level Level) (symbolPlan, error) {
	if len(text) == 0 {
		return symbolPlan{}, ErrNoData
	}
	runs, widest := classify(text, make([]segment, 0, 8))
	buf := make([]segment, 0, len(runs))
	var err error
	for c := countClass(0); c < 3; c++ {
		var seg segmentation
		seg, err = c.segmentFor(text, runs, widest, buf)
		if err != nil {
			continue
		}
		for v := c.minVersion(); v <= c.maxVersion(); v++ {
			if 8*dataCodewords(v, level) >= seg.bits {
				return symbolPlan{v, level, c, seg}, nil
			}
		}
	}
	if err != nil {
		return symbolPlan{}, err
	}
	return symbolPlan{}, ErrTooLong
}

// bitWriter appends bits, most significant first, to a zeroed buffer.
type bitWriter struct {
	buf []byte
	n   int // bits written
}

// write appends the low width bits of v.
func (w *bitWriter) write(v uint32, width int) {
	for i := width - 1; i >= 0; i-- {
		if v>>uint(i)&1 != 0 {
			w.buf[w.n>>3] |= 0x80 >> uint(w.n&7)
		}
		w.n++
	}
}

// codewords returns the data codewords: the segments, the terminator,
// zero bits to the codeword boundary and the alternating pad codewords.
func (p symbolPlan) codewords(text string) []byte {
	w := bitWriter{buf: make([]byte, dataCodewords(p.version, p.level))}
	for _, s := range p.seg.segments {
		w.write(s.mode.indicator(), 4)
		w.write(uint32(s.end-s.start), p.class.countBits(s.mode))
		writeSegment(&w, s.mode, text[s.start:s.end])
	}
	// The terminator (four zero bits, or as many as fit) and the zero bits
	// to the codeword boundary are zeros already.
	for i, pad := (w.n+4+7)/8, byte(0xEC); i < len(w.buf); i++ {
		w.buf[i] = pad
		pad ^= 0xEC ^ 0x11
	}
	return w.buf
}

// writeSegment writes a segment's characters in its mode.
func writeSegment(w *bitWriter, m mode, s string) {
	switch m {
	case modeNumeric:
		for len(s) >= 3 {
			w.write(uint32(s[0]-'0')*100+uint32(s[1]-'0')*10+uint32(s[2]-'0'), 10)
			s = s[3:]
		}
		switch len(s) {
		case 2:
			w.write(uint32(s[0]-'0')*10+uint32(s[1]-'0'), 7)
		case 1:
			w.write(uint32(s[0]-'0'), 4)
		}
	case modeAlphanumeric:
		for len(s) >= 2 {
			w.write(uint32(alphanumericValue[s[0]]-1)*45+uint32(alphanumericValue[s[1]]-1), 11)
			s = s[2:]
		}
		if len(s) == 1 {
			w.write(uint32(alphanumericValue[s[0]]-1), 6)
		}
	default:
		for i := 0; i < len(s); i++ {
			w.write(uint32(s[i]), 8)
		}
	}
}
