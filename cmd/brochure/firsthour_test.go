package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// initEvent writes the example content into a new folder and returns the
// content file's path.
func initEvent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ev")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("init exited %d: %s", code, stderr.String())
	}
	return filepath.Join(dir, "content.toml")
}

// runCmd runs one command line and returns its exit code and outputs.
func runCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// Issue 22, item 1: the print and the screen edition go to files of their
// own by default, and building one leaves the other's file untouched.
func TestEditionsDoNotOverwriteEachOther(t *testing.T) {
	contentPath := initEvent(t)
	dir := filepath.Dir(contentPath)
	if code, _, stderr := runCmd("build", "-q", contentPath); code != exitOK {
		t.Fatalf("print build exited %d: %s", code, stderr)
	}
	printPDF := filepath.Join(dir, "content.pdf")
	before, err := os.ReadFile(printPDF)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd("build", contentPath, "-edition", "screen")
	if code != exitOK {
		t.Fatalf("screen build exited %d: %s", code, stderr)
	}
	screenPDF := filepath.Join(dir, "content-screen.pdf")
	if !strings.Contains(stdout, "wrote "+screenPDF) {
		t.Errorf("screen build says %q, want it to name %s", stdout, screenPDF)
	}
	after, err := os.ReadFile(printPDF)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the screen build changed the print edition's %s", printPDF)
	}
	if info := tool(t, "pdfinfo", screenPDF); !strings.Contains(info, "PDF/UA") && !strings.Contains(tool(t, "pdfinfo", "-meta", screenPDF), "pdfuaid") {
		t.Errorf("%s is not the screen edition (no PDF/UA identification)", screenPDF)
	}
	if meta := tool(t, "pdfinfo", "-meta", printPDF); !strings.Contains(meta, "PDF/X-4") {
		t.Errorf("%s is no longer the print edition (no PDF/X-4 identification)", printPDF)
	}
}

// withoutFunding writes the example without its [funding] table (the
// table and its funders run to the end of the file) and returns its path.
func withoutFunding(t *testing.T) string {
	t.Helper()
	contentPath := initEvent(t)
	data, err := os.ReadFile(contentPath)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte("\n[funding]"))
	if i < 0 {
		t.Fatal("the example has no [funding] table")
	}
	if err := os.WriteFile(contentPath, data[:i+1], 0o644); err != nil {
		t.Fatal(err)
	}
	return contentPath
}

// Issue 22, item 9: a brochure without [funding] builds, with a warning
// that names what is missing and points to check.
func TestBuildWarnsWithoutFunding(t *testing.T) {
	contentPath := withoutFunding(t)
	code, _, stderr := runCmd("build", contentPath)
	if code != exitOK {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	want := contentPath + ": funding: warning: no [funding] table: "
	var line string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, want) {
			line = l
		}
	}
	if line == "" || !strings.Contains(line, "brochure check") || !strings.Contains(line, "statement") {
		t.Errorf("build without [funding] printed\n%s\nwant a line %q… naming the statement and brochure check", stderr, want)
	}
}

// Issue 22, item 8: -q prints nothing at all when the build succeeds,
// warnings included.
func TestQuietPrintsNothing(t *testing.T) {
	contentPath := withoutFunding(t)
	code, stdout, stderr := runCmd("build", "-q", contentPath)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("build -q: exit %d, stdout %q, stderr %q; want exit 0 and nothing", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd("build", "-q", "-format", "svg", "-pages", "1", contentPath)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("build -q -format svg: exit %d, stdout %q, stderr %q; want exit 0 and nothing", code, stdout, stderr)
	}
}
