package pageimage

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCanvasGetsHugePages: a large page's canvas, once filled white, lies
// in transparent huge pages where the kernel gives them only on request
// (under "always" it would anyway, and the test could not fail). It runs
// in a process of its own, whose heap has not yet touched the memory the
// canvas gets.
func TestCanvasGetsHugePages(t *testing.T) {
	thp, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(thp), "[madvise]") {
		t.Skipf("the kernel gives huge pages not only on request (%q)", thp)
	}
	if os.Getenv("PAGEIMAGE_HUGEPAGES_TEST") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCanvasGetsHugePages$", "-test.count=1")
		cmd.Env = append(os.Environ(), "PAGEIMAGE_HUGEPAGES_TEST=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("in a process of its own: %v\n%s", err, out)
		}
		return
	}
	before := anonHugePages(t)
	c := newCanvas(4000, 6000) // 96 MB, some 290 dpi on A4
	if got := anonHugePages(t); got < before+32<<20 {
		t.Errorf("%d bytes in huge pages after a 96 MB canvas was filled, %d before", got, before)
	}
	_ = c.img.Pix[len(c.img.Pix)-1]
}

// anonHugePages is the process's memory in transparent huge pages.
func anonHugePages(t *testing.T) int64 {
	t.Helper()
	data, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skip(err)
	}
	m := regexp.MustCompile(`AnonHugePages:\s+(\d+) kB`).FindSubmatch(data)
	if m == nil {
		t.Skip("no AnonHugePages in smaps_rollup")
	}
	kb, _ := strconv.ParseInt(string(m[1]), 10, 64)
	return kb << 10
}
