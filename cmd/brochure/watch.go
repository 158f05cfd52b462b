package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/build"
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
	req := buildRequest{contentPath: pos[0], outPath: *out, allowOutside: *allowOutside, outputCondition: "FOGRA39",
		fonts: output.NewFontCache(keptFontPrograms, keptFontBytes), streams: output.NewStreamCache(keptStreamBytes), reuse: new(layout.Reuse),
		content: new(content.Carry), collector: new(rebuildCollector)}
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
	return followBuilds(ctx, req, status, pacing{quiet: debounce}, ignore, func(res *build.Result, err error, elapsed time.Duration) error {
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
		req.collector.rebuilt() // the result is written: garbage now
		if built != nil {
			built <- err
		}
		return err
	})
}

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
