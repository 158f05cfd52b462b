package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// readmeInstall is the README's install command, which buildProgram
// runs (with GOBIN set to a folder of its own) and
// TestDocumentedCommandsRun finds in the README.
const readmeInstall = "CGO_ENABLED=0 go install ./cmd/brochure"

// builtProgram is the brochure command compiled once for every test and
// benchmark of this test binary that runs it as its own process, with the
// launcher that accounts for it (testdata/launcher, launched), in the
// folder programFolder names.
var builtProgram struct {
	once           sync.Once
	path, launcher string
	err            error
}

// programPath returns the compiled command, building it on first use
// (unless prepareProgram has begun to build it already).
func programPath(tb testing.TB) string {
	tb.Helper()
	builtProgram.once.Do(func() {
		wd, err := os.Getwd()
		if err != nil {
			builtProgram.err = err
			return
		}
		buildProgram(wd)
	})
	if builtProgram.err != nil {
		tb.Fatal(builtProgram.err)
	}
	return builtProgram.path
}

// prepareProgram begins to build the command in the background when the
// whole package's tests run (no -test.run given), so that the build (some
// 3 s of wall time) overlaps the sequential tests instead of holding up
// the first parallel tests that run the program — the hostile corpus, the
// package's longest test, among them. Its processes are children of this
// one and its goroutines end before any test could count them as its
// own. It must be called before any test runs: the package's folder is
// taken from the working folder now, since sequential tests change it.
func prepareProgram() {
	if f := flag.Lookup("test.run"); f == nil || f.Value.String() != "" {
		return
	}
	wd, err := os.Getwd()
	if err != nil {
		return // programPath builds it, and reports the error, on first use
	}
	go builtProgram.once.Do(func() { buildProgram(wd) })
}

// buildProgram installs the command and builds the launcher into
// programFolder, from the package's folder pkg; it sets builtProgram.
func buildProgram(pkg string) {
	dir, err := programFolder(filepath.Join(pkg, "..", ".."))
	if err != nil {
		builtProgram.err = err
		return
	}
	// The README's install command (TestDocumentedCommandsRun runs the
	// documented commands with what it installs), into the folder.
	install := exec.Command("go", "install", "./cmd/brochure")
	install.Dir, install.Env = filepath.Join(pkg, "..", ".."), append(os.Environ(), "CGO_ENABLED=0", "GOBIN="+dir)
	if out, err := install.CombinedOutput(); err != nil {
		builtProgram.err = fmt.Errorf("%s: %v\n%s", readmeInstall, err, out)
		return
	}
	path := filepath.Join(dir, "brochure")
	launcher := filepath.Join(dir, "launcher")
	build := exec.Command("go", "build", "-o", launcher, "./testdata/launcher")
	build.Dir = pkg
	if out, err := build.CombinedOutput(); err != nil {
		builtProgram.err = fmt.Errorf("go build the launcher: %v\n%s", err, out)
		return
	}
	builtProgram.path, builtProgram.launcher = path, launcher
}

// programFolder is the folder the command and the launcher are built
// into for the module at root: one of the system's temporary folder,
// named after the module's absolute path, kept from one run of the tests
// to the next. go install and go build leave a program there alone when
// it is up to date, where a new folder each run made them link both
// again: 2.2 s of CPU time a run, against 0.9 s to find them up to date.
// A program they replace is unlinked first (renamed over, or removed and
// written anew), so a test run still running the old one keeps it.
func programFolder(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("brochure-test-program-%x", sum[:6]))
	return dir, os.MkdirAll(dir, 0o755)
}

// awaitProgram waits for a build begun by prepareProgram to end, so that
// no go command of it outlives the tests.
func awaitProgram() {
	builtProgram.once.Do(func() {})
}
