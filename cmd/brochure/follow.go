package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"brochure/content"
	"brochure/output/build"

	"github.com/fsnotify/fsnotify"
)

// Bounds of what watch follows in the content's folder.
const (
	maxWatchDepth    = 4
	maxWatchedDirs   = 256
	maxFollowedFiles = 4096
)

// pacing is when followBuilds rebuilds after a change.
type pacing struct {
	// quiet is how long the files must be quiet before a rebuild.
	quiet time.Duration
	// leading builds at once on the first change after a quiet spell,
	// instead of waiting for quiet (the preview: a save shows at once).
	// Such a build is handed on only if it succeeded and no change came
	// while it ran; otherwise the files may have been caught between an
	// editor's steps, and the build is held (a failure) or dropped (a
	// change came) until they are quiet, so a half-written file never
	// flashes an error.
	leading bool
}

// followBuilds builds, then rebuilds on every change until ctx ends, and
// hands each outcome to handle, whose answer (nil: a good build) decides
// what is followed next. ignore names files whose changes do not count
// (what handle itself writes).
//
// What it follows: the folders of every file a build read or a failed
// attempt named (content, theme, fonts, photos, logos — also outside the
// content's folder, with --allow-outside; a missing one through the
// nearest folder above it that exists), and the content's folder with its
// subfolders (a few levels, a few hundred folders), folders created,
// deleted and made again later included. After a good build only changes
// to the files it read count; after a failed one any change in those
// folders does, since the attempt may have stopped before naming a file.
func followBuilds(ctx context.Context, req buildRequest, status io.Writer, pace pacing, ignore func(abs string) bool,
	handle func(res *build.Result, err error, elapsed time.Duration) error) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch files: %w", err)
	}
	defer w.Close()
	f := &follower{w: w, req: req, handle: handle, ignore: ignore, watched: map[string]bool{}, dirs: map[string]bool{}}
	f.root, _ = filepath.Abs(filepath.Dir(req.contentPath))
	f.addTree(f.root)
	f.follow([]string{req.contentPath})
	f.deliver(f.build())
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !f.counts(ev) {
				continue
			}
			f.held = nil // a held failure is out of date
			if pace.leading && timer == nil && time.Since(f.lastBuild) >= pace.quiet {
				if f.buildAtOnce() {
					continue
				}
			}
			timer = time.After(pace.quiet)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				fmt.Fprintf(status, "watch: %v\n", err)
			}
			f.held = nil
			timer = time.After(pace.quiet)
		case <-timer:
			timer = nil
			if f.held != nil {
				f.deliver(*f.held) // nothing changed since: the failure stands
				f.held = nil
				continue
			}
			f.deliver(f.build())
		}
	}
}

// buildAtOnce builds on a first change (leading pacing) and hands the
// outcome on if it succeeded and nothing changed while it ran; it
// reports whether it did. A failure is held until the files are quiet.
func (f *follower) buildAtOnce() bool {
	f.settle()
	out := f.build()
	if f.changedSince() {
		return false
	}
	if out.err != nil {
		f.held = &out
		return false
	}
	f.deliver(out)
	return true
}

// settleTime is how long a first change waits for the rest of one save:
// a write that truncates, then writes, arrives as several changes within
// a fraction of a millisecond.
const settleTime = 2 * time.Millisecond

// settle takes the changes that follow a first one closely, until none
// has come for settleTime (and for at most ten times that).
func (f *follower) settle() {
	deadline := time.After(10 * settleTime)
	for {
		select {
		case ev, ok := <-f.w.Events:
			if !ok {
				return
			}
			f.counts(ev)
		case <-time.After(settleTime):
			return
		case <-deadline:
			return
		}
	}
}

// changedSince takes the changes waiting in the watcher's queue and
// reports whether one counts.
func (f *follower) changedSince() bool {
	changed := false
	for {
		select {
		case ev, ok := <-f.w.Events:
			if !ok {
				return changed
			}
			changed = f.counts(ev) || changed
		default:
			return changed
		}
	}
}

// counts updates the watch for a change and reports whether it calls for
// a rebuild.
func (f *follower) counts(ev fsnotify.Event) bool {
	abs, _ := filepath.Abs(ev.Name)
	if f.ignore(abs) || ev.Op == fsnotify.Chmod {
		return false
	}
	return f.changed(abs, ev.Op)
}

// follower is what followBuilds keeps between builds: the watcher, the
// files the last good build read and the folders being watched.
type follower struct {
	w      *fsnotify.Watcher
	req    buildRequest
	handle func(res *build.Result, err error, elapsed time.Duration) error
	ignore func(abs string) bool
	// lastBuild is when the last build ended; held is a failed build
	// made at once on a change, handed on if the files stay quiet.
	lastBuild time.Time
	held      *outcome
	root      string          // the content's folder
	watched   map[string]bool // files the last good build read
	dirs      map[string]bool // folders being watched
	failed    bool            // the last build failed
}

// addDir watches a folder, up to maxWatchedDirs of them.
func (f *follower) addDir(dir string) {
	if !f.dirs[dir] && len(f.dirs) < maxWatchedDirs {
		if err := f.w.Add(dir); err == nil {
			f.dirs[dir] = true
		}
	}
}

// watchFolderOf watches the folder of a followed file, or, while that
// folder does not exist, the nearest folder above it that does, so its
// creation is seen.
func (f *follower) watchFolderOf(file string) {
	dir := filepath.Dir(file)
	for i := 0; i < maxWatchDepth; i++ {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			f.addDir(dir)
			return
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return
		}
		dir = parent
	}
}

// follow adds files to those whose changes count, and their folders to
// the watch.
func (f *follower) follow(files []string) {
	for _, file := range files {
		if abs, err := filepath.Abs(file); err == nil && len(f.watched) < maxFollowedFiles {
			f.watched[abs] = true
			f.watchFolderOf(abs)
		}
	}
}

// addTree watches top and its subfolders, a few levels below the
// content's folder, hidden ones left out.
func (f *follower) addTree(top string) {
	filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(f.root, path)
		if depth := strings.Count(rel, string(filepath.Separator)); depth >= maxWatchDepth ||
			(path != top && strings.HasPrefix(d.Name(), ".")) || len(f.dirs) >= maxWatchedDirs {
			return filepath.SkipDir
		}
		f.addDir(path)
		return nil
	})
}

// outcome is one build's result or error and how long it took.
type outcome struct {
	res     *build.Result
	err     error
	elapsed time.Duration
}

// build builds once.
func (f *follower) build() outcome {
	start := time.Now()
	res, err := buildRecovered(f.req)
	f.lastBuild = time.Now()
	return outcome{res, err, f.lastBuild.Sub(start)}
}

// deliver hands a build's outcome on, and follows the files the build
// read or, if it failed, the files its diagnostics name. Those join the
// watch before the outcome is handed on: whoever hears of a missing file
// may make it at once, and its making must be seen.
func (f *follower) deliver(out outcome) {
	f.followNamed(out.err)
	if out.err == nil {
		f.follow(out.res.Content.Files()) // new photos, fonts or theme join the watch
	}
	err := f.handle(out.res, out.err, out.elapsed)
	f.failed = err != nil
	f.followNamed(err) // what handle itself found wrong, if anything (following twice is harmless)
}

// followNamed follows the files a failed attempt named — the theme with
// the error, a photo not there yet.
func (f *follower) followNamed(err error) {
	var diags content.Diagnostics
	if !errors.As(err, &diags) {
		return
	}
	for _, d := range diags {
		f.follow([]string{d.File})
		if d.Subject != "" {
			f.follow([]string{d.Subject})
		}
	}
}

// changed updates the watch for a change to the file or folder abs, and
// reports whether it calls for a rebuild.
func (f *follower) changed(abs string, op fsnotify.Op) bool {
	if op&(fsnotify.Remove|fsnotify.Rename) != 0 && f.dirs[abs] {
		// A watched folder is gone; its watch went with it.
		_ = f.w.Remove(abs)
		delete(f.dirs, abs)
		f.watchFoldersBelow(abs) // the folder above, to see it come back
	}
	if op&fsnotify.Create != 0 {
		if info, err := os.Stat(abs); err == nil && info.IsDir() {
			// A folder made (or made again) inside the content's
			// folder joins the watch, and so does a folder on the
			// way to a followed file.
			if strings.HasPrefix(abs, f.root+string(filepath.Separator)) {
				f.addTree(abs)
			}
			f.watchFoldersBelow(abs)
		}
	}
	return f.watched[abs] || f.failed || f.dirs[abs]
}

// watchFoldersBelow watches again the folder of every followed file
// inside dir.
func (f *follower) watchFoldersBelow(dir string) {
	for file := range f.watched {
		if strings.HasPrefix(file, dir+string(filepath.Separator)) {
			f.watchFolderOf(file)
		}
	}
}
