package pdftest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestParseNumberIsParseFloat: parseNumber gives strconv.ParseFloat's
// float64, bit for bit (the sign of zero included), and its error or
// none, for the numbers MuPDF writes (random values with up to 15
// digits, at every count of decimals), for those past its quick path (16
// digits and more, exponents, a plus sign, hexadecimal, infinities) and
// for malformed ones.
func TestParseNumberIsParseFloat(t *testing.T) {
	cases := []string{"0", "-0", "0.0", "-0.000", "1", "-1", "1.", ".5", "-.5", "007.250", "595.27559", "-12.5",
		"842.0", "0.1", "0.3", "2.675", "999999999999999", "9999999999999999", "0.123456789012345",
		"0.1234567890123456", "123456789.123456", "1e3", "3e1", "-2.5E-3", "+1", "0x1p-2", "inf", "-Inf", "NaN",
		"", "-", ".", "-.", "1.2.3", "1-2", "1,5", " 1", "1 ", "--1", "١"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		digits := 1 + r.IntN(17)
		m := r.Int64N(int64(math.Pow10(min(digits, 18))))
		s := strconv.FormatInt(m, 10)
		if frac := r.IntN(len(s) + 2); frac > 0 && frac <= len(s) {
			s = s[:len(s)-frac] + "." + s[len(s)-frac:]
		}
		if r.IntN(2) == 0 {
			s = "-" + s
		}
		cases = append(cases, s, fmt.Sprintf("%.*f", r.IntN(7), r.Float64()*2000-1000))
	}
	for _, s := range cases {
		got, gotErr := parseNumber(s)
		want, wantErr := strconv.ParseFloat(s, 64)
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) ||
			fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("parseNumber(%q) = %v (%x), %v; ParseFloat %v (%x), %v", s, got, math.Float64bits(got), gotErr,
				want, math.Float64bits(want), wantErr)
		}
	}
}
