package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// builtBinary is the command compiled once for the test binary
// (programPath), for benchmarks that measure whole processes.
func builtBinary(b *testing.B) string { return programPath(b) }

// benchProcess runs `brochure build` as a new process per iteration —
// what a designer waits for at the shell, start-up and writing the file
// included — and reports the median CPU time (user + system) of a run and
// the largest peak resident memory. The peak is taken by GNU time: the
// rusage Go gets from its own child counts the benchmark process's memory
// too (on Linux a child started with vfork, as Go starts them, inherits
// its parent's high-water mark at exec); its CPU time is the child's own.
// pages, when above 0, adds the CPU time per page.
func benchProcess(b *testing.B, pages int, args ...string) {
	bin := builtBinary(b)
	out := filepath.Join(b.TempDir(), "out.pdf")
	cmdline := append([]string{bin, "build", "-q", "-o", out}, args...)
	var cpu []float64 // seconds, user + system, per run
	for b.Loop() {
		cmd := exec.Command(cmdline[0], cmdline[1:]...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
		// The process's own accounting, in microseconds.
		cpu = append(cpu, (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds())
	}
	b.StopTimer()
	slices.Sort(cpu)
	median := cpu[len(cpu)/2]
	b.ReportMetric(median*1000, "cpu-ms/op")
	if pages > 0 {
		b.ReportMetric(median*1000/float64(pages), "cpu-ms/page")
	}
	// Peak memory from three more runs under GNU time (which itself adds
	// some CPU time, so the timed runs above go without it).
	timer, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		b.Logf("no GNU time (/usr/bin/time; .ci/run installs it): peak memory not measured")
		return
	}
	peakKB := 0
	for range 3 {
		msg, err := exec.Command(timer, append([]string{"-f", "peak-kb %M"}, cmdline...)...).CombinedOutput()
		if err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
		if m := timeLine.FindSubmatch(msg); m != nil {
			kb, _ := strconv.Atoi(string(m[1]))
			peakKB = max(peakKB, kb)
		}
	}
	b.ReportMetric(float64(peakKB)/1024, "peak-RSS-MB")
}

var timeLine = regexp.MustCompile(`(?m)^peak-kb (\d+)$`)

// BenchmarkProcessExample: the example brochure from a fresh process
// (targets: median CPU time ≤ 25 ms, wall time ≤ 50 ms).
func BenchmarkProcessExample(b *testing.B) {
	benchProcess(b, 0)
}

// BenchmarkProcess500Pages: the generated document of some 500 pages from
// a fresh process (targets ≤ 1.5 s and ≤ 80 MB peak resident memory).
func BenchmarkProcess500Pages(b *testing.B) {
	benchLarge(b, 500)
}

// BenchmarkProcess2000Pages: some 2,000 generated pages from a fresh
// process (target ≤ 1.5 ms of CPU time per page).
func BenchmarkProcess2000Pages(b *testing.B) {
	benchLarge(b, 2000)
}

// benchLarge builds the generated document of about the given number of
// pages, counting its real pages first.
func benchLarge(b *testing.B, pages int) {
	path := filepath.Join(b.TempDir(), "content.toml")
	if err := os.WriteFile(path, largeContent(pages), 0o644); err != nil {
		b.Fatal(err)
	}
	res, err := buildDocument(buildRequest{contentPath: path, outputCondition: "FOGRA39"})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	benchProcess(b, res.Pages(), path)
}
