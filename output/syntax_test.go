package output

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestAppendNum holds appendNum to the exact value of a length rounded
// to four decimals, halves away from zero, computed with big.Rat: lengths
// near zero, on both sides of rounding halves, and past the digits the
// fast path writes itself.
func TestAppendNum(t *testing.T) {
	var cases []int64
	for v := int64(-70000); v <= 70000; v += 7 {
		cases = append(cases, v)
	}
	for _, pt := range []int64{1, 9, 10, 99, 100, 595, 842, 999, 1000, 1234, 99999} {
		for d := int64(-40); d <= 40; d++ {
			cases = append(cases, pt*65536+d, -pt*65536+d, pt*65536+32768+d)
		}
	}
	for _, v := range []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 32768, 1 << 50, -(1 << 50) - 32767, 9.3e14, -9.3e14} {
		cases = append(cases, v, v+1, v-1)
	}
	for _, v := range cases {
		want := new(big.Rat).SetFrac64(v, 65536).FloatString(4)
		want = strings.TrimRight(strings.TrimRight(want, "0"), ".")
		if want == "-0" {
			want = "0"
		}
		if got := string(appendNum(nil, typeset.Scaled(v))); got != want {
			t.Fatalf("appendNum(%d) = %s, want %s", v, got, want)
		}
		if got := string(appendFixed(nil, v, 65536)); got != want {
			t.Fatalf("appendFixed(%d, 65536) = %s, want %s", v, got, want)
		}
	}
}

// TestAppendXrefEntry holds a cross-reference entry to its format: ten
// digits of offset, zero-padded, and twenty bytes in all.
func TestAppendXrefEntry(t *testing.T) {
	for _, offset := range []int64{0, 7, 15, 1234567, 9999999999} {
		got := string(appendXrefEntry(nil, offset))
		if want := fmt.Sprintf("%010d 00000 n \n", offset); got != want || len(got) != xrefEntry {
			t.Errorf("entry of %d: %q, want %q", offset, got, want)
		}
	}
}
