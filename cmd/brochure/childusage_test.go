package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// The kernel's accounting of a program the test runs (wait4's rusage)
// is only the program's own when the program was not started by the
// test process itself. Go starts a program with vfork (CLONE_VM): the
// child shares the test process's memory until it execs, and at exec
// Linux records the peak RSS of that memory as the child's own. A child
// of a test process that once held 300 MB (a decoded page image, an
// in-process build) was reported as 300 MB however little it used.
//
// So the program is started through a launcher (testdata/launcher, a
// small program of its own, built once with the command), whose peak RSS
// is its own small start-up. It starts the program, passes SIGTERM and
// SIGINT on to it, reports the program's rusage on the file descriptor 3
// and ends as the program did.

// childUsage is the kernel's accounting of one ended program.
type childUsage struct {
	UserNS, SysNS int64 // CPU time in user and system mode
	MaxRSSKiB     int64 // peak resident set size
}

// launched prepares cmd (whose Path and Args name the program) to run
// through the launcher, in a process group of its own so that a kill of
// the group reaches the program too; after cmd.Wait, the returned
// function gives the program's accounting.
func launched(t *testing.T, cmd *exec.Cmd) func() childUsage {
	t.Helper()
	programPath(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	cmd.Args = append([]string{builtProgram.launcher, cmd.Path}, cmd.Args[1:]...)
	cmd.Path = builtProgram.launcher
	cmd.ExtraFiles = append(cmd.ExtraFiles, w)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	return func() childUsage {
		t.Helper()
		w.Close()
		var u childUsage
		if n, err := fmt.Fscan(r, &u.UserNS, &u.SysNS, &u.MaxRSSKiB); n != 3 {
			t.Fatalf("the launcher gave no accounting of the program: %v", err)
		}
		return u
	}
}
