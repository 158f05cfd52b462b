//go:build amd64 || arm64

package hugeheap

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// (with 4 KB pages); heapArena the size and alignment of the Go heap's
// arenas on 64-bit Linux; madvCollapse is Linux's MADV_COLLAPSE (since
// 6.1; older kernels refuse it, which changes nothing), not in package
// syscall.
const (
	hugePage     = 2 << 20
	heapArena    = 64 << 20
	madvCollapse = 25
)

func init() {
	adviseHeap()
}

// adviseHeap marks the heap arena holding the heap's next free pages for
// huge pages, and collapses the 2 MB range those pages lie in, part of
// which the runtime has already written in 4 KB pages, into one huge
// page. A block larger than the stack may hold (64 KB) is allocated on
// the heap, where free pages begin; it is not written, so it costs no
// memory, and is garbage at once. adviseHeap returns its address.
func adviseHeap() uintptr {
	probe := make([]byte, 64<<10+1)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(probe)))
	// Advice only: an error (parts of the arena not mapped yet, an old
	// kernel) leaves the kernel's default.
	syscall.Syscall(syscall.SYS_MADVISE, at&^(heapArena-1), heapArena, syscall.MADV_HUGEPAGE)
	syscall.Syscall(syscall.SYS_MADVISE, at&^(hugePage-1), hugePage, madvCollapse)
	return at
}
