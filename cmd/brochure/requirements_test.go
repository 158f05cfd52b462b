package main

import (
	"testing"

	"brochure/output/pdftest"
)

// TestMain checks, before any test runs, that the independent readers
// this package's tests use are installed, and names in one line what to
// install when one is not.
func TestMain(m *testing.M) {
	pdftest.Require(func() int {
		defer removeProgram()
		defer closeChromium()
		return m.Run()
	}, pdftest.Poppler, pdftest.QPDF, pdftest.Zbar, pdftest.MuPDF, pdftest.PDFCPU, pdftest.PythonPDF, pdftest.Chromium)
}
