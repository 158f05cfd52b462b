package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileGeneratedInputs covers inputs too large to keep in the
// repository: a 20 MB file (one enormous string) and a value of over a
// megabyte in an otherwise normal file. Each is refused with a clear
// message and exit code 2, and no PDF appears.
func TestHostileGeneratedInputs(t *testing.T) {
	t.Parallel()
	base := "[document]\ntitle = \"Stadt – Land – Flucht\"\ndate = 2024-06-26\n"
	sec := "\n[[sections]]\nkind = \"talk\"\ntitle = \"Ein Vortrag\"\n"
	cases := []struct {
		name, content, want string
	}{
		{"20MB-string", base + "subtitle = \"" + strings.Repeat("Ä", 10<<20) + "\"\n" + sec,
			"file is 20971649 bytes; content files may be at most 8 MiB"},
		{"overlong-value", base + sec + "body = \"\"\"\n" + strings.Repeat("Wort ", 220000) + "\n\"\"\"\n",
			"sections[0].body: text is 1100001 bytes long; at most 1048576 bytes are allowed in one value"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		path := filepath.Join(dir, "content.toml")
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out.pdf")
		var stdout, stderr bytes.Buffer
		code := run([]string{"build", path, "-o", out}, &stdout, &stderr)
		if code != exitBadInput || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%s: exit %d, message %q; want exit 2 and %q", c.name, code, stderr.String(), c.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: an output file was written", c.name)
		}
	}
}
