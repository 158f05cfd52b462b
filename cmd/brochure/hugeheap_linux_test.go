//go:build amd64 || arm64

package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

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
