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
// allocation), advises huge pages for the region they lie in, and frees
// them again, so the small objects the build allocates next are placed
// there. A build that collects no garbage writes every object to fresh
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
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}
