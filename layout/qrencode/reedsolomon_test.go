package qrencode

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/skip2/go-qrcode/bitset"
	"github.com/skip2/go-qrcode/reedsolomon"
)

// TestReedSolomonStandardExample: the standard's worked example (ISO/IEC
// 18004, annex I: "01234567" as version 1-M) has these data and
// error-correction codewords.
func TestReedSolomonStandardExample(t *testing.T) {
	p, err := plan("01234567", LevelM)
	if err != nil || p.version != 1 {
		t.Fatalf("plan: version %d, %v", p.version, err)
	}
	data := p.codewords("01234567")
	wantData := []byte{0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11}
	if !bytes.Equal(data, wantData) {
		t.Errorf("data codewords % X, want % X", data, wantData)
	}
	ec := make([]byte, 10)
	rsRemainder(data, generatorLogs(10), ec)
	wantEC := []byte{0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55}
	if !bytes.Equal(ec, wantEC) {
		t.Errorf("error correction % X, want % X", ec, wantEC)
	}
}

// TestReedSolomonOracle compares the error correction of random blocks,
// for every block length the versions use, with go-qrcode's.
func TestReedSolomonOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	degrees := map[int]bool{}
	for level := range ecPerBlock {
		for v := 1; v <= maxVersion; v++ {
			degrees[int(ecPerBlock[level][v])] = true
		}
	}
	for n := range degrees {
		gen := generatorLogs(n)
		for k := 0; k < 5; k++ {
			data := make([]byte, 1+r.IntN(120))
			for i := range data {
				data[i] = byte(r.IntN(256))
			}
			ec := make([]byte, n)
			rsRemainder(data, gen, ec)
			b := bitset.New()
			b.AppendBytes(data)
			want := reedsolomon.Encode(b, n).Substr(8*len(data), 8*(len(data)+n))
			for i := range ec {
				if want.ByteAt(8*i) != ec[i] {
					t.Fatalf("degree %d, %d data bytes: codeword %d is %02X, go-qrcode's %02X", n, len(data), i, ec[i], want.ByteAt(8*i))
				}
			}
		}
	}
}

// TestGaloisField: α generates the 255 non-zero elements, log and exp
// are inverse, and exp repeats itself once.
func TestGaloisField(t *testing.T) {
	seen := map[byte]bool{}
	for i := 0; i < 255; i++ {
		x := gf.exp[i]
		if seen[x] || x == 0 || int(gf.log[x]) != i {
			t.Fatalf("α^%d = %d breaks the field", i, x)
		}
		seen[x] = true
		if gf.exp[i+255] != x {
			t.Fatalf("the second half of exp differs at α^%d", i)
		}
	}
	if gfMul(0x80, 2) != 0x1D || gfMul(0, 7) != 0 {
		t.Error("multiplication does not reduce by 0x11D")
	}
}
