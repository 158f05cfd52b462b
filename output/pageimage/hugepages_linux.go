package pageimage

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks the kernel to back pix, a page's pixels about to
// be written whole, with transparent huge pages where it gives them on
// request (transparent_hugepage "madvise"; under "always" it does so
// anyway, under "never" the advice changes nothing). A page at 600 dpi is
// some 140 MB of fresh memory: in 4 KB pages its first fill costs 34,000
// page faults, dear on a virtual machine, in 2 MB pages some 70. Small
// images are left alone.
func adviseHugePages(pix []byte) {
	const page = 4 << 10
	if len(pix) < 4<<20 {
		return
	}
	at := uintptr(unsafe.Pointer(unsafe.SliceData(pix)))
	skip := int((at+page-1)&^(page-1) - at)
	n := (len(pix) - skip) &^ (page - 1)
	// Advice only: an error leaves the kernel's default.
	_ = syscall.Madvise(pix[skip:skip+n], syscall.MADV_HUGEPAGE)
}
