package pageimage_test

import (
	"testing"

	"brochure/output/pdftest"
)

// TestMain checks, before any test runs, that poppler, which the page
// images are compared with, and PIL, which reads the PNG files back, are
// installed, and names in one line what to
// install when it is not.
func TestMain(m *testing.M) {
	pdftest.Require(m.Run, pdftest.Poppler, pdftest.PythonPDF)
}
