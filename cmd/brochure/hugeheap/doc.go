// Package hugeheap asks the kernel to back the Go heap with transparent
// huge pages before the program's packages initialise, where the kernel
// gives them only on request (transparent_hugepage "madvise").
//
// On a virtual machine the first write to each 4 KB page of fresh memory
// costs some 12 µs, more than the work a build does on most of them: a
// cold build of the example took ~1,300 page faults, about 700 of them in
// the first 4 MB of its heap, which the package initialisation and the
// content's parsing fill before main can advise anything (the kernel keeps
// a 2 MB range in 4 KB pages once one of them is present). Its init runs
// right after package syscall's, when the packages initialised so far have
// allocated some 4 KB (it imports nothing else, and the runtime
// initialises ready packages in the order of their import paths,
// "brochure/…" before the rest): it marks the heap mapped so far for huge
// pages and collapses the 2 MB range in use into one, so the rest of that
// range and the next cost one fault each instead of 512.
//
// The command imports it for this effect alone; it has no API. Advice
// only: where the kernel gives no huge pages (or is not Linux on amd64 or
// arm64) nothing changes.
package hugeheap
