package qrencode

// Format and version information, BCH-coded.

// formatBits returns the 15 format information bits for a level and mask:
// the level's two bits and the mask's three, their BCH(15,5) check bits
// (generator 0x537), masked with 0x5412.
func formatBits(level Level, mask int) uint32 {
	levelBits := [...]uint32{1, 0, 3, 2}[level]
	d := levelBits<<3 | uint32(mask)
	r := d << 10
	for i := 14; i >= 10; i-- {
		if r>>uint(i)&1 != 0 {
			r ^= 0x537 << uint(i-10)
		}
	}
	return (d<<10 | r) ^ 0x5412
}

// versionBits returns the 18 version information bits: the version's six
// bits and their BCH(18,6) check bits (generator 0x1F25).
func versionBits(version int) uint32 {
	d := uint32(version)
	r := d << 12
	for i := 17; i >= 12; i-- {
		if r>>uint(i)&1 != 0 {
			r ^= 0x1F25 << uint(i-12)
		}
	}
	return d<<12 | r
}

// formatPositions returns where format bit i goes, twice: [i][0] beside
// the upper-left finder, [i][1] split between the other two, as (x, y).
func formatPositions(n int) [15][2][2]int {
	var p [15][2][2]int
	for i := 0; i < 15; i++ {
		switch {
		case i < 6:
			p[i][0] = [2]int{8, i}
		case i < 8:
			p[i][0] = [2]int{8, i + 1}
		case i == 8:
			p[i][0] = [2]int{7, 8}
		default:
			p[i][0] = [2]int{14 - i, 8}
		}
		if i < 8 {
			p[i][1] = [2]int{n - 1 - i, 8}
		} else {
			p[i][1] = [2]int{8, n - 15 + i}
		}
	}
	return p
}
