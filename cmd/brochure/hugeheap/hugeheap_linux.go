//go:build amd64 || arm64

package hugeheap

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// (with 4 KB pages); heapArena the size and alignment of the Go heap's
// arenas on 64-bit Linux, which is why only those build this file;
// madvCollapse is Linux's MADV_COLLAPSE (since 6.1; older kernels refuse
// it, which changes nothing), not in package syscall.
const (
	hugePage     = 2 << 20
	heapArena    = 64 << 20
	madvCollapse = 25
)

// modeFile holds the kernel's transparent huge page mode, the chosen one
// in brackets: "always [madvise] never".
const modeFile = "/sys/kernel/mm/transparent_hugepage/enabled"

func init() {
	if kernelGivesHugePages() {
		adviseHeap()
	}
}

// kernelGivesHugePages reports whether the kernel backs advised memory
// with transparent huge pages (mode "always" or "madvise"). It reads the
// mode file with package syscall alone, so that the init needs no package
// that allocates.
func kernelGivesHugePages() bool {
	fd, err := syscall.Open(modeFile, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer syscall.Close(fd)
	var buf [128]byte
	n, err := syscall.Read(fd, buf[:])
	if err != nil || n <= 0 {
		return false
	}
	return chosenMode(buf[:n], "[always]") || chosenMode(buf[:n], "[madvise]")
}

// chosenMode reports whether the mode file's text holds mode.
func chosenMode(text []byte, mode string) bool {
	for i := 0; i+len(mode) <= len(text); i++ {
		if string(text[i:i+len(mode)]) == mode {
			return true
		}
	}
	return false
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
