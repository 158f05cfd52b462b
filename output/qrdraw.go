package output

import "brochure/layout/typeset"

// qrCode draws the dark modules as rectangles, merging horizontal runs
// into one rectangle each, and fills them in one operation. A code draws
// hundreds of rectangles from a few numbers — its columns' x, its rows' y,
// the runs' widths and the module's height — so each is written out once
// (qrNumbers) and copied where it recurs; the bytes are those px, py and
// num write (the same mapping to user space, geometry.userX and userY).
func (d *document) qrCode(q *typeset.QRCode) {
	d.fill(q.Colour)
	var key qrKey
	if len(q.Modules) > 0 {
		key = qrKey{modules: &q.Modules[0], rows: len(q.Modules), module: q.Module, x: d.geo.userX(q.X), y: d.geo.userY(q.Y)}
		if ops, ok := d.streams.qrOps(key); ok { // drawn so before (StreamCache)
			d.cs.buf = append(d.cs.buf, ops...)
			d.cs.op("f")
			return
		}
	}
	start := len(d.cs.buf)
	var xs, ws qrNumbers
	height := append(appendNum(nil, q.Module), " re\n"...)
	var y []byte
	buf := d.cs.buf
	for row, cols := range q.Modules {
		y = y[:0] // the row's y, written at its first run
		for col := 0; col < len(cols); {
			if !cols[col] {
				col++
				continue
			}
			end := col
			for end < len(cols) && cols[end] {
				end++
			}
			if len(y) == 0 {
				y = append(appendNum(y, d.geo.userY(q.Y+typeset.Scaled(row+1)*q.Module)), ' ')
			}
			buf = append(buf, xs.get(col, d.geo.userX(q.X+typeset.Scaled(col)*q.Module))...)
			buf = append(buf, y...)
			buf = append(buf, ws.get(end-col, typeset.Scaled(end-col)*q.Module)...)
			buf = append(buf, height...)
			col = end
		}
	}
	d.cs.buf = buf
	if len(q.Modules) > 0 {
		d.streams.keepQR(key, buf[start:])
	}
	d.cs.op("f")
}

// qrNumbers are numbers written out for a content stream, each with the
// space after it, by a small index (a column, a run's length), each
// written once.
type qrNumbers struct {
	text []byte
	at   [][2]int32 // text[at[i][0]:at[i][1]] is number i; {0, 0}: not yet written
}

// get returns number i, whose value is v, writing it the first time.
func (n *qrNumbers) get(i int, v typeset.Scaled) []byte {
	for len(n.at) <= i {
		n.at = append(n.at, [2]int32{})
	}
	if n.at[i] == [2]int32{} {
		start := len(n.text)
		n.text = append(appendNum(n.text, v), ' ')
		n.at[i] = [2]int32{int32(start), int32(len(n.text))}
	}
	return n.text[n.at[i][0]:n.at[i][1]]
}
