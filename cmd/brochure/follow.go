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
func followBuilds(ctx context.Context, req buildRequest, status io.Writer, quiet time.Duration, ignore func(abs string) bool,
	handle func(res *build.Result, err error, elapsed time.Duration) error) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch files: %w", err)
	}
	defer w.Close()
	f := &follower{w: w, req: req, handle: handle, watched: map[string]bool{}, dirs: map[string]bool{}}
	f.root, _ = filepath.Abs(filepath.Dir(req.contentPath))
	f.addTree(f.root)
	f.follow([]string{req.contentPath})
	f.rebuild()
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			abs, _ := filepath.Abs(ev.Name)
			if ignore(abs) || ev.Op == fsnotify.Chmod {
				continue
			}
			if f.changed(abs, ev.Op) {
				timer = time.After(quiet)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				fmt.Fprintf(status, "watch: %v\n", err)
			}
			timer = time.After(quiet)
		case <-timer:
			timer = nil
			f.rebuild()
		}
	}
}

// follower is what followBuilds keeps between builds: the watcher, the
// files the last good build read and the folders being watched.
type follower struct {
	w       *fsnotify.Watcher
	req     buildRequest
	handle  func(res *build.Result, err error, elapsed time.Duration) error
	root    string          // the content's folder
	watched map[string]bool // files the last good build read
	dirs    map[string]bool // folders being watched
	failed  bool            // the last build failed
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

// rebuild builds, hands the outcome on, and follows the files the build
// read or, if it failed, the files its diagnostics name.
func (f *follower) rebuild() {
	start := time.Now()
	res, err := buildRecovered(f.req)
	err = f.handle(res, err, time.Since(start))
	f.failed = err != nil
	var diags content.Diagnostics
	if errors.As(err, &diags) {
		// The files a failed attempt named — the theme with the
		// error, a photo not there yet — join the watch.
		for _, d := range diags {
			f.follow([]string{d.File})
			if d.Subject != "" {
				f.follow([]string{d.Subject})
			}
		}
	}
	if err == nil {
		f.follow(res.Content.Files()) // new photos, fonts or theme join the watch
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
