package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// builtBinary compiles the command into the benchmark's temporary
// folder (removed afterwards), for benchmarks that measure whole
// processes; the go command's build cache makes it a matter of linking.
func builtBinary(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "brochure")
	if out, err := exec.Command("go", "build", "-o", path, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return path
}

// benchProcess runs `brochure build` as a new process per iteration —
// what a designer waits for at the shell, start-up and writing the file
// included — and reports the largest peak resident memory seen. The peak
// is taken by GNU time: the rusage Go gets from its own child counts the
// benchmark process's memory too (on Linux a child started with vfork, as
// Go starts them, inherits its parent's high-water mark at exec).
func benchProcess(b *testing.B, args ...string) {
	bin := builtBinary(b)
	out := filepath.Join(b.TempDir(), "out.pdf")
	timer, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		b.Logf("no GNU time (/usr/bin/time; .ci/run installs it): peak memory not measured")
	}
	var peakKB int
	for b.Loop() {
		cmdline := append([]string{bin, "build", "-o", out}, args...)
		if timer != "" {
			cmdline = append([]string{timer, "-f", "peak-kb %M"}, cmdline...)
		}
		msg, err := exec.Command(cmdline[0], cmdline[1:]...).CombinedOutput()
		if err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
		if m := peakLine.FindSubmatch(msg); m != nil {
			kb, _ := strconv.Atoi(string(m[1]))
			peakKB = max(peakKB, kb)
		}
	}
	if timer != "" {
		b.ReportMetric(float64(peakKB)/1024, "peak-RSS-MB")
	}
}

var peakLine = regexp.MustCompile(`(?m)^peak-kb (\d+)$`)

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
