// Package hugeheap asks the kernel to back the Go heap with transparent
// huge pages, where it gives them at all (transparent_hugepage "always"
// or "madvise"): early, before the program's packages initialise.
//
// On a virtual machine the first write to each 4 KB page of fresh memory
// costs some 12 µs, more than the work a build does on most of them: a
// cold build of the example took ~1,300 page faults, about 700 of them in
// the first 4 MB of its heap, which the package initialisation and the
// content's parsing fill before main can advise anything (the kernel keeps
// a 2 MB range in 4 KB pages once one of them is present). Its init runs
// right after package syscall's, when the packages initialised so far have
// allocated some 4 KB (it imports nothing else that initialises, and the
// runtime initialises ready packages in the order of their import paths,
// "brochure/…" before the rest): it marks the heap mapped so far for huge
// pages and collapses the 2 MB range in use into one, so the rest of that
// range and the next cost one fault each instead of 512.
//
// The advice is only acted on where the kernel's mode file says "always"
// or "madvise": MADV_COLLAPSE itself ignores that setting, so without the
// check a kernel set to "never" would get huge pages anyway. A collapse is
// synchronous: it usually takes some 0.35 ms, and up to ~4 ms when the
// kernel must first compact memory. Beyond Linux on amd64 and arm64
// nothing is done.
//
// The package no longer backs the rest of a small build's heap with huge
// pages: mapping it took a collection (runtime.GC) to free the block that
// mapped it, and on two cores that collection waited on its sweep with
// Gosched for 1 to 6 ms of CPU, more than the page faults it saved
// (example build without it: 0.89x the CPU, interleaved, 80 runs, with
// some 1,500 page faults instead of 850 and 19 MB peak instead of 24 MB).
package hugeheap
