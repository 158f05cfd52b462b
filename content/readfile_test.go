package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFileLimitedReadsOnce: a file is read whole, into one buffer of
// about its size (io.ReadAll doubled from 512 bytes: some fourteen
// buffers and copies for a megabyte), and a file over the limit is
// refused.
func TestReadFileLimitedReadsOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "content.toml")
	want := bytes.Repeat([]byte("title = \"Stadt – Land – Flucht\"\n"), 30000)
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFileLimited(path, 8<<20, "content files")
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("read %d bytes (error %v), want the file's %d", len(got), err, len(want))
	}
	allocs := testing.AllocsPerRun(5, func() {
		if _, err := ReadFileLimited(path, 8<<20, "content files"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 12 {
		t.Errorf("reading a file of %d bytes took %.0f allocations: it is not read into one buffer", len(want), allocs)
	}
	if _, err := ReadFileLimited(path, 1<<20, "content files"); err == nil || !strings.Contains(err.Error(), "at most 1 MiB") {
		t.Errorf("a file over the limit gave %v", err)
	}
}
