package main

// The hostile corpus's test is declared in this file, the first of the
// package's test files, so that it is the first parallel test: Go (1.26)
// hands the first free place among -test.parallel to the parallel test
// declared first, and the corpus — the package's longest test, over half
// of its CPU time — then runs beside the others from the start, instead
// of beginning when most of them have ended and running on alone. Nothing
// but the package's wall time depends on this order.

import (
	"sync"
	"testing"
)

// TestHostileCorpus runs every case of issue 12 (hardeningCases: the PDF
// path) and of issue 24 (surfaceCases: page images, output paths, PDF
// logos drawn and copied, the preview server) through the real program,
// each its own process (its CPU time and peak RSS from the kernel's
// accounting of the child, wait4's rusage), and checks, for each: the exit
// code and message (exit 2 with one line naming file:line:col or the key
// path, or exit 0 with the documented warning); no panic; under 5 s of
// CPU time; peak RSS under 300 MB; no temporary or other stray file; no
// input changed; every PDF written passes qpdf --check and pdfcpu validate
// -m strict, every page image decodes. The program is built once and the
// event read once for all cases, its group photo made lighter for those
// not about memory and time (keepsThePhoto); two cases run at a time. The refusals of
// the classes that test what the input says (inProcessClasses) run
// through the command's entry point in the test process instead
// (TestHostileRefusalsInProcess), all but the first of each class, and so
// do the successful builds of the classes about the text they are given
// (TestHostileBuildsInProcess).
func TestHostileCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs some 150 processes")
	}
	// It runs beside the package's other parallel tests, taking one of
	// their places (-test.parallel) and running its cases in it, two at a
	// time (corpusWorkers): cases that were parallel tests themselves
	// queued behind every other parallel test, and the corpus began only
	// when they had all ended.
	t.Parallel()
	r := newCorpusRunner(t)
	queue := make(chan namedCase)
	var workers sync.WaitGroup
	for range corpusWorkers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for nc := range queue {
				t.Run(nc.name, func(t *testing.T) { r.run(t, nc, runAsProcess) })
			}
		}()
	}
	for _, nc := range hostileCorpus(t) {
		if nc.home == asProcess {
			queue <- nc
		}
	}
	close(queue)
	workers.Wait()
	r.validate(t)
}
