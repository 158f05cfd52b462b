package main

import "runtime"

// A rebuild of watch allocates about as much as the rebuild before it
// (a 500-page document: some 46 MB an edit of one paragraph), most of it
// garbage once the PDF is written; what stays live between rebuilds is
// the work carried to the next one (set paragraphs, kept sections, page
// streams: some 35 MB). Left to itself, the collector ran about once a
// rebuild, in the middle of one, marking the carried work together with
// the rebuild's half-made pages (some 52 MB) while the rebuild paid its
// write barriers and assists. Collecting once the rebuild is written,
// when only the carried work is live, marks the least there is to mark,
// off the path from a save to the written file, and leaves the next
// rebuild the room to run without collecting. Measured on the 500-page
// edit (BenchmarkEditOneParagraph/500pages/carried, which collects as
// watch does): one collection a rebuild, of 35 MB live, and 0.93 of the
// processor time a rebuild (median of 12 pairs of runs alternated with
// the collector left to itself, on a loaded machine). The example's
// rebuilds, far from the goal, are not collected more often.

// rebuildCollector decides after each rebuild of watch whether to
// collect before the next (collectBetween). Its zero value is ready; a
// nil one never collects.
type rebuildCollector struct {
	// allocs is the heap's total allocation when the last rebuild was
	// done.
	allocs uint64
	// read reads the heap (readHeap) and collect collects (runtime.GC);
	// tests replace them.
	read    func() heapState
	collect func()
}

// heapState is what the collector decision reads of the heap: the bytes
// its objects take (live ones and garbage not yet swept), the total ever
// allocated, and the size at which the collector aims to have finished
// its next cycle.
type heapState struct {
	objects, allocs, goal uint64
}

// rebuilt is called once a rebuild is written (or has failed): it
// collects when the next rebuild, allocating what this one did, would
// reach the collector's goal. Only while the process is tuned as one
// build (watch; serve collects as usual).
func (g *rebuildCollector) rebuilt() {
	if g == nil || tuning != oneBuild {
		return
	}
	read, collect := g.read, g.collect
	if read == nil {
		read = readHeap
	}
	if collect == nil {
		collect = runtime.GC
	}
	h := read()
	allocated := h.allocs - g.allocs
	g.allocs = h.allocs
	if collectBetween(h, allocated) {
		collect()
	}
}

// collectBetween reports whether a rebuild that allocates allocated bytes
// on a heap in state h would reach the collector's goal: it is then
// cheaper to collect before it, while only the carried work is live.
func collectBetween(h heapState, allocated uint64) bool {
	return h.goal > 0 && h.objects+allocated > h.goal
}

// readHeap reads the heap's state from the runtime's statistics (which
// stop the world for some microseconds: once a rebuild). Not from
// runtime/metrics, whose initialisation allocates before package
// hugeheap's advice (TestHugeHeapInitialisesFirst).
func readHeap() heapState {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return heapState{objects: m.HeapAlloc, allocs: m.TotalAlloc, goal: m.NextGC}
}
