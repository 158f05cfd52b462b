package output

import "testing"

// TestASCIIURI: a link's /URI keeps printable ASCII as written and
// percent-encodes spaces, controls and every byte of a non-ASCII
// character, wherever they stand.
func TestASCIIURI(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a?b=c":    "https://example.org/a?b=c",
		"https://example.org/Straße 1": "https://example.org/Stra%C3%9Fe%201",
		"ü":                            "%C3%BC",
		"https://example.org/x\x7f":    "https://example.org/x%7F",
		"":                             "",
	} {
		if got := asciiURI(in); got != want {
			t.Errorf("asciiURI(%q) = %q, want %q", in, got, want)
		}
	}
}
