package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// builtProgram is the brochure command compiled once for every test and
// benchmark of this test binary that runs it as its own process, with the
// launcher that accounts for it (testdata/launcher, launched); their
// folder is removed when the tests end (TestMain).
var builtProgram struct {
	once                sync.Once
	dir, path, launcher string
	err                 error
}

// programPath returns the compiled command, building it on first use.
func programPath(tb testing.TB) string {
	tb.Helper()
	builtProgram.once.Do(func() {
		dir, err := os.MkdirTemp("", "brochure-test-")
		if err != nil {
			builtProgram.err = err
			return
		}
		builtProgram.dir = dir
		// The README's install command (TestDocumentedCommandsRun runs the
		// documented commands with what it installs), into the folder.
		install := exec.Command("go", "install", "./cmd/brochure")
		install.Dir, install.Env = "../..", append(os.Environ(), "GOBIN="+dir)
		if out, err := install.CombinedOutput(); err != nil {
			builtProgram.err = fmt.Errorf("go install ./cmd/brochure: %v\n%s", err, out)
			return
		}
		path := filepath.Join(dir, "brochure")
		launcher := filepath.Join(dir, "launcher")
		if out, err := exec.Command("go", "build", "-o", launcher, "./testdata/launcher").CombinedOutput(); err != nil {
			builtProgram.err = fmt.Errorf("go build the launcher: %v\n%s", err, out)
			return
		}
		builtProgram.path, builtProgram.launcher = path, launcher
	})
	if builtProgram.err != nil {
		tb.Fatal(builtProgram.err)
	}
	return builtProgram.path
}

// removeProgram removes the compiled command's folder, if it was built.
func removeProgram() {
	if builtProgram.dir != "" {
		os.RemoveAll(builtProgram.dir)
	}
}
