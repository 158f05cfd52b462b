package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brochure/output/build"
)

// watchSession runs watch on a content file in the background and hands
// out the outcome of each build.
type watchSession struct {
	t      *testing.T
	status *syncBuffer
	built  chan error
}

func startWatch(t *testing.T, req buildRequest) *watchSession {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &watchSession{t: t, status: &syncBuffer{}, built: make(chan error, 16)}
	done := make(chan error, 1)
	go func() { done <- watch(ctx, req, s.status, s.built) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watch ended with %v", err)
		}
	})
	return s
}

// followWait is how long a test waits for a rebuild: a rebuild on a
// quiet machine comes within a second; a loaded machine running the
// whole suite on two cores has taken over 5 s.
const followWait = 20 * time.Second

// next waits for the next build and returns its outcome.
func (s *watchSession) next(what string) error {
	s.t.Helper()
	select {
	case err := <-s.built:
		return err
	case <-time.After(followWait):
		s.t.Fatalf("%s: no build within %v; status:\n%s", what, followWait, s.status.String())
		return nil
	}
}

// wantBuilt waits until a build succeeds (an editor may save in steps, so
// a failed build in between is allowed), failing after followWait.
func (s *watchSession) wantBuilt(what string) {
	s.t.Helper()
	deadline := time.After(followWait)
	for {
		select {
		case err := <-s.built:
			if err == nil {
				return
			}
		case <-deadline:
			s.t.Fatalf("%s: no good build within %v; status:\n%s", what, followWait, s.status.String())
		}
	}
}

// copyEvent copies the second event's files into a new folder, leaving
// out the names given, and returns the folder.
func copyEvent(t testing.TB, dir string, leaveOut ...string) {
	t.Helper()
	src := filepath.Join("testdata", "second-event")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if contains(leaveOut, e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, e.Name()), data)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func watchRequest(dir string) buildRequest {
	return buildRequest{contentPath: filepath.Join(dir, "content.toml"), outPath: filepath.Join(dir, "out.pdf"),
		edition: build.Print, outputCondition: "FOGRA39"}
}

// A first build that fails on the theme must not end the watch on the
// theme: fixing it rebuilds.
func TestWatchRebuildsWhenAFailedThemeIsFixed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyEvent(t, dir)
	good := readFile(t, filepath.Join(dir, "theme.toml"))
	writeFile(t, filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 0\n"))
	s := startWatch(t, watchRequest(dir))
	if err := s.next("first build"); err == nil || !strings.Contains(err.Error(), "theme.toml:2:") {
		t.Fatalf("first build: want an error at theme.toml:2, got %v", err)
	}
	writeFile(t, filepath.Join(dir, "theme.toml"), good)
	s.wantBuilt("after fixing the theme")
	if _, err := os.Stat(filepath.Join(dir, "out.pdf")); err != nil {
		t.Errorf("no PDF after the fix: %v", err)
	}
}

// A photo the content names before it exists — in a folder that does not
// exist yet either — rebuilds when it arrives.
func TestWatchRebuildsWhenANamedPhotoArrives(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyEvent(t, dir)
	photo := readFile(t, filepath.Join(dir, "werkstatt.jpg"))
	c := strings.Replace(string(readFile(t, filepath.Join(dir, "content.toml"))), `"werkstatt.jpg"`, `"fotos/werkstatt.jpg"`, 1)
	writeFile(t, filepath.Join(dir, "content.toml"), []byte(c))
	s := startWatch(t, watchRequest(dir))
	if err := s.next("first build"); err == nil || !strings.Contains(err.Error(), "fotos/werkstatt.jpg") {
		t.Fatalf("first build: want an error naming the missing photo, got %v", err)
	}
	writeFile(t, filepath.Join(dir, "fotos", "werkstatt.jpg"), photo)
	s.wantBuilt("after adding the photo")
}

// A photo folder deleted and made again stays watched: a later change to
// the photo in the new folder still rebuilds.
func TestWatchFollowsAFolderMadeAgain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyEvent(t, dir)
	photo := readFile(t, filepath.Join(dir, "werkstatt.jpg"))
	c := strings.Replace(string(readFile(t, filepath.Join(dir, "content.toml"))), `"werkstatt.jpg"`, `"fotos/werkstatt.jpg"`, 1)
	writeFile(t, filepath.Join(dir, "content.toml"), []byte(c))
	writeFile(t, filepath.Join(dir, "fotos", "werkstatt.jpg"), photo)
	s := startWatch(t, watchRequest(dir))
	if err := s.next("first build"); err != nil {
		t.Fatalf("first build: %v", err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "fotos")); err != nil {
		t.Fatal(err)
	}
	if err := s.next("after deleting the folder"); err == nil {
		t.Fatalf("a build without its photo succeeded")
	}
	writeFile(t, filepath.Join(dir, "fotos", "werkstatt.jpg"), photo)
	s.wantBuilt("after making the folder again")
	// The new folder is watched: touching the photo rebuilds.
	time.Sleep(2 * debounce)
	writeFile(t, filepath.Join(dir, "fotos", "werkstatt.jpg"), photo)
	if err := s.next("after changing the photo in the new folder"); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
}

// With --allow-outside, a theme in a folder beside the content's that
// does not exist yet is followed through the folder above it.
func TestWatchFollowsAMissingFileOutsideTheFolder(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	dir := filepath.Join(top, "event")
	copyEvent(t, dir, "theme.toml")
	theme := readFile(t, filepath.Join("testdata", "second-event", "theme.toml"))
	c := strings.Replace(string(readFile(t, filepath.Join(dir, "content.toml"))), `theme = "theme.toml"`, `theme = "../design/theme.toml"`, 1)
	writeFile(t, filepath.Join(dir, "content.toml"), []byte(c))
	req := watchRequest(dir)
	req.allowOutside = true
	s := startWatch(t, req)
	if err := s.next("first build"); err == nil || !strings.Contains(err.Error(), "design/theme.toml") {
		t.Fatalf("first build: want an error naming the missing theme, got %v", err)
	}
	writeFile(t, filepath.Join(top, "design", "theme.toml"), theme)
	s.wantBuilt("after adding the theme")
}
