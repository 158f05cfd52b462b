package pdfread

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/ascii85"
	"fmt"
	"io"

	"golang.org/x/image/tiff/lzw"
)

// ImageFilters are filters whose output is image data, not bytes a program
// reads: streams with them are copied as they are, never decoded here.
var ImageFilters = map[Name]bool{"DCTDecode": true, "JPXDecode": true, "CCITTFaxDecode": true, "JBIG2Decode": true}

// Filters returns a stream's filter names and their parameters, in the
// order they apply.
func (f *File) Filters(s *Stream) ([]Name, []Dict) {
	var names []Name
	var params []Dict
	switch v := f.resolveQuiet(s.Dict["Filter"]).(type) {
	case Name:
		names = []Name{v}
	case Array:
		for _, e := range v {
			if n, ok := f.resolveQuiet(e).(Name); ok {
				names = append(names, n)
			}
		}
	}
	switch v := f.resolveQuiet(s.Dict["DecodeParms"]).(type) {
	case Dict:
		params = []Dict{v}
	case Array:
		for _, e := range v {
			d, _ := f.resolveQuiet(e).(Dict)
			params = append(params, d)
		}
	}
	for len(params) < len(names) {
		params = append(params, nil)
	}
	return names, params
}

func (f *File) resolveQuiet(o Object) Object {
	v, err := f.Resolve(o)
	if err != nil {
		return nil
	}
	return v
}

// Decode returns a stream's data with its filters undone. Image filters
// (DCT, JPX, CCITT, JBIG2) are not decoded: asking for them is
// ErrUnsupported. All decoding of one file together stays within the
// file's decompression budget.
func (f *File) Decode(s *Stream) ([]byte, error) {
	names, params := f.Filters(s)
	data := s.Raw
	for i, name := range names {
		budget := f.limits.Decompressed - f.decoded
		if budget <= 0 {
			return nil, &Error{Kind: ErrBudget, Offset: -1, Detail: fmt.Sprintf("more than %d MB", f.limits.Decompressed>>20)}
		}
		var out []byte
		var err error
		switch name {
		case "FlateDecode", "Fl":
			var cut bool
			out, cut, err = inflate(data, budget)
			if cut {
				f.cutStreams++
			}
		case "LZWDecode", "LZW":
			early := int64(1)
			if params[i] != nil {
				if e, ok := params[i]["EarlyChange"].(int64); ok {
					early = e
				}
			}
			if early == 0 {
				return nil, &Error{Kind: ErrUnsupported, Offset: -1, Detail: "LZW without early change"}
			}
			out, err = bounded(lzw.NewReader(bytes.NewReader(data), lzw.MSB, 8), budget)
		case "ASCIIHexDecode", "AHx":
			out, err = asciiHex(data)
		case "ASCII85Decode", "A85":
			out, err = ascii85Decode(data, budget)
		case "RunLengthDecode", "RL":
			out, err = runLength(data, budget)
		default:
			return nil, &Error{Kind: ErrUnsupported, Offset: -1, Detail: fmt.Sprintf("filter %s", name)}
		}
		if err != nil {
			return nil, err
		}
		f.decoded += int64(len(out))
		if name == "FlateDecode" || name == "Fl" || name == "LZWDecode" || name == "LZW" {
			if out, err = unpredict(out, params[i]); err != nil {
				return nil, err
			}
		}
		data = out
	}
	return data, nil
}

// bounded reads r to its end, failing when it yields more than budget bytes.
func bounded(r io.Reader, budget int64) ([]byte, error) {
	out, _, err := boundedCut(r, budget)
	return out, err
}

// boundedCut is bounded, also telling whether the data ended early (what
// came out is kept, as viewers do).
func boundedCut(r io.Reader, budget int64) (out []byte, cut bool, err error) {
	out, err = io.ReadAll(io.LimitReader(r, budget+1))
	if int64(len(out)) > budget {
		return nil, false, &Error{Kind: ErrBudget, Offset: -1, Detail: "a stream inflates past the budget"}
	}
	if err != nil && err != io.ErrUnexpectedEOF && len(out) == 0 {
		return nil, false, damaged(-1, "stream data cannot be decoded: %v", err)
	}
	return out, err != nil, nil
}

// inflate undoes Flate; a missing zlib header or a truncated end is
// tolerated as viewers do (cut tells the second), but never more than
// budget bytes come out.
func inflate(data []byte, budget int64) (out []byte, cut bool, err error) {
	if z, zerr := zlib.NewReader(bytes.NewReader(data)); zerr == nil {
		out, cut, err = boundedCut(z, budget)
		if err == nil || !isDamage(err) {
			return out, cut, err
		}
	}
	return boundedCut(flate.NewReader(bytes.NewReader(data)), budget)
}

func isDamage(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Kind == ErrDamaged
}

func asciiHex(data []byte) ([]byte, error) {
	out := make([]byte, 0, len(data)/2)
	var hi byte
	half := false
	for _, c := range data {
		if c == '>' {
			break
		}
		if isWhite(c) {
			continue
		}
		v, ok := unhexDigit(c)
		if !ok {
			return nil, damaged(-1, "bad ASCIIHex data")
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return out, nil
}

func ascii85Decode(data []byte, budget int64) ([]byte, error) {
	if i := bytes.Index(data, []byte("~>")); i >= 0 {
		data = data[:i]
	}
	data = bytes.TrimPrefix(bytes.TrimSpace(data), []byte("<~"))
	return bounded(ascii85.NewDecoder(bytes.NewReader(data)), budget)
}

func runLength(data []byte, budget int64) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			if i+n+1 > len(data) {
				return nil, damaged(-1, "truncated RunLength data")
			}
			out = append(out, data[i:i+n+1]...)
			i += n + 1
		default:
			if i >= len(data) {
				return nil, damaged(-1, "truncated RunLength data")
			}
			for k := 0; k < 257-n; k++ {
				out = append(out, data[i])
			}
			i++
		}
		if int64(len(out)) > budget {
			return nil, &Error{Kind: ErrBudget, Offset: -1, Detail: "a stream expands past the budget"}
		}
	}
	return out, nil
}

// unpredict undoes a PNG (10–15) or TIFF (2) predictor.
func unpredict(data []byte, params Dict) ([]byte, error) {
	if params == nil {
		return data, nil
	}
	pred, _ := params["Predictor"].(int64)
	if pred <= 1 {
		return data, nil
	}
	colors, bpc, columns := int64(1), int64(8), int64(1)
	if v, ok := params["Colors"].(int64); ok {
		colors = v
	}
	if v, ok := params["BitsPerComponent"].(int64); ok {
		bpc = v
	}
	if v, ok := params["Columns"].(int64); ok {
		columns = v
	}
	if colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns < 1 || columns > 1<<20 {
		return nil, damaged(-1, "bad predictor parameters")
	}
	bpp := int((colors*bpc + 7) / 8)
	rowLen := int((colors*bpc*columns + 7) / 8)
	if pred == 2 {
		if bpc != 8 {
			return nil, &Error{Kind: ErrUnsupported, Offset: -1, Detail: "TIFF predictor with other than 8 bits"}
		}
		for r := 0; r+rowLen <= len(data); r += rowLen {
			row := data[r : r+rowLen]
			for i := bpp; i < len(row); i++ {
				row[i] += row[i-bpp]
			}
		}
		return data, nil
	}
	out := make([]byte, 0, len(data))
	prev := make([]byte, rowLen)
	for r := 0; r < len(data); r += rowLen + 1 {
		if r+1 > len(data) {
			break
		}
		kind := data[r]
		end := min(r+1+rowLen, len(data))
		row := make([]byte, rowLen)
		copy(row, data[r+1:end])
		for i := range row {
			var left, upLeft byte
			if i >= bpp {
				left, upLeft = row[i-bpp], prev[i-bpp]
			}
			up := prev[i]
			switch kind {
			case 1:
				row[i] += left
			case 2:
				row[i] += up
			case 3:
				row[i] += byte((int(left) + int(up)) / 2)
			case 4:
				row[i] += paeth(left, up, upLeft)
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
