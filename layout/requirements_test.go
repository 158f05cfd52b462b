package layout

import (
	"sync"
	"testing"

	"brochure/output/pdftest"
)

// TestMain checks, before any test runs, that the independent readers
// this package's tests use are installed, and names in one line what to
// install when one is not.
func TestMain(m *testing.M) {
	pdftest.Require(func() int {
		defer atTestsEnd.run()
		return m.Run()
	}, pdftest.Poppler, pdftest.Zbar, pdftest.MuPDF, pdftest.PythonPDF)
}

// cleanups are what TestMain does once every test has run.
type cleanups struct {
	mu sync.Mutex
	fs []func()
}

// atTestsEnd removes what tests share across the test binary (the
// generated corpus).
var atTestsEnd cleanups

// run runs the cleanups.
func (c *cleanups) run() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range c.fs {
		f()
	}
}

// AtTestsEnd registers f to run once every test of the binary has run
// (for the external tests, package layout_test).
func AtTestsEnd(f func()) {
	atTestsEnd.mu.Lock()
	defer atTestsEnd.mu.Unlock()
	atTestsEnd.fs = append(atTestsEnd.fs, f)
}
