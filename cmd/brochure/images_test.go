package main

import (
	"testing"

	"brochure/output/testevent"
)

// The test event's files (output/testevent), as this package's tests
// name them.
func writePNG(t *testing.T, path string, w, h int)       { testevent.WritePNG(t, path, w, h) }
func writeJPEG(t *testing.T, path string, w, h int)      { testevent.WriteJPEG(t, path, w, h) }
func writeLogoPDF(t *testing.T, path string)             { testevent.WriteLogoPDF(t, path) }
func contentWithImages(t *testing.T, logo string) string { return testevent.ExampleWithImages(t, logo) }
