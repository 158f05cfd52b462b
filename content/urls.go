package content

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// asciiURL is the form of a web address that machines read: a link's /URI
// (7-bit ASCII, ISO 32000-1, 12.6.4.7) and the QR code. A host name with
// letters beyond ASCII becomes its IDNA form (bücher.example →
// xn--bcher-kva.example: lower case, NFC, punycode), and any other byte
// beyond ASCII — in the path, the query, the fragment — is
// percent-encoded as UTF-8. The printed address stays as written.
func asciiURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return percentEncode(raw)
	}
	if host, port := u.Hostname(), u.Port(); host != "" && !isASCII(host) {
		labels := strings.Split(host, ".")
		for i, l := range labels {
			if !isASCII(l) {
				labels[i] = "xn--" + punycode(norm.NFC.String(strings.ToLower(l)))
			}
		}
		u.Host = strings.Join(labels, ".")
		if port != "" {
			u.Host += ":" + port
		}
	}
	return percentEncode(u.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// percentEncode encodes every byte beyond printable ASCII.
func percentEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7F {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// punycode encodes a label's characters as RFC 3492 describes: the ASCII
// characters first, then, after a hyphen, the others as generalised
// variable-length integers of their insertion points.
func punycode(label string) string {
	const (
		base, tmin, tmax = 36, 1, 26
		skew, damp       = 38, 700
		initialBias      = 72
		initialN         = 128
	)
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	adapt := func(delta, points int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / points
		k := 0
		for delta > ((base-tmin)*tmax)/2 {
			delta /= base - tmin
			k += base
		}
		return k + (base-tmin+1)*delta/(delta+skew)
	}
	runes := []rune(label)
	var out []byte
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	basic := len(out)
	handled := basic
	if basic > 0 {
		out = append(out, '-')
	}
	n, delta, bias := initialN, 0, initialBias
	for handled < len(runes) {
		m := int(^uint(0) >> 1)
		for _, r := range runes {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (handled + 1)
		n = m
		for _, r := range runes {
			if int(r) < n {
				delta++
			}
			if int(r) != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := k - bias
				if t < tmin {
					t = tmin
				} else if t > tmax {
					t = tmax
				}
				if q < t {
					break
				}
				out = append(out, digit(t+(q-t)%(base-t)))
				q = (q - t) / (base - t)
			}
			out = append(out, digit(q))
			bias = adapt(delta, handled+1, handled == basic)
			delta = 0
			handled++
		}
		delta++
		n++
	}
	return string(out)
}
