//go:build amd64 || arm64

package main

import (
	"os"
	"os/exec"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// TestBuildHeapGetsHugePages: after backHeapWithHugePages, small objects
// allocated without collection (as a small build allocates them) lie in
// memory the kernel backs with huge pages, where it gives them at all
// (transparent_hugepage "always" or "madvise").
// It runs in a process of its own, as a build does: in the test binary's
// process, after other tests, the heap has room elsewhere and the small
// objects may land there.
func TestBuildHeapGetsHugePages(t *testing.T) {
	thp, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(thp), "[never]") {
		t.Skipf("the kernel gives no transparent huge pages (%q)", thp)
	}
	if os.Getenv("BROCHURE_HUGEPAGES_TEST") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBuildHeapGetsHugePages$", "-test.count=1")
		cmd.Env = append(os.Environ(), "BROCHURE_HUGEPAGES_TEST=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("in a process of its own: %v\n%s", err, out)
		}
		return
	}
	before := anonHugePages(t)
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	backHeapWithHugePages(16 << 20)
	debug.SetGCPercent(-1)
	keep := make([][]byte, 0, 1<<16)
	for range 1 << 16 {
		b := make([]byte, 96)
		b[0] = 1
		keep = append(keep, b)
	}
	if got := anonHugePages(t); got < before+2<<20 {
		t.Errorf("%d bytes in huge pages after 6 MB of small objects, %d before", got, before)
	}
	_ = keep[len(keep)-1]
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
