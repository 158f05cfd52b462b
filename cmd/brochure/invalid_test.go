package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .want files of the invalid-content corpus")

// TestInvalidContentCorpus builds every file in testdata/invalid through
// the command line and checks the exact message (the .want file beside
// it), exit code 2, and that no PDF — not even a partial one — is left.
func TestInvalidContentCorpus(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/invalid/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 25 {
		t.Fatalf("corpus has %d files, want at least 25", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".toml")
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.pdf")
			var stdout, stderr bytes.Buffer
			code := run([]string{"build", file, "-o", out}, &stdout, &stderr)
			if code != exitBadInput {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitBadInput, stderr.String())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("output folder not empty after a failed build: %v", entries)
			}
			wantFile := strings.TrimSuffix(file, ".toml") + ".want"
			if *update {
				if err := os.WriteFile(wantFile, stderr.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("missing expected message: %v (run go test -run InvalidContent -update)", err)
			}
			if got := stderr.String(); got != string(want) {
				t.Errorf("message differs\n got: %s\nwant: %s", got, want)
			}
		})
	}
}
