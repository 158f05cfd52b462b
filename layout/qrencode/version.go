package qrencode

// Versions run from 1 (21 × 21 modules) to 40 (177 × 177). These tables
// are the standard's (ISO/IEC 18004:2015, table 9), indexed by level and
// version; index 0 is unused.

const maxVersion = 40

// ecPerBlock is the number of error-correction codewords in each block.
var ecPerBlock = [4][maxVersion + 1]uint8{
	{0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	{0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
	{0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	{0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
}

// numBlocks is the number of blocks the codewords are split into.
var numBlocks = [4][maxVersion + 1]uint8{
	{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
	{0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
	{0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
	{0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
}

// symbolSize is the width of a version's symbol in modules, without the
// quiet zone.
func symbolSize(version int) int { return 17 + 4*version }

// numAlignments is the number of alignment pattern centres along each axis
// (0 for version 1).
func numAlignments(version int) int {
	if version == 1 {
		return 0
	}
	return version/7 + 2
}

// rawModules is the number of modules left for codewords and remainder
// bits once the function patterns are drawn.
func rawModules(version int) int {
	n := symbolSize(version)
	m := n*n - 3*64 - 2*(n-16) - 31 // finders with separators, timing, format and dark module
	if a := numAlignments(version); a > 0 {
		m -= 25 * (a*a - 3) // alignment patterns off the finder corners
		m += 10 * (a - 2)   // those on the timing lines share five modules each with them
	}
	if version >= 7 {
		m -= 36 // two version information blocks
	}
	return m
}

// totalCodewords is the number of codewords, data and error correction.
func totalCodewords(version int) int { return rawModules(version) / 8 }

// dataCodewords is the number of data codewords at a level.
func dataCodewords(version int, level Level) int {
	return totalCodewords(version) - int(ecPerBlock[level][version])*int(numBlocks[level][version])
}

// alignmentCentres returns the coordinates of the alignment pattern
// centres along either axis, in ascending order, into dst.
func alignmentCentres(version int, dst []int) []int {
	a := numAlignments(version)
	if a == 0 {
		return dst[:0]
	}
	step := 26
	if version != 32 {
		// The centres after the first are evenly spaced by an even step,
		// ending 7 modules before the far edge.
		step = (4*version + 2*a + 1) / (2*a - 2) * 2
	}
	dst = append(dst[:0], 6)
	last := symbolSize(version) - 7
	for i := a - 2; i >= 0; i-- {
		dst = append(dst, last-i*step)
	}
	return dst
}
