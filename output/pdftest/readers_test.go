package pdftest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReaderRunsKeptByContent: a reader that only prints runs once for
// one command line and one file's bytes; new bytes in the same file run
// it again, a command line that writes files is never kept, and answers
// beyond maxReaderBytes are dropped, the least recently asked first.
func TestReaderRunsKeptByContent(t *testing.T) {
	pdf := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7 one"), 0o644); err != nil {
		t.Fatal(err)
	}
	runs := 0
	run := func() (string, string) {
		runs++
		return "text", ""
	}
	ask := func(name string, args ...string) bool {
		out, failure, ok := keptRun(name, args, run)
		if ok && (out != "text" || failure != "") {
			t.Fatalf("kept answer %q, %q", out, failure)
		}
		return ok
	}
	for range 2 {
		if !ask("pdftotext", "-bbox-layout", pdf, "-") {
			t.Fatal("pdftotext … - was not kept")
		}
	}
	if runs != 1 {
		t.Errorf("the same question of the same bytes ran the reader %d times, want 1", runs)
	}
	if err := os.WriteFile(pdf, []byte("%PDF-1.7 two"), 0o644); err != nil {
		t.Fatal(err)
	}
	ask("pdftotext", "-bbox-layout", pdf, "-")
	if runs != 2 {
		t.Errorf("new bytes in the file ran the reader %d times in all, want 2", runs)
	}
	for _, args := range [][]string{
		{"pdftoppm", "-r", "96", pdf, filepath.Join(t.TempDir(), "p")},
		{"pdftotext", pdf, filepath.Join(t.TempDir(), "out.txt")},
		{"mutool", "draw", "-o", filepath.Join(t.TempDir(), "p-%d.png"), pdf},
		{"qpdf", pdf, filepath.Join(t.TempDir(), "copy.pdf")},
	} {
		if ask(args[0], args[1:]...) {
			t.Errorf("%v writes files but was kept", args)
		}
	}

	// An answer larger than the bound is not held: asked again, the
	// reader runs again.
	big := 0
	bigRun := func() (string, string) {
		big++
		return strings.Repeat("x", maxReaderBytes), ""
	}
	for range 2 {
		keptRun("pdfinfo", []string{pdf}, bigRun)
	}
	if big != 2 {
		t.Errorf("an answer over maxReaderBytes ran its reader %d times for two asks, want 2 (it is not held)", big)
	}
	readerRuns.mu.Lock()
	held := readerRuns.bytes
	readerRuns.mu.Unlock()
	if held > maxReaderBytes {
		t.Errorf("%d bytes of answers held, want at most %d", held, maxReaderBytes)
	}
}

// TestLargeAnswerIsNotKept: an answer over maxKeptAnswer is given to its
// asker and not held (asked again, the reader runs again), and the
// answers held before it stay held.
func TestLargeAnswerIsNotKept(t *testing.T) {
	pdf := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7 three"), 0o644); err != nil {
		t.Fatal(err)
	}
	small, big := 0, 0
	smallRun := func() (string, string) { small++; return "text", "" }
	bigRun := func() (string, string) { big++; return strings.Repeat("x", maxKeptAnswer+1), "" }
	keptRun("pdftotext", []string{pdf, "-"}, smallRun)
	for range 2 {
		if out, _, _ := keptRun("mutool", []string{"draw", "-F", "stext", "-o", "-", pdf}, bigRun); len(out) != maxKeptAnswer+1 {
			t.Fatalf("the large answer came back as %d bytes", len(out))
		}
	}
	keptRun("pdftotext", []string{pdf, "-"}, smallRun)
	if big != 2 {
		t.Errorf("an answer over maxKeptAnswer ran its reader %d times for two asks, want 2 (it is not held)", big)
	}
	if small != 1 {
		t.Errorf("the answer held before the large one ran its reader %d times, want 1", small)
	}
}
