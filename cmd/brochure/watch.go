package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

const watchHelp = `Usage: brochure watch CONTENT.toml [-o OUT.pdf] [flags]

Builds the brochure, then rebuilds it whenever the content, the theme, a
font or an image changes. Each rebuild prints one status line with its
time; on an error the message names the file and line, and the last good
PDF stays untouched. Stop with Ctrl-C.

Flags:
`

// debounce is how long the files must be quiet before a rebuild: editors
// save in several steps.
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
		req.outPath = defaultOutput(req.contentPath)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return watch(ctx, req, stdout, nil)
}

// watch builds, then rebuilds on every change until ctx ends. built, if
// not nil, receives the outcome of every build (nil for success).
func watch(ctx context.Context, req buildRequest, status io.Writer, built chan<- error) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch files: %w", err)
	}
	defer w.Close()
	watched := map[string]bool{} // files the brochure depends on
	dirs := map[string]bool{}
	follow := func(files []string) {
		for _, f := range files {
			abs, err := filepath.Abs(f)
			if err != nil {
				continue
			}
			watched[abs] = true
			if dir := filepath.Dir(abs); !dirs[dir] {
				if err := w.Add(dir); err == nil {
					dirs[dir] = true
				}
			}
		}
	}
	follow([]string{req.contentPath})
	rebuild := func() {
		start := time.Now()
		res, err := build(req)
		if err == nil {
			err = checkOutputPath(req.outPath, res.content.Files())
			if err == nil {
				err = writeFileAtomic(req.outPath, res.writePDF)
			}
		}
		stamp := time.Now().Format("15:04:05")
		if err != nil {
			fmt.Fprintf(status, "%s error, %s unchanged:\n%s\n", stamp, req.outPath, indent(err.Error()))
		} else {
			warn := ""
			if n := len(res.warnings); n > 0 {
				warn = fmt.Sprintf(", %d warnings", n)
			}
			fmt.Fprintf(status, "%s built %s: %d pages in %d ms%s\n", stamp, req.outPath, res.pages, time.Since(start).Milliseconds(), warn)
			follow(res.content.Files()) // new photos, fonts or theme join the watch
		}
		if built != nil {
			built <- err
		}
	}
	rebuild()
	var timer <-chan time.Time
	outAbs, _ := filepath.Abs(req.outPath)
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			abs, _ := filepath.Abs(ev.Name)
			if !watched[abs] || abs == outAbs || ev.Op == fsnotify.Chmod {
				continue
			}
			timer = time.After(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				fmt.Fprintf(status, "watch: %v\n", err)
			}
			timer = time.After(debounce)
		case <-timer:
			timer = nil
			rebuild()
		}
	}
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}
