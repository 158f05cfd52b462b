package output

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf16"

	"brochure/layout/typeset"
)

// Helpers that append PDF syntax (ISO 32000-1, 7.3) to a byte slice.

// appendRef appends "n 0 R".
func appendRef(b []byte, n int) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, " 0 R"...)
}

// appendTextString appends a text string (7.9.2): plain ASCII as a
// literal string, anything else as UTF-16BE with a byte order mark in
// hexadecimal.
func appendTextString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			ascii = false
			break
		}
	}
	if ascii {
		return appendLiteral(b, s)
	}
	return appendUTF16Hex(b, s)
}

// appendLiteral appends a literal string, escaping what must be escaped.
func appendLiteral(b []byte, s string) []byte {
	b = append(b, '(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, `\r`...)
		case '\n':
			b = append(b, `\n`...)
		default:
			b = append(b, c)
		}
	}
	return append(b, ')')
}

// appendUTF16Hex encodes text as a PDF text string: UTF-16BE with a byte
// order mark, in hexadecimal.
func appendUTF16Hex(b []byte, s string) []byte {
	b = slices.Grow(b, len("<FEFF>")+4*len(s)) // at most four digits a byte of UTF-8
	b = append(b, "<FEFF"...)
	for _, r := range s {
		if r < 0x10000 { // one unit (a string gives no surrogate: invalid UTF-8 ranges as U+FFFD)
			b = appendHex4(b, uint16(r))
			continue
		}
		hi, lo := utf16.EncodeRune(r)
		b = appendHex4(appendHex4(b, uint16(hi)), uint16(lo))
	}
	return append(b, '>')
}

// appendName appends a name, escaping bytes outside the regular
// characters (7.3.5).
func appendName(b []byte, s string) []byte {
	b = append(b, '/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || c == '#' || isPDFDelimiter(c) {
			b = append(b, '#', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		b = append(b, c)
	}
	return b
}

func isPDFDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// pdfDate formats a time as a PDF date with its offset from UTC (7.9.4).
func pdfDate(t time.Time) string {
	_, offset := t.Zone()
	sign := byte('+')
	if offset < 0 {
		sign, offset = '-', -offset
	}
	b := []byte("D:" + t.Format("20060102150405"))
	b = append(b, sign)
	b = append(b, byte('0'+offset/36000), byte('0'+offset/3600%10), '\'')
	b = append(b, byte('0'+offset%3600/600), byte('0'+offset%3600/60%10), '\'')
	return string(b)
}

const hexDigits = "0123456789ABCDEF"

func appendHex4(b []byte, v uint16) []byte {
	return append(b, hexDigits[v>>12], hexDigits[v>>8&15], hexDigits[v>>4&15], hexDigits[v&15])
}

// appendNum appends a length in points with the precision PDF needs
// (1/10000 pt), without trailing zeros. It computes in integers, so every
// machine writes the same digits.
func appendNum(b []byte, v typeset.Scaled) []byte {
	// appendFixed(b, v, 65536), with the division a shift: for a
	// magnitude m = a·65536 + r, (m·10000 + 32768) / 65536 rounds as
	// appendFixed does, and is a·10000 + (r·10000 + 32768) / 65536, which
	// cannot overflow for any length (the magnitude is taken unsigned, so
	// the most negative one has one too).
	m := uint64(v)
	if v < 0 {
		m = uint64(-v)
	}
	q := (m>>16)*10000 + ((m&0xFFFF)*10000+32768)>>16 // in ten-thousandths
	if q == 0 {
		return append(b, '0')
	}
	if v < 0 {
		b = append(b, '-')
	}
	return appendTenThousandths(b, q)
}

// appendFixed appends num/den rounded to four decimals (half away from
// zero), without trailing zeros. The quotient is split into its whole
// and its remainder, so no product overflows for a denominator below
// 2⁴⁴ (lengths and font units use 65536 and 1000 or 2048).
func appendFixed(b []byte, num, den int64) []byte {
	neg := (num < 0) != (den < 0)
	n, d := uint64(num), uint64(den)
	if num < 0 {
		n = uint64(-num)
	}
	if den < 0 {
		d = uint64(-den)
	}
	q := n/d*10000 + (n%d*10000+d/2)/d // in ten-thousandths
	if q == 0 {
		return append(b, '0')
	}
	if neg {
		b = append(b, '-')
	}
	return appendTenThousandths(b, q)
}

// appendTenThousandths appends q/10000 for q > 0: the integer part, then
// the four decimals without trailing zeros.
func appendTenThousandths(b []byte, q uint64) []byte {
	whole, frac := q/10000, q%10000
	switch {
	case whole < 10:
		b = append(b, byte('0'+whole))
	case whole < 100:
		b = append(b, digitPairs[2*whole], digitPairs[2*whole+1])
	case whole < 1000:
		b = append(b, byte('0'+whole/100), digitPairs[2*(whole%100)], digitPairs[2*(whole%100)+1])
	default:
		b = strconv.AppendUint(b, whole, 10)
	}
	if frac == 0 {
		return b
	}
	hi, lo := frac/100, frac%100
	switch {
	case lo != 0 && lo%10 != 0:
		return append(b, '.', digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo], digitPairs[2*lo+1])
	case lo != 0:
		return append(b, '.', digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo])
	case hi%10 != 0:
		return append(b, '.', digitPairs[2*hi], digitPairs[2*hi+1])
	}
	return append(b, '.', digitPairs[2*hi])
}

// digitPairs are the two digits of each number below 100.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// appendFloat appends a real number from a file we copy, with at most
// five decimals and no exponent.
func appendFloat(b []byte, f float64) []byte {
	s := strconv.AppendFloat(nil, f, 'f', 5, 64)
	// Trim trailing zeros and a trailing point.
	n := len(s)
	for n > 0 && s[n-1] == '0' {
		n--
	}
	if n > 0 && s[n-1] == '.' {
		n--
	}
	if n == 0 || string(s[:n]) == "-0" || string(s[:n]) == "-" {
		return append(b, '0')
	}
	return append(b, s[:n]...)
}
