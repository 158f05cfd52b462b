// Package qrencode encodes text as a QR symbol (ISO/IEC 18004), module for
// module the symbol github.com/skip2/go-qrcode makes of the same text and
// error-correction level: the same data-mode segmentation, the same version,
// the same mask (go-qrcode's own penalty rules and its tie-breaking), the
// same four-module quiet zone and the same errors. It exists because
// go-qrcode spends most of its time allocating a fresh symbol for each of
// the eight masks and scoring it module by module; this encoder places the
// data once, masks and scores whole rows and columns as bit sets (three
// 64-bit words a line), and makes about a dozen allocations per symbol:
// about 14 times less CPU than go-qrcode on the brochure's addresses.
//
// One file per step: segments.go (data modes), codewords.go (version
// choice and bit stream), reedsolomon.go, placement.go (function patterns
// and data), format.go, mask.go (masks and the choice among them),
// lines.go and penalty.go (scoring).
//
// go-qrcode remains the reference: the package's tests compare the two on
// random texts of every version and mask.
package qrencode

import "errors"

// Level is an error-correction level.
type Level uint8

// The four error-correction levels, recovering about 7, 15, 25 and 30 % of
// the codewords (go-qrcode's Low, Medium, High and Highest).
const (
	LevelL Level = iota
	LevelM
	LevelQ
	LevelH
)

// The errors Encode returns; their texts are go-qrcode's.
var (
	// ErrNoData: the text is empty.
	ErrNoData = errors.New("no data to encode")
	// ErrSegmentTooLong: a run of the text is longer than a character
	// count indicator can state, even in the largest versions.
	ErrSegmentTooLong = errors.New("length too long to be represented")
	// ErrTooLong: the text does not fit the largest version at the level.
	ErrTooLong = errors.New("content too long to encode")
	// ErrLevel: the level is none of the four.
	ErrLevel = errors.New("qrencode: unknown error-correction level")
)

// Encode returns the symbol of text at the given level as rows of modules,
// true for dark, including a quiet zone of four light modules on each
// side.
func Encode(text string, level Level) ([][]bool, error) {
	if level > LevelH {
		return nil, ErrLevel
	}
	p, err := plan(text, level)
	if err != nil {
		return nil, err
	}
	data := p.codewords(text)
	all := interleave(data, p.version, level)
	g := newGrid(p.version)
	g.placeData(all)
	return bitmap(g.bestMask(level)), nil
}
