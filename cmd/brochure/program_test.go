package main

import (
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
// launcher that accounts for it (testdata/launcher, launched); their
// folder is removed when the tests end (TestMain).
var builtProgram struct {
	once                sync.Once
	dir, path, launcher string
	err                 error
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

// buildProgram installs the command and builds the launcher into a new
// folder, from the package's folder pkg; it sets builtProgram.
func buildProgram(pkg string) {
	dir, err := os.MkdirTemp("", "brochure-test-")
	if err != nil {
		builtProgram.err = err
		return
	}
	builtProgram.dir = dir
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

// removeProgram removes the compiled command's folder, if it was built,
// once a build begun by prepareProgram has ended.
func removeProgram() {
	builtProgram.once.Do(func() {})
	if builtProgram.dir != "" {
		os.RemoveAll(builtProgram.dir)
	}
}
