//go:build amd64 || arm64

package hugeheap

import (
	"runtime"
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

// BackNext asks the kernel to back the next n bytes of the heap with huge
// pages, for a one-shot build that collects no garbage and so writes every
// object to fresh memory (a 2 MB page is one fault, its 512 small pages
// are 512). It has the heap map n bytes more (one large allocation),
// advises huge pages for the region they lie in, collapses the part of it
// already written in 4 KB pages (collapseUsed), and frees the block again
// with a collection, so the small objects the build allocates next are
// placed there. Where the kernel gives no huge pages it does nothing.
//
// Not for a process that builds again and again (watch, serve): a
// collapse fills again ranges the runtime has given back.
func BackNext(n int64) {
	if !kernelGivesHugePages() {
		return
	}
	n = (n + hugePage - 1) &^ (hugePage - 1)
	b := make([]byte, n)
	// From the start of the heap arena the block lies in (64 MB, all the
	// heap's), so the free pages before the block are advised too; to the
	// block's end. Advice only: an error leaves the kernel's default.
	at := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := at &^ (heapArena - 1)
	end := (at + uintptr(n) + hugePage - 1) &^ (hugePage - 1)
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_HUGEPAGE)
	collapseUsed(start, at)
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}

// collapseUsed has the kernel turn the 2 MB ranges of the heap from start
// up to and including the one that holds free, the first byte of the
// block BackNext allocated, into huge pages. Ranges the program wrote
// before the advice (content parsing, fonts, and a range the heap grew
// into after the init's advice) are held in 4 KB pages, and the build's
// small objects fill their free rest first, one fault per 4 KB; a
// collapsed range costs none. Ranges not mapped, or already huge, are
// refused or skipped by the kernel.
func collapseUsed(start, free uintptr) {
	for r := start; r <= free; r += hugePage {
		syscall.Syscall(syscall.SYS_MADVISE, r, hugePage, madvCollapse)
	}
}
