package pdftest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ColourCheck is one file for the colour reader and the edition whose
// rules it is held to ("print" or "screen").
type ColourCheck struct{ PDF, Edition string }

// CheckColours runs the colour reader (check-colour.py) on each file in
// one interpreter, so that pikepdf is imported once rather than once a
// file; it returns each run's report and outcome in order.
func CheckColours(t testing.TB, checks ...ColourCheck) []ScriptRun {
	t.Helper()
	lists := make([][]string, len(checks))
	for i, c := range checks {
		lists[i] = []string{c.PDF, c.Edition}
	}
	return RunScript(t, script("check-colour.py"), lists)
}

// ImageCheck is one file for the image reader and the source pictures it
// must find embedded exactly.
type ImageCheck struct {
	PDF     string
	Sources []string
}

// CheckImagesOf runs the image reader (check-images.py) on each file in
// one interpreter; it returns each run's report and outcome in order.
func CheckImagesOf(t testing.TB, checks ...ImageCheck) []ScriptRun {
	t.Helper()
	lists := make([][]string, len(checks))
	for i, c := range checks {
		lists[i] = append([]string{c.PDF}, c.Sources...)
	}
	return RunScript(t, script("check-images.py"), lists)
}

// TagCheck is one file for the tagging reader and, when given, the
// sentences it must find in reading order.
type TagCheck struct {
	PDF       string
	Sentences []string
}

// CheckTagsAll runs the tagging reader (check-tags.py) on each file in
// one interpreter; it returns each run's report and outcome in order.
func CheckTagsAll(t testing.TB, checks ...TagCheck) []ScriptRun {
	t.Helper()
	lists := make([][]string, len(checks))
	for i, c := range checks {
		lists[i] = []string{c.PDF}
		if len(c.Sentences) > 0 {
			list := filepath.Join(t.TempDir(), "sentences.txt")
			if err := os.WriteFile(list, []byte(strings.Join(c.Sentences, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			lists[i] = append(lists[i], list)
		}
	}
	return RunScript(t, script("check-tags.py"), lists)
}
