package pdftest

import "testing"

// TestMain checks, before any test runs, that the readers this package's
// tests run are installed (poppler for TestOutputIntentHiddenReadsTheSame,
// MuPDF for the stext reader, Python with pikepdf for check-colour.py)
// and names in one line what to install when one is not; after the tests
// it ends the kept Python interpreter, so that its processor time is
// counted as this test binary's.
func TestMain(m *testing.M) { Require(m.Run, Poppler, MuPDF, PythonPDF) }
