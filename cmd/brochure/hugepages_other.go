//go:build !linux

package main

// backHeapWithHugePages does nothing where huge pages are not advised
// (see hugepages_linux.go).
func backHeapWithHugePages(int64) {}
