package typeset

// A paragraph's nodes are built in one slice. Grown by append, a long
// paragraph's slice is copied at every growth by a quarter, the old and
// the new array both live at the copy: a paragraph of 780 kB, some
// 700,000 nodes, held its nodes 2.25 times at the peak, and had
// allocated them five times over. Once its scratch is full past
// forecastFrom nodes, the builder instead forecasts the paragraph's
// nodes from those of the text read so far and grows the slice once to
// that, with a little room: the peak is then about the nodes themselves. A text whose later part has more nodes a byte than
// its beginning is forecast again when the room runs out.

// The room added to a forecast: a share of it (1/32), and at least
// forecastMinRoom nodes, which is also how near full the slice must be.
const (
	forecastShare   = 32
	forecastMinRoom = 64
)

// forecastFrom is how many nodes the builder grows by append before it
// forecasts: from fewer, a paragraph's beginning tells too little.
const forecastFrom = 1 << 10

// startText records that the builder starts a span of n bytes; total,
// set by newParagraph, is the bytes of all the paragraph's spans.
func (b *nodeBuilder) startText(n int) {
	b.read += b.spanLen
	b.spanLen = n
}

// makeRoom grows the paragraph's nodes, when nearly full and past
// forecastFrom, to the number forecast for the whole paragraph when at
// in the current span's text.
func (b *nodeBuilder) makeRoom(at int) {
	nodes := b.p.Nodes
	if cap(nodes)-len(nodes) >= forecastMinRoom || len(nodes) < forecastFrom {
		return
	}
	read := b.read + at
	if read <= 0 || read >= b.total {
		return
	}
	forecast := int(int64(len(nodes)) * int64(b.total) / int64(read))
	want := forecast + forecast/forecastShare + forecastMinRoom
	grown := make([]Node, len(nodes), want)
	copy(grown, nodes)
	b.p.Nodes = grown
}
