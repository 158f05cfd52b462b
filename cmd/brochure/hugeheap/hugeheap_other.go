//go:build !linux || !(amd64 || arm64)

package hugeheap

// BackNext does nothing where huge pages are not advised: beyond Linux on
// amd64 and arm64 (see hugeheap_linux.go).
func BackNext(int64) {}
