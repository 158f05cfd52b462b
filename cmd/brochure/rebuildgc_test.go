package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"brochure/assets"
	"brochure/output/build"
)

// TestCollectBetween: a rebuild that would reach the collector's goal is
// collected before (the 500-page edit: 81 MB held, 46 MB allocated
// against a goal of 110 MB); one that stays below it is not (the
// example: 20 MB held, 1.4 MB allocated), nor any while the goal is not
// known.
func TestCollectBetween(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		h         heapState
		allocated uint64
		want      bool
	}{
		{heapState{objects: 81 * mb, goal: 110 * mb}, 46 * mb, true},
		{heapState{objects: 35 * mb, goal: 110 * mb}, 46 * mb, false},
		{heapState{objects: 20 * mb, goal: 86 * mb}, 14 * mb / 10, false},
		{heapState{objects: 85 * mb, goal: 86 * mb}, 14 * mb / 10, true},
		{heapState{objects: 81 * mb}, 46 * mb, false},
	} {
		if got := collectBetween(c.h, c.allocated); got != c.want {
			t.Errorf("%d MB held, %d MB allocated, goal %d MB: collect %v, want %v", c.h.objects/mb, c.allocated/mb, c.h.goal/mb, got, c.want)
		}
	}
}

// TestRebuiltCollects: after each rebuild watch's collector weighs what
// that rebuild allocated (the allocation since the rebuild before) and
// collects when the next would reach the goal; not while the process is
// tuned otherwise (serve, tests), and a nil collector never does.
func TestRebuiltCollects(t *testing.T) {
	const mb = 1 << 20
	was := tuning
	defer func() { tuning = was }()
	tuning = oneBuild
	var h heapState
	collected := 0
	g := &rebuildCollector{read: func() heapState { return h }, collect: func() { collected++ }}
	for k, c := range []struct {
		objects, allocs uint64
		want            int
	}{
		{60 * mb, 100 * mb, 1}, // the first build: all allocated so far counts
		{40 * mb, 110 * mb, 1}, // 10 MB allocated: room for the next
		{81 * mb, 156 * mb, 2}, // 46 MB allocated: 127 MB would pass 110
		{81 * mb, 202 * mb, 3},
	} {
		h = heapState{objects: c.objects, allocs: c.allocs, goal: 110 * mb}
		g.rebuilt()
		if collected != c.want {
			t.Fatalf("rebuild %d: %d collections, want %d", k, collected, c.want)
		}
	}
	tuning = longLived
	g.rebuilt()
	var none *rebuildCollector
	none.rebuilt()
	if collected != 3 {
		t.Errorf("serve's process or a nil collector collected: %d collections, want 3", collected)
	}
}

// TestWatchCollectsBetweenRebuilds: watch hands each written build to
// its collector before it reports the build done.
func TestWatchCollectsBetweenRebuilds(t *testing.T) {
	was := tuning
	defer func() { tuning = was }()
	tuning = oneBuild
	dir := t.TempDir()
	contentPath := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(contentPath, assets.ExampleContent, 0o644); err != nil {
		t.Fatal(err)
	}
	collected := 0
	full := func() heapState { return heapState{objects: 2, goal: 1} } // any rebuild would reach the goal
	req := buildRequest{contentPath: contentPath, outPath: filepath.Join(dir, "content.pdf"), edition: build.Print, outputCondition: "FOGRA39",
		collector: &rebuildCollector{read: full, collect: func() { collected++ }}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	built := make(chan error, 1)
	done := make(chan error, 1)
	go func() { done <- watch(ctx, req, io.Discard, built) }()
	select {
	case err := <-built:
		if err != nil {
			t.Fatalf("the build failed: %v", err)
		}
	case <-time.After(followWait):
		t.Fatalf("no build within %v", followWait)
	}
	if collected != 1 {
		t.Errorf("%d collections after the first build, want 1", collected)
	}
	cancel()
	<-done
}
