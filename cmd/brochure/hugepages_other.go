//go:build !linux || !(amd64 || arm64)

package main

// backHeapWithHugePages does nothing where huge pages are not advised:
// beyond Linux on amd64 and arm64 (see hugepages_linux.go).
func backHeapWithHugePages(int64) {}
