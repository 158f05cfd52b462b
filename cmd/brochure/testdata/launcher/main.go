// Command launcher runs the program its arguments name and reports the
// kernel's accounting of it (wait4's rusage) on the file descriptor 3:
// user and system CPU time in nanoseconds and the peak RSS in KiB. It
// passes SIGTERM and SIGINT on to the program and ends as the program
// did. The command's tests start the program through it so that the
// accounting is the program's own (see childusage_test.go).
package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(launch(os.Args[1:]))
}

// launch runs args and returns the exit code to end with; a program ended
// by a signal ends the launcher by it too.
func launch(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "launcher: no program given")
		return 125
	}
	report := os.NewFile(3, "usage")
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		return 125
	}
	go func() {
		for s := range signals {
			cmd.Process.Signal(s)
		}
	}()
	cmd.Wait()
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		fmt.Fprintln(report, u.Utime.Nano(), u.Stime.Nano(), u.Maxrss)
	}
	report.Close()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		signal.Reset(ws.Signal())
		syscall.Kill(os.Getpid(), ws.Signal())
	}
	return cmd.ProcessState.ExitCode()
}
