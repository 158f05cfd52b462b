package content

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// TestMain runs the package's tests; with -update, once they have
// rewritten assets/theme.toml and the README's key table from the schema,
// it also regenerates content/builtintheme_gen.go and then
// content/builtinthemevalue_gen.go from the theme as now written (the
// test binary embeds the theme as it was when built, so the generators
// run as programs of their own), so that one command follows a new or
// changed theme key everywhere.
func TestMain(m *testing.M) {
	code := m.Run()
	if *update {
		// The theme's value is made by package content from its tables,
		// so it is regenerated from the new tables, second.
		for _, g := range []struct{ cmd, file string }{{"./assets/gen/themetables", "builtintheme_gen.go"}, {"./assets/gen/themevalue", "builtinthemevalue_gen.go"}} {
			gen := exec.Command("go", "run", g.cmd)
			gen.Dir = ".."
			if out, err := gen.CombinedOutput(); err != nil {
				fmt.Fprintf(os.Stderr, "regenerating content/%s: %v\n%s", g.file, err, out)
				code = 1
				break
			}
		}
	}
	os.Exit(code)
}
