package build

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"brochure/assets"
	"brochure/output/preflight"
)

// sharedFiles are documents built once per test binary and read by every
// test that checks the same artefact (the example in each test theme and
// edition, the second event), in a folder TestMain removes.
type sharedFiles struct {
	mu    sync.Mutex
	dir   string
	files map[string]*sharedFile
}

// sharedFile is one shared document, built on first use.
type sharedFile struct {
	once sync.Once
	path string
	err  error
}

// shared holds this test binary's shared documents.
var shared sharedFiles

// file returns the document named key (a name fit for a folder),
// making it with make (given a folder of its own) on first use.
func (s *sharedFiles) file(t *testing.T, key string, make func(dir string) (string, error)) string {
	t.Helper()
	s.mu.Lock()
	if s.files == nil {
		dir, err := os.MkdirTemp("", "brochure-build-test-")
		if err != nil {
			s.mu.Unlock()
			t.Fatal(err)
		}
		s.dir, s.files = dir, map[string]*sharedFile{}
	}
	f := s.files[key]
	if f == nil {
		f = &sharedFile{}
		s.files[key] = f
	}
	dir := filepath.Join(s.dir, key)
	s.mu.Unlock()
	f.once.Do(func() {
		if f.err = os.MkdirAll(dir, 0o755); f.err == nil {
			f.path, f.err = make(dir)
		}
	})
	if f.err != nil {
		t.Fatalf("%s: %v", key, f.err)
	}
	return f.path
}

// remove removes the shared documents' folder.
func (s *sharedFiles) remove() {
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// testThemes are the designs the composition tests run with: the built-in
// one and the test themes in layout/testdata/themes.
var testThemes = []string{"", "two-columns.toml", "large-sans.toml"}

// exampleContent writes the example content (with theme = "…" when a
// theme is given, and the theme beside it) into dir and returns the
// content's path.
func exampleContent(dir, theme string) (string, error) {
	data := assets.ExampleContent
	if theme != "" {
		themeData, err := os.ReadFile(filepath.Join("..", "..", "layout", "testdata", "themes", theme))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, theme), themeData, 0o644); err != nil {
			return "", err
		}
		data = append([]byte("theme = \""+theme+"\"\n"), data...)
	}
	path := filepath.Join(dir, "content.toml")
	return path, os.WriteFile(path, data, 0o644)
}

// examplePDF is the example in a test theme ("" for the built-in one) as
// the edition, built once per test binary.
func examplePDF(t *testing.T, theme string, e Edition) string {
	t.Helper()
	return shared.file(t, "example-"+theme+"-"+e.String(), func(dir string) (string, error) {
		path, err := exampleContent(dir, theme)
		if err != nil {
			return "", err
		}
		return writeBuilt(Request{ContentPath: path, Edition: e, Creator: "test"}, filepath.Join(dir, "out.pdf"))
	})
}

// secondEventPDF is the second test event as the edition, built once per
// test binary.
func secondEventPDF(t *testing.T, e Edition) string {
	t.Helper()
	return shared.file(t, "second-event-"+e.String(), func(dir string) (string, error) {
		return writeBuilt(Request{ContentPath: filepath.Join(secondEvent, "content.toml"), Edition: e, Creator: "test"}, filepath.Join(dir, "out.pdf"))
	})
}

// writeBuilt builds a request and writes its PDF to out.
func writeBuilt(req Request, out string) (string, error) {
	res, err := Run(req)
	if err != nil {
		return "", err
	}
	pdf, err := res.PDF()
	if err != nil {
		return "", err
	}
	return out, os.WriteFile(out, pdf, 0o644)
}

// exampleCopy writes the example (in a test theme, "" for the built-in
// one) into a new folder of the test's and returns the content's path.
func exampleCopy(t *testing.T, theme string) string {
	t.Helper()
	path, err := exampleContent(t.TempDir(), theme)
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// readFile reads a file the test needs.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// writeFile writes a file, making its folder.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyEvent copies the second test event's files into dir.
func copyEvent(t testing.TB, dir string) {
	t.Helper()
	entries, err := os.ReadDir(secondEvent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		writeFile(t, filepath.Join(dir, e.Name()), readFile(t, filepath.Join(secondEvent, e.Name())))
	}
}

// setTheme writes theme.toml into the content's folder dir.
func setTheme(t *testing.T, dir, theme string) {
	writeFile(t, filepath.Join(dir, "theme.toml"), []byte(theme))
}

// checkReport is what brochure check reports on a written PDF of the
// content as the edition (the layout built again, the file read back).
func checkReport(t *testing.T, contentPath string, e Edition, pdf string) preflight.Report {
	t.Helper()
	res, err := Run(Request{ContentPath: contentPath, Edition: e})
	if err != nil {
		t.Fatal(err)
	}
	return res.Check(readFile(t, pdf))
}

// ruleStatus is the status of a rule's finding in a report ("" when the
// report has none).
func ruleStatus(r preflight.Report, rule string) preflight.Status {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return f.Status
		}
	}
	return ""
}
