package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// aloneEnv names, in the environment of a test process that runAlone
// started, the one test that process runs.
const aloneEnv = "BROCHURE_TEST_ALONE"

// runAlone lets a test that needs a process to itself — it changes the
// working folder or the environment, or measures the process's CPU time,
// heap or goroutines — run beside the package's other tests instead of
// before all of them, as a test that is not parallel must. In the test
// binary's process it marks the test parallel, runs the test binary again
// for this test alone, fails with that process's output if the test failed
// there or did not run, and returns true: the caller returns at once. In
// the process of its own (aloneEnv names the test) it returns false and
// the test runs as written, the only test of its process.
func runAlone(t *testing.T) bool {
	t.Helper()
	if os.Getenv(aloneEnv) == t.Name() {
		return false
	}
	t.Parallel()
	args := []string{"-test.run=^" + regexp.QuoteMeta(t.Name()) + "$", "-test.count=1", "-test.v"}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), aloneEnv+"="+t.Name())
	out, err := cmd.CombinedOutput()
	ran := strings.Contains(string(out), "--- PASS: "+t.Name()+" ") || strings.Contains(string(out), "--- SKIP: "+t.Name()+" ")
	if err != nil || !ran {
		t.Fatalf("%s in a test process of its own: %v\n%s", t.Name(), err, out)
	}
	if testing.Verbose() {
		t.Logf("in a test process of its own:\n%s", out)
	}
	return true
}
