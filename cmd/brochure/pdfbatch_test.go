package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// pdfBatch keeps the PDFs the hostile corpus's cases write for one pdfcpu
// run at the end of the test (validate), instead of a run a file: pdfcpu
// validates files one after another in one process, and a run of its own
// cost the second event's PDF 86 ms of CPU time against 28 ms in a run of
// five. Each file is a copy in the test's own folder, since a case's
// folder goes with its subtest.
type pdfBatch struct {
	mu    sync.Mutex
	dir   string
	files []string // the copies, in the order added
	cases []string // the subtest that wrote each
}

func newPDFBatch(t *testing.T) *pdfBatch {
	return &pdfBatch{dir: t.TempDir()}
}

// add keeps a copy of the case's PDF for validate.
func (b *pdfBatch) add(t *testing.T, pdf string) {
	t.Helper()
	data := readFile(t, pdf)
	b.mu.Lock()
	copied := filepath.Join(b.dir, fmt.Sprintf("%03d-%s", len(b.files), filepath.Base(pdf)))
	b.files = append(b.files, copied)
	b.cases = append(b.cases, t.Name())
	b.mu.Unlock()
	writeFile(t, copied, data)
}

// validate runs pdfcpu validate -m strict on every file kept, in one
// process, and fails the test for each file pdfcpu does not pass, naming
// the case that wrote it.
func (b *pdfBatch) validate(t *testing.T) {
	t.Helper()
	if len(b.files) == 0 {
		return
	}
	out, runErr := exec.Command(pdfcpu(t), append([]string{"validate", "-m", "strict"}, b.files...)...).CombinedOutput()
	t.Logf("pdfcpu validate -m strict read the %d PDFs the cases wrote in one run", len(b.files))
	verdicts := pdfcpuVerdicts(string(out))
	failed := false
	for i, f := range b.files {
		report, seen := verdicts[f]
		switch {
		case !seen:
			t.Errorf("%s: pdfcpu validate -m strict said nothing of its PDF %s:\n%s", b.cases[i], filepath.Base(f), clip(string(out)))
		case !strings.Contains(report, "validation ok"):
			t.Errorf("%s: pdfcpu validate -m strict %s:\n%s", b.cases[i], filepath.Base(f), report)
		default:
			continue
		}
		failed = true
	}
	if runErr != nil && !failed {
		t.Errorf("pdfcpu validate -m strict of %d PDFs: %v, though it passed each:\n%s", len(b.files), runErr, clip(string(out)))
	}
	for _, f := range b.files {
		os.Remove(f)
	}
}

// pdfcpuVerdicts splits pdfcpu validate's output on several files into
// what it said of each: the lines from its "validating(mode=…) FILE ..."
// to the next, by file.
func pdfcpuVerdicts(out string) map[string]string {
	verdicts := map[string]string{}
	file := ""
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "validating(mode=strict) "); ok {
			file = strings.TrimSuffix(rest, " ...")
			verdicts[file] = ""
			continue
		}
		if file != "" {
			verdicts[file] += line + "\n"
		}
	}
	return verdicts
}
