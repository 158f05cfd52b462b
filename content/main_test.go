package content

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// TestMain runs the package's tests; with -update, once they have
// rewritten assets/theme.toml and the README's key table from the schema,
// it also regenerates content/builtintheme_gen.go from the theme as now
// written (the test binary embeds the theme as it was when built, so the
// generator runs as a program of its own), so that one command follows a
// new or changed theme key everywhere.
func TestMain(m *testing.M) {
	code := m.Run()
	if *update {
		gen := exec.Command("go", "run", "./assets/gen/themetables")
		gen.Dir = ".."
		if out, err := gen.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "regenerating content/builtintheme_gen.go: %v\n%s", err, out)
			code = 1
		}
	}
	os.Exit(code)
}
