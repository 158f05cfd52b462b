//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var binary struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// builtBinary compiles the command once, for benchmarks that measure
// whole processes.
func builtBinary(b *testing.B) string {
	binary.once.Do(func() {
		dir, err := os.MkdirTemp("", "brochure-bench")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(dir, "brochure")
		binary.out, binary.err = exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput()
	})
	if binary.err != nil {
		b.Fatalf("go build: %v\n%s", binary.err, binary.out)
	}
	return binary.path
}

// benchProcess runs `brochure build` as a new process per iteration —
// what a designer waits for at the shell, start-up and writing the file
// included — and reports the largest peak resident memory seen.
func benchProcess(b *testing.B, args ...string) {
	bin := builtBinary(b)
	out := filepath.Join(b.TempDir(), "out.pdf")
	var peak int64
	for b.Loop() {
		cmd := exec.Command(bin, append([]string{"build", "-o", out}, args...)...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss) // kilobytes on Linux
		}
	}
	b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
}

// BenchmarkProcessExample: the example brochure from a fresh process
// (target ≤ 50 ms).
func BenchmarkProcessExample(b *testing.B) {
	benchProcess(b)
}

// BenchmarkProcess500Pages: the generated document of some 500 pages from
// a fresh process (targets ≤ 1.5 s and ≤ 80 MB peak resident memory).
func BenchmarkProcess500Pages(b *testing.B) {
	path := filepath.Join(b.TempDir(), "content.toml")
	if err := os.WriteFile(path, largeContent(500), 0o644); err != nil {
		b.Fatal(err)
	}
	benchProcess(b, path)
}
