package main

import (
	"testing"

	"brochure/assets"
)

// TestMemoryLimit: a one-shot build's limit lies at most headroom above
// its expected peak (a 2,000-page document stays under 150 MB), watch
// and serve keep room for what they carry of the last build and the
// bounds of their caches of page streams and font programs (80 MB), and
// no limit is below 48 MB.
func TestMemoryLimit(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		estimate, carried int64
		want              int64
	}{
		{98 * mb, 0, 134 * mb}, // largeContent(2000): 1,768 pages
		{98 * mb, 98 * mb, 276 * mb},
		{32 * mb, 0, 64 * mb}, // largeContent(500): 444 pages
		{32 * mb, 32 * mb, 144 * mb},
		{12 * mb, 0, minMemoryLimit},
		{160 * mb, 40 * mb, 280 * mb}, // a paragraph of 800 kB, not carried
	} {
		if got := memoryLimit(c.estimate, c.carried); got != c.want {
			t.Errorf("estimate %d MB, carried %d MB: limit %d MB, want %d MB", c.estimate/mb, c.carried/mb, got/mb, c.want/mb)
		}
	}
}

// TestUncollected: the example's build, judged by its content file's size
// alone, runs without collection; a
// 500-page document's does not; the line lies at half the minimum limit.
func TestUncollected(t *testing.T) {
	if !uncollected(contentEstimate(int64(len(assets.ExampleContent)))) {
		t.Error("the example is expected to collect")
	}
	if uncollected(contentEstimate(int64(len(largeContent(500))))) {
		t.Error("500 pages are expected not to collect")
	}
	if !uncollected(minMemoryLimit/2) || uncollected(minMemoryLimit/2+1) {
		t.Errorf("the line is not at half the minimum limit (%d bytes)", minMemoryLimit/2)
	}
}
