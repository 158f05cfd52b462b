package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"brochure/content"
	"brochure/output/build"

	"github.com/fsnotify/fsnotify"
)

const watchHelp = `Usage: brochure watch CONTENT.toml [-o OUT.pdf] [flags]

Builds the brochure, then rebuilds it whenever the content, the theme, a
font or an image changes. Each rebuild prints one status line with its
time; on an error the message names the file and line, and the last good
PDF stays untouched. Stop with Ctrl-C.

Flags:
`

// debounce is how long the files must be quiet before watch rebuilds:
// editors save in several steps.
const debounce = 60 * time.Millisecond

func cmdWatch(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("watch", watchHelp, stderr)
	out := fs.String("o", "", "write the PDF to `FILE`")
	edition := fs.String("edition", "print", "`EDITION` to make: print or screen")
	allowOutside := fs.Bool("allow-outside", false, "allow asset paths outside the content file's folder")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"watch takes the content file to watch"}
	}
	req := buildRequest{contentPath: pos[0], outPath: *out, allowOutside: *allowOutside, outputCondition: "FOGRA39"}
	if req.edition, err = parseEdition(*edition); err != nil {
		return err
	}
	if req.outPath == "" {
		req.outPath = defaultOutput(req.contentPath, req.edition, "pdf")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return watch(ctx, req, stdout, nil)
}

// watch builds, then rebuilds on every change until ctx ends, writing the
// PDF and one status line per build. built, if not nil, receives the
// outcome of every build (nil for success).
func watch(ctx context.Context, req buildRequest, status io.Writer, built chan<- error) error {
	outAbs, _ := filepath.Abs(req.outPath)
	tmpPrefix := "." + filepath.Base(req.outPath) + "."
	ignore := func(abs string) bool {
		return abs == outAbs || strings.HasPrefix(filepath.Base(abs), tmpPrefix) // the PDF being written
	}
	var printed newWarnings
	return followBuilds(ctx, req, status, debounce, ignore, func(res *build.Result, err error, elapsed time.Duration) error {
		if err == nil {
			err = checkOutputPath(req.outPath, req.inputs(res))
			if err == nil {
				err = writeFileAtomic(req.outPath, res.WritePDF)
			}
		}
		stamp := time.Now().Format("15:04:05")
		if err != nil {
			fmt.Fprintf(status, "%s error, %s unchanged:\n%s\n", stamp, req.outPath, indent(err.Error()))
		} else {
			warn := ""
			if n := len(res.Warnings()); n > 0 {
				warn = fmt.Sprintf(", %d warnings", n)
			}
			fmt.Fprintf(status, "%s built %s: %d pages in %d ms%s\n", stamp, req.outPath, res.Pages(), elapsed.Milliseconds(), warn)
			printed.print(status, res.Warnings())
		}
		if built != nil {
			built <- err
		}
		return err
	})
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
func followBuilds(ctx context.Context, req buildRequest, status io.Writer, quiet time.Duration, ignore func(abs string) bool,
	handle func(res *build.Result, err error, elapsed time.Duration) error) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch files: %w", err)
	}
	defer w.Close()
	watched := map[string]bool{} // files the last good build read
	dirs := map[string]bool{}    // folders being watched
	addDir := func(dir string) {
		if !dirs[dir] && len(dirs) < maxWatchedDirs {
			if err := w.Add(dir); err == nil {
				dirs[dir] = true
			}
		}
	}
	// watchFolderOf watches the folder of a followed file, or, while that
	// folder does not exist, the nearest folder above it that does, so its
	// creation is seen.
	watchFolderOf := func(file string) {
		dir := filepath.Dir(file)
		for i := 0; i < maxWatchDepth; i++ {
			if info, err := os.Stat(dir); err == nil && info.IsDir() {
				addDir(dir)
				return
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return
			}
			dir = parent
		}
	}
	follow := func(files []string) {
		for _, f := range files {
			if abs, err := filepath.Abs(f); err == nil && len(watched) < maxFollowedFiles {
				watched[abs] = true
				watchFolderOf(abs)
			}
		}
	}
	root, _ := filepath.Abs(filepath.Dir(req.contentPath))
	addTree := func(top string) {
		filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			rel, _ := filepath.Rel(root, path)
			if depth := strings.Count(rel, string(filepath.Separator)); depth >= maxWatchDepth ||
				(path != top && strings.HasPrefix(d.Name(), ".")) || len(dirs) >= maxWatchedDirs {
				return filepath.SkipDir
			}
			addDir(path)
			return nil
		})
	}
	addTree(root)
	follow([]string{req.contentPath})
	failed := false
	rebuild := func() {
		start := time.Now()
		res, err := buildRecovered(req)
		err = handle(res, err, time.Since(start))
		failed = err != nil
		var diags content.Diagnostics
		if errors.As(err, &diags) {
			// The files a failed attempt named — the theme with the
			// error, a photo not there yet — join the watch.
			for _, d := range diags {
				follow([]string{d.File})
				if d.Subject != "" {
					follow([]string{d.Subject})
				}
			}
		}
		if err == nil {
			follow(res.Content.Files()) // new photos, fonts or theme join the watch
		}
	}
	rebuild()
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
			if ev.Op&(fsnotify.Remove|fsnotify.Rename) != 0 && dirs[abs] {
				// A watched folder is gone; its watch went with it.
				_ = w.Remove(abs)
				delete(dirs, abs)
				for f := range watched {
					if strings.HasPrefix(f, abs+string(filepath.Separator)) {
						watchFolderOf(f) // the folder above, to see it come back
					}
				}
			}
			if ev.Op&fsnotify.Create != 0 {
				if info, err := os.Stat(abs); err == nil && info.IsDir() {
					// A folder made (or made again) inside the content's
					// folder joins the watch, and so does a folder on the
					// way to a followed file.
					if strings.HasPrefix(abs, root+string(filepath.Separator)) {
						addTree(abs)
					}
					for f := range watched {
						if strings.HasPrefix(f, abs+string(filepath.Separator)) {
							watchFolderOf(f)
						}
					}
				}
			}
			if watched[abs] || failed || dirs[abs] {
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
			rebuild()
		}
	}
}

// Bounds of what watch follows in the content's folder.
const (
	maxWatchDepth    = 4
	maxWatchedDirs   = 256
	maxFollowedFiles = 4096
)

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}

// buildRecovered is build, a panic in it turned into an error (its stack
// on standard error), so that a program that follows builds — watch,
// serve — reports it and goes on to the next.
func buildRecovered(req buildRequest) (res *build.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "build panicked: %v\n%s", r, debug.Stack())
			res, err = nil, fmt.Errorf("%s: the build failed with an internal error (%v); please report it", req.contentPath, r)
		}
	}()
	return buildDocument(req)
}
