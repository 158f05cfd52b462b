package qrencode

// Reed–Solomon error correction over GF(256) with the QR polynomial
// x⁸ + x⁴ + x³ + x² + 1 (0x11D), by log and antilog tables. The generator
// of degree n is (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).

// gfTables holds the antilogarithms (doubled, so that a sum of two
// logarithms needs no reduction) and the logarithms of GF(256). The
// table, gf, is generated (tables_gen.go, by assets/gen/qrtables).
type gfTables struct {
	exp [512]byte
	log [256]byte
}

// gfMul multiplies two field elements.
func gfMul(a, b byte) byte {
	if a == 0 || b == 0 {
		return 0
	}
	return gf.exp[int(gf.log[a])+int(gf.log[b])]
}

// generatorLogs returns the coefficients of the generator of degree n,
// highest first and without the leading 1, as logarithms (none is zero).
func generatorLogs(n int) []byte {
	// g holds the product so far right-aligned, its leading 1 included:
	// it starts as the polynomial 1. Each factor moves the product one
	// place left, and after the n-th the leading 1 has moved out.
	g := make([]byte, n)
	g[n-1] = 1
	root := byte(1)
	for i := 0; i < n; i++ {
		// g·(x + root): each coefficient takes root times itself plus the
		// coefficient below it.
		for j := 0; j < n; j++ {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	for j := range g {
		g[j] = gf.log[g[j]]
	}
	return g
}

// rsRemainder writes the error-correction codewords of data, the
// remainder of data·xⁿ divided by the generator, into ec (len n).
func rsRemainder(data []byte, genLogs []byte, ec []byte) {
	clear(ec)
	last := len(ec) - 1
	for _, d := range data {
		f := d ^ ec[0]
		copy(ec, ec[1:])
		ec[last] = 0
		if f == 0 {
			continue
		}
		lf := int(gf.log[f])
		for i, g := range genLogs {
			ec[i] ^= gf.exp[lf+int(g)]
		}
	}
}

// interleave splits the data codewords into the version's blocks, appends
// each block's error correction, and returns the codewords in the order
// they are placed: the data codewords column by column across the blocks,
// then the error-correction codewords likewise.
func interleave(data []byte, version int, level Level) []byte {
	nb := int(numBlocks[level][version])
	nec := int(ecPerBlock[level][version])
	total := totalCodewords(version)
	short := total/nb - nec // data codewords in a short block
	numShort := nb - total%nb
	out := make([]byte, total+nb*nec)
	ecs, out := out[total:], out[:total]
	gen := generatorLogs(nec)
	start := 0
	for b := 0; b < nb; b++ {
		n := short
		if b >= numShort {
			n++
		}
		block := data[start : start+n]
		ec := ecs[b*nec : (b+1)*nec]
		rsRemainder(block, gen, ec)
		for i, c := range block {
			// Codeword i of block b: after i full columns (short ones
			// lack the last), b blocks into the column.
			pos := i*nb + b
			if i == short {
				pos = short*nb + b - numShort
			}
			out[pos] = c
		}
		for i, c := range ec {
			out[len(data)+i*nb+b] = c
		}
		start += n
	}
	return out
}
