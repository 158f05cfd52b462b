package main

import (
	"flag"
	"testing"

	"brochure/output/pdftest"
)

// TestMain checks, before any test runs, that the independent readers
// this package's tests use are installed, and names in one line what to
// install when one is not. When the whole package runs, it begins to
// build the command at once, in the background (prepareProgram).
func TestMain(m *testing.M) {
	pdftest.Require(func() int {
		defer awaitProgram()
		defer closeChromium()
		flag.Parse()
		prepareProgram()
		return m.Run()
	}, pdftest.Poppler, pdftest.QPDF, pdftest.Zbar, pdftest.MuPDF, pdftest.PDFCPU, pdftest.PythonPDF, pdftest.Chromium)
}
