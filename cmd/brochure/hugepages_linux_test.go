//go:build amd64 || arm64

package main

import (
	"os"
	"os/exec"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
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

// TestHugeHeapInitialisesFirst: package hugeheap's init, which advises
// huge pages for the heap, runs before any package of the program has
// allocated more than a few kilobytes (today: syscall and the packages it
// needs, some 4 KB), so that the heap the other packages' initialisation
// fills is advised (the runtime prints each package's init, in order,
// under GODEBUG=inittrace=1; this test binary initialises its packages as
// the command does).
func TestHugeHeapInitialisesFirst(t *testing.T) {
	const most = 16 << 10
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init (\S+) @.* (\d+) bytes, \d+ allocs$`)
	before := int64(0)
	for _, m := range line.FindAllSubmatch(out, -1) {
		if string(m[1]) == "brochure/cmd/brochure/hugeheap" {
			if before > most {
				t.Errorf("packages initialised before hugeheap allocated %d bytes, want at most %d", before, most)
			}
			return
		}
		n, _ := strconv.ParseInt(string(m[2]), 10, 64)
		before += n
	}
	t.Fatalf("no init of brochure/cmd/brochure/hugeheap in\n%s", out)
}

// TestCollapseUsedHeap: a 2 MB range written in 4 KB pages before it was
// advised (as the heap a build fills before limitMemory) is one huge page
// after collapseUsedHeap.
func TestCollapseUsedHeap(t *testing.T) {
	thp, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(thp), "[never]") {
		t.Skipf("the kernel gives no transparent huge pages (%q)", thp)
	}
	m, err := syscall.Mmap(-1, 0, 2*hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip(err)
	}
	defer syscall.Munmap(m)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(m)))
	start := (at + hugePage - 1) &^ (hugePage - 1)
	r := m[start-at:][:hugePage]
	// Written before the advice, in 4 KB pages (where the kernel gives
	// huge pages unasked, "always", they may be huge already).
	if err := syscall.Madvise(r, syscall.MADV_NOHUGEPAGE); err != nil {
		t.Skip(err)
	}
	for i := 0; i < len(r); i += 64 << 10 {
		r[i] = 1
	}
	if err := syscall.Madvise(r, syscall.MADV_HUGEPAGE); err != nil {
		t.Skip(err)
	}
	before := anonHugePages(t)
	collapseUsedHeap(start, start+hugePage/2)
	if got := anonHugePages(t); got < before+hugePage {
		t.Errorf("%d bytes in huge pages after collapsing 2 MB written in 4 KB pages, %d before", got, before)
	}
}
