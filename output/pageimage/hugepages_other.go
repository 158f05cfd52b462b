//go:build !linux

package pageimage

// adviseHugePages does nothing beyond Linux (see hugepages_linux.go).
func adviseHugePages([]byte) {}
