package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingFileSuggestsItsCase: a picture named in another case than
// its file (as Windows and macOS forgive) is refused with the name that
// exists; a name with no such file, or with two candidates, gets no hint.
func TestMissingFileSuggestsItsCase(t *testing.T) {
	dir := folderWithFiles(t, "fotos/quadrat.jpg", "zwei/a.png", "zwei/A.png")
	for _, c := range []struct{ file, want string }{
		{"Fotos/Quadrat.JPG", `"Fotos/Quadrat.JPG": no such file; did you mean "fotos/quadrat.jpg"?`},
		{"fotos/rund.jpg", `"fotos/rund.jpg": no such file`},
		{"zwei/a.PNG", `"zwei/a.PNG": no such file`},
	} {
		_, err := ResolveAsset(dir, c.file, false)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || !strings.Contains(c.want, "mean") && strings.Contains(err.Error(), "mean") {
			t.Errorf("%s: %v, want %s", c.file, err, c.want)
		}
	}
}

// folderWithFiles is a new folder holding the files named (slash
// paths, their folders made), each of one byte.
func folderWithFiles(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
