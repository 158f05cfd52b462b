package qrencode

import (
	"strings"
	"testing"
)

// TestAlphanumericValue: the generated table maps each of the alphanumeric
// mode's 45 characters to its value plus one (ISO/IEC 18004 table 5) and
// every other byte to 0.
func TestAlphanumericValue(t *testing.T) {
	const set = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
	for b := range 256 {
		want := strings.IndexByte(set, byte(b)) + 1
		if got := int(alphanumericValue[b]); got != want {
			t.Errorf("byte %q: %d, want %d", byte(b), got, want)
		}
	}
}
