package main

import (
	"os"
	"runtime/debug"

	"brochure/content"
)

// memoryTuning says how the collector is set for the process: a
// command-line build allocates its pages once and exits (or, watching,
// rebuilds the same document), so the collector may run rarely: main lets
// the heap grow to five times what is live (GOGC 400), up to a soft limit
// sized to the document. A fixed limit would either waste memory on small
// brochures or, once the live heap of a long one reaches it, make the
// collector run without pause (965 pages under a 56 MB limit: 5.2 s
// instead of 1.7 s). serve runs for hours and holds every page drawn: the
// collector works as usual (GOGC 100), under the same soft limit.
type memoryTuning uint8

const (
	untuned   memoryTuning = iota // tests and library use keep Go's defaults
	oneBuild                      // build, check, watch: GOGC 400
	longLived                     // serve: GOGC 100
)

// tuning is set by main and serve.
var tuning = untuned

// Measured on the generated long documents (cmd/brochure/bench_test.go):
// a build holds some 10 MB whatever the document (parsed fonts,
// hyphenation trie, output profiles) and up to 28 bytes per byte of
// content at its peak (the layout; 27 at 1,768 pages, 18 at 444); image
// files are held about twice (read, then written). The line breaker
// holds all of one paragraph's nodes and its feasible breaks at once,
// some 140 bytes per byte of its text at their peak (a paragraph of
// 1 MB of hyphenated German: 82 MB of nodes, 58 MB of breaks); with
// less, the collector ran without pause as the paragraph was broken, and
// the build took twice the CPU time.
const (
	baseHeap             = 10 << 20
	heapPerContentByte   = 28
	heapPerParagraphByte = 150
	heapPerImageByte     = 2
	minMemoryLimit       = 48 << 20
)

// headroom is how far above the expected peak a one-shot build's limit
// lies, at most: the collector runs about once for every headroom of
// garbage once the live heap nears its peak. Measured at 1,768 pages
// (estimate 98 MB): a limit of 134 MB instead of twice the estimate
// (197 MB) keeps the process at 144 MB instead of 210 MB for 1.3 times
// the CPU (whole-process medians, interleaved); at 444 pages the limit
// is twice the estimate either way.
const headroom = 36 << 20

// limitMemory sets the collector's soft limit above the heap the build
// of doc is expected to hold at its peak: by the estimate itself, up to
// headroom, for a one-shot build, and for watch and serve by what their
// process keeps of the last build beside the new one (its layout and
// images; not a paragraph's nodes and breaks, which a Reuse keeps only
// for paragraphs of moderate length), at least 48 MB. A build expected
// to stay well inside the minimum limit (a brochure of a few dozen
// pages) does not collect at all until it reaches it: its garbage costs
// less than the collector's passes over it.
func (req buildRequest) limitMemory(doc *content.Document, contentSize int) {
	if tuning == untuned {
		return
	}
	layout := contentEstimate(int64(contentSize))
	for _, path := range doc.Files() {
		if path == doc.Source {
			continue // counted as content
		}
		if info, err := os.Stat(path); err == nil {
			layout += heapPerImageByte * info.Size()
		}
	}
	estimate := layout + heapPerParagraphByte*int64(doc.LongestParagraph())
	var carried int64
	if req.reuse != nil {
		carried = layout
	}
	debug.SetMemoryLimit(memoryLimit(estimate, carried))
	if tuning == oneBuild && uncollected(estimate) {
		debug.SetGCPercent(-1)
	}
}

// uncollected reports whether a one-shot build expected to hold estimate
// bytes at its peak stays well inside the minimum limit, at most half of
// it: it runs without collection (limitMemory).
func uncollected(estimate int64) bool { return 2*estimate <= minMemoryLimit }

// contentEstimate is the heap a build of content of contentSize bytes is
// expected to hold at its peak, as far as the content file's size tells
// (limitMemory adds its longest paragraph and its images).
func contentEstimate(contentSize int64) int64 {
	return baseHeap + heapPerContentByte*contentSize
}

// memoryLimit is the collector's soft limit for a build expected to hold
// estimate bytes at its peak; carried is what the process keeps of the
// last build beside it (watch, serve; 0 for a one-shot build): that, and
// the caches of compressed page streams and font programs up to their
// bounds, which outlive every build. Without the caches' room, a
// 500-page document under watch held some 60 MB live against a limit of
// 60 MB, and the collector ran without pause: 375 ms of CPU for an edit
// of one paragraph instead of some 90.
func memoryLimit(estimate, carried int64) int64 {
	room := min(estimate, headroom)
	if carried > 0 {
		room = carried + keptStreamBytes + keptFontBytes
	}
	return max(minMemoryLimit, estimate+room)
}
