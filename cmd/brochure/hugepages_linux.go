//go:build amd64 || arm64

package main

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// (with 4 KB pages); heapArena the size and alignment of the Go heap's
// arenas on 64-bit Linux, which is why only those build this file.
const (
	hugePage  = 2 << 20
	heapArena = 64 << 20
)

// backHeapWithHugePages asks the kernel to back the next n bytes of the
// heap with huge pages: it has the heap map n bytes more (one large
// allocation), advises huge pages for the region they lie in, collapses
// the part of it already written in 4 KB pages (collapseUsedHeap), and
// frees the block again, so the small objects the build allocates next
// are placed there. A build that collects no garbage writes every object to fresh
// memory, and on a virtual machine each 4 KB page's first write costs
// more than a build's work on it (some 2,200 page faults of the
// example's 2,750); a 2 MB page is one fault. Where the kernel gives no
// huge pages (or places the heap elsewhere) nothing changes but one
// collection of a small heap.
func backHeapWithHugePages(n int64) {
	n = (n + hugePage - 1) &^ (hugePage - 1)
	b := make([]byte, n)
	// From the start of the heap arena the block lies in (64 MB, all the
	// heap's), so the free pages before the block are advised too; to the
	// block's end. Advice only: an error leaves the kernel's default.
	at := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := at &^ (heapArena - 1)
	end := (at + uintptr(n) + hugePage - 1) &^ (hugePage - 1)
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_HUGEPAGE)
	collapseUsedHeap(start, at)
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}

// madvCollapse is Linux's MADV_COLLAPSE (since 6.1; older kernels refuse
// it, which changes nothing), not in package syscall.
const madvCollapse = 25

// collapseUsedHeap has the kernel turn the 2 MB ranges of the heap from
// start up to and including the one that holds free, the first byte of the
// block backHeapWithHugePages allocated, into huge pages. Ranges the
// program wrote before the advice (content parsing, fonts, and a range
// the heap grew into after package hugeheap's advice) are held in 4 KB
// pages, and the build's small objects fill their free rest first, one
// fault per 4 KB; a collapsed range costs none. Ranges not mapped, or
// already huge, are refused or skipped by the kernel: advice only.
func collapseUsedHeap(start, free uintptr) {
	for r := start; r <= free; r += hugePage {
		syscall.Syscall(syscall.SYS_MADVISE, r, hugePage, madvCollapse)
	}
}
