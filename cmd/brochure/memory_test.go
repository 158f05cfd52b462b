package main

import "testing"

// TestMemoryLimit: a one-shot build's limit lies at most headroom above
// its expected peak (a 2,000-page document stays under 150 MB), watch
// and serve keep twice the estimate, and no limit is below 48 MB.
func TestMemoryLimit(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		estimate int64
		carried  bool
		want     int64
	}{
		{98 * mb, false, 134 * mb}, // largeContent(2000): 1,768 pages
		{98 * mb, true, 196 * mb},
		{32 * mb, false, 64 * mb}, // largeContent(500): 444 pages
		{32 * mb, true, 64 * mb},
		{12 * mb, false, minMemoryLimit},
	} {
		if got := memoryLimit(c.estimate, c.carried); got != c.want {
			t.Errorf("estimate %d MB, carried %v: limit %d MB, want %d MB", c.estimate/mb, c.carried, got/mb, c.want/mb)
		}
	}
}
