package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brochure/output/build"
)

// pacedBuild is one outcome followBuilds handed on, and when.
type pacedBuild struct {
	err error
	at  time.Time
}

// followPaced runs followBuilds on a copy of the second event with the
// pacing given and hands out each outcome it hands on.
func followPaced(t *testing.T, pace pacing) (content string, builds <-chan pacedBuild) {
	t.Helper()
	dir := t.TempDir()
	copyEvent(t, dir)
	ch := make(chan pacedBuild, 16)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	never := func(string) bool { return false }
	go func() {
		done <- followBuilds(ctx, watchRequest(dir), &syncBuffer{}, pace, never, func(_ *build.Result, err error, _ time.Duration) error {
			ch <- pacedBuild{err, time.Now()}
			return err
		})
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	first := <-ch
	if first.err != nil {
		t.Fatalf("first build: %v", first.err)
	}
	return filepath.Join(dir, "content.toml"), ch
}

// awaitBuild waits up to followWait for the next outcome handed on.
func awaitBuild(t *testing.T, builds <-chan pacedBuild, what string) pacedBuild {
	t.Helper()
	select {
	case b := <-builds:
		return b
	case <-time.After(followWait):
		t.Fatalf("%s: nothing handed on within %v", what, followWait)
		return pacedBuild{}
	}
}

// The preview builds a save at once: the first change after a quiet
// spell does not wait for the files to be quiet.
func TestPreviewBuildsASaveAtOnce(t *testing.T) {
	t.Parallel() // it waits for quiet spells: beside the other tests, not before them
	const quiet = 1500 * time.Millisecond
	path, builds := followPaced(t, pacing{quiet: quiet, leading: true})
	time.Sleep(quiet + 100*time.Millisecond) // a quiet spell
	src := string(readFile(t, path))
	saved := time.Now()
	writeFile(t, path, []byte(strings.Replace(src, "Rund 120 Teilnehmende", "Rund 121 Teilnehmende", 1)))
	b := awaitBuild(t, builds, "after a save")
	if b.err != nil {
		t.Fatalf("the save's build failed: %v", b.err)
	}
	if took := b.at.Sub(saved); took >= quiet*2/3 {
		t.Errorf("the save was built after %v, want at once (not after the %v of quiet)", took.Round(time.Millisecond), quiet)
	}
}

// A file caught between an editor's steps never shows its error: the
// half-written content fails, the rest of the save follows, and only the
// good build is handed on.
func TestPreviewHidesAHalfWrittenFile(t *testing.T) {
	t.Parallel() // it waits for quiet spells: beside the other tests, not before them
	path, builds := followPaced(t, pacing{quiet: 400 * time.Millisecond, leading: true})
	time.Sleep(500 * time.Millisecond)
	src := readFile(t, path)
	half := src[:strings.Index(string(src), "Rund 120")+3] // inside a string: not TOML
	writeFile(t, path, half)
	time.Sleep(100 * time.Millisecond) // the half file's build is over
	writeFile(t, path, src)
	if b := awaitBuild(t, builds, "after the whole save"); b.err != nil {
		t.Fatalf("the half-written file's error was handed on: %v", b.err)
	}
}

// A failure that stays is handed on once the files have been quiet.
func TestPreviewShowsAFailureThatStays(t *testing.T) {
	t.Parallel() // it waits for quiet spells: beside the other tests, not before them
	const quiet = 400 * time.Millisecond
	path, builds := followPaced(t, pacing{quiet: quiet, leading: true})
	time.Sleep(500 * time.Millisecond)
	src := readFile(t, path)
	saved := time.Now()
	writeFile(t, path, src[:strings.Index(string(src), "Rund 120")+3])
	b := awaitBuild(t, builds, "after a broken save")
	if b.err == nil || !strings.Contains(b.err.Error(), "content.toml:") {
		t.Fatalf("want the broken file's error at content.toml, got %v", b.err)
	}
	if took := b.at.Sub(saved); took < quiet {
		t.Errorf("the error was handed on after %v, before the %v of quiet", took.Round(time.Millisecond), quiet)
	}
}

// A file a failed build names is followed before the failure is told: a
// designer (here the handler itself, at once) who makes the missing
// theme, in a folder that did not exist either, gets a rebuild.
func TestMissingFileIsFollowedBeforeTheFailureIsTold(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "event")
	copyEvent(t, dir, "theme.toml")
	theme := readFile(t, filepath.Join("testdata", "second-event", "theme.toml"))
	c := strings.Replace(string(readFile(t, filepath.Join(dir, "content.toml"))), `theme = "theme.toml"`, `theme = "../design/theme.toml"`, 1)
	writeFile(t, filepath.Join(dir, "content.toml"), []byte(c))
	req := watchRequest(dir)
	req.allowOutside = true
	built := make(chan error, 16)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	first := true
	go func() {
		done <- followBuilds(ctx, req, &syncBuffer{}, pacing{quiet: 20 * time.Millisecond}, func(string) bool { return false },
			func(_ *build.Result, err error, _ time.Duration) error {
				if first {
					first = false
					writeFile(t, filepath.Join(top, "design", "theme.toml"), theme) // made as soon as it is named
				}
				built <- err
				return err
			})
	}()
	defer func() {
		cancel()
		<-done
	}()
	if err := <-built; err == nil || !strings.Contains(err.Error(), "design/theme.toml") {
		t.Fatalf("first build: want an error naming the missing theme, got %v", err)
	}
	select {
	case err := <-built:
		if err != nil {
			t.Fatalf("the build after the theme was made failed: %v", err)
		}
	case <-time.After(followWait):
		t.Fatalf("no build within %v after the missing theme was made", followWait)
	}
}
