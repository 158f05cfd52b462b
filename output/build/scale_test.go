package build

import (
	"brochure/assets"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLargeDocumentGrowsLinearly builds 100 and 400 pages: four times the
// pages may take at most five times as long (no quadratic step hides in
// pagination, the contents or the final pass).
func TestLargeDocumentGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several hundred pages")
	}
	// CPU time of this process, not the clock: the suite runs other
	// packages' tests beside this one, and a loaded machine stretches the
	// clock, not the work. The two sizes are built in turn, three times
	// each, and each keeps its best: a load that comes or goes while the
	// test runs then weighs on both, not on one of them.
	paths := map[int]string{}
	for _, pages := range []int{100, 400} {
		paths[pages] = filepath.Join(t.TempDir(), "content.toml")
		writeFile(t, paths[pages], []byte(repeatedSections(string(assets.ExampleContent), pages/6)))
	}
	best := map[int]float64{}
	built := map[int]int{}
	for i := 0; i < 3; i++ {
		for _, pages := range []int{100, 400} {
			before := processCPU(t)
			res, err := Run(Request{ContentPath: paths[pages], Edition: Print})
			if err != nil {
				t.Fatal(err)
			}
			built[pages] = res.Pages()
			if v := float64(processCPU(t) - before); best[pages] == 0 || v < best[pages] {
				best[pages] = v
			}
		}
	}
	small, smallPages := best[100], built[100]
	large, largePages := best[400], built[400]
	perPageSmall, perPageLarge := small/float64(smallPages), large/float64(largePages)
	t.Logf("%d pages: %.0f ms CPU (%.2f ms/page); %d pages: %.0f ms CPU (%.2f ms/page)", smallPages, small/1e6, perPageSmall/1e6, largePages, large/1e6, perPageLarge/1e6)
	if perPageLarge > 1.25*perPageSmall*1.3 {
		t.Errorf("time per page grows with the document: %.2f → %.2f ms/page", perPageSmall/1e6, perPageLarge/1e6)
	}
}

// processCPU is the CPU time this process has used.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
