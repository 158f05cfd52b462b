package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"brochure/assets"
	"brochure/output/build"
)

// syncBuffer is a buffer safe to write from the watcher and read here.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWatchRebuildsAndKeepsTheLastGoodPDF edits the content while watch
// runs: the PDF must be rebuilt within a second; then the TOML is broken:
// the old PDF must stay and the error must name the line.
func TestWatchRebuildsAndKeepsTheLastGoodPDF(t *testing.T) {
	dir := t.TempDir()
	contentPath := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(contentPath, assets.ExampleContent, 0o644); err != nil {
		t.Fatal(err)
	}
	pdfPath := filepath.Join(dir, "content.pdf")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	status := &syncBuffer{}
	built := make(chan error, 10)
	done := make(chan error, 1)
	go func() {
		done <- watch(ctx, buildRequest{contentPath: contentPath, outPath: pdfPath, edition: build.Print, outputCondition: "FOGRA39"}, status, built)
	}()
	wait := func(what string) error {
		select {
		case err := <-built:
			return err
		case <-time.After(followWait):
			t.Fatalf("%s: no build within %v; status:\n%s", what, followWait, status.String())
			return nil
		}
	}
	if err := wait("first build"); err != nil {
		t.Fatalf("first build failed: %v", err)
	}
	first, _ := os.ReadFile(pdfPath)

	// An edit: the title changes; the new PDF must appear within 1 s.
	edited := strings.Replace(string(assets.ExampleContent), `title = "Stadt – Land – Flucht"`, `title = "Stadt – Land – Zukunft"`, 1)
	start := time.Now()
	if err := os.WriteFile(contentPath, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := wait("after the edit"); err != nil {
		t.Fatalf("rebuild failed: %v", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("rebuild took %v, want under 1 s", took)
	}
	second, _ := os.ReadFile(pdfPath)
	if bytes.Equal(first, second) {
		t.Fatalf("the PDF did not change after the edit")
	}
	if text := tool(t, "pdftotext", pdfPath, "-"); !strings.Contains(text, "Zukunft") {
		t.Errorf("the rebuilt PDF lacks the edit")
	}

	// Broken TOML: the error names the line, the last good PDF stays.
	broken := strings.Replace(edited, `kind = "Tagungsdokumentation"`, `kind = "Tagungsdokumentation`, 1)
	if err := os.WriteFile(contentPath, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := wait("after breaking the TOML"); err == nil {
		t.Fatalf("a broken file built without error")
	}
	brokenLine := 1 + strings.Count(edited[:strings.Index(edited, `kind = "Tagungsdokumentation"`)], "\n")
	if !strings.Contains(status.String(), fmt.Sprintf("content.toml:%d:", brokenLine)) {
		t.Errorf("the error does not name the line:\n%s", status.String())
	}
	if third, _ := os.ReadFile(pdfPath); !bytes.Equal(second, third) {
		t.Errorf("the last good PDF was changed by a failed build")
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(entries) > 0 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("watch ended with %v", err)
	}
	lines := strings.Split(strings.TrimSpace(status.String()), "\n")
	if !strings.Contains(lines[0], "built") || !strings.Contains(lines[0], "ms") {
		t.Errorf("status line should say what was built and how long it took: %q", lines[0])
	}
}
