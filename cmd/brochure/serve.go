package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/build"
	"brochure/output/preflight"
	"brochure/output/preview"
)

const serveHelp = `Usage: brochure serve CONTENT.toml [-addr 127.0.0.1:8080] [flags]

Shows the brochure in the browser and updates it on every save of the
content, the theme, a font or an image, without reloading the page: the
pages side by side or as spreads (trim and bleed switchable), the
typesetting warnings and the check results linked to their pages, and the
errors of a broken content file over the last good pages. It listens on
this machine only unless -addr names another interface, answers only to
its own address, and writes no files. Stop with Ctrl-C.

Flags:
`

func cmdServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", serveHelp, stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `ADDRESS` (host:port; port 0 picks a free one)")
	edition := fs.String("edition", "print", "`EDITION` to preview and check: print or screen")
	allowOutside := fs.Bool("allow-outside", false, "allow asset paths outside the content file's folder")
	open := fs.Bool("open", false, "open the preview in the default browser")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"serve takes the content file to show"}
	}
	// serve runs for hours and holds every page drawn: the collector
	// works as usual, within the limit each build sets (memory.go).
	if tuning == oneBuild {
		tuning = longLived
		debug.SetGCPercent(100)
	}
	req := buildRequest{contentPath: pos[0], allowOutside: *allowOutside, outputCondition: "FOGRA39",
		fonts: output.NewFontCache(keptFontPrograms, keptFontBytes), streams: output.NewStreamCache(keptStreamBytes), reuse: new(layout.Reuse),
		content: new(content.Carry)}
	if req.edition, err = parseEdition(*edition); err != nil {
		return err
	}
	if _, err := os.Stat(req.contentPath); err != nil {
		return inputError{fmt.Sprintf("%s: %v", req.contentPath, errors.Unwrap(err))}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return inputError{fmt.Sprintf("-addr %s: %v", *addr, err)}
	}
	srv, err := preview.New(ln.Addr().String())
	if err != nil {
		ln.Close()
		return err
	}
	srv.Log = stderr
	httpSrv := preview.HTTPServer(srv)
	go httpSrv.Serve(preview.Limit(ln))
	defer httpSrv.Close()
	fmt.Fprintf(stdout, "preview of %s at http://%s/ (Ctrl-C stops)\n", req.contentPath, ln.Addr())
	if *open {
		openBrowser("http://"+ln.Addr().String()+"/", stderr)
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !isLoopback(host) {
		fmt.Fprintf(stderr, "warning: -addr %s is reachable from other machines\n", *addr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- servePreview(ctx, req, srv, stdout) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		// Stopped (SIGINT, SIGTERM): a build or drawing under way is left
		// behind — serve writes no files, so nothing is half-written —
		// and serve ends at once, whatever it was doing: on a busy
		// machine any wait for the work would be felt.
		return nil
	}
}

// previewDebounce is how long the files must be quiet before the preview
// rebuilds after a burst of changes: shorter than watch's, since a
// preview that lags is felt. The first change after a quiet spell is
// built at once (pacing.leading), so a save shows without this wait.
const previewDebounce = 25 * time.Millisecond

// isLoopback reports whether a listening host is this machine only.
func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// servePreview builds, then rebuilds on every change until ctx ends, and
// publishes each build to the preview: the pages at once, then the
// check's results (which need the PDF) as a second update, made beside
// the next builds so they do not wait for it. One status line per build
// goes to status.
func servePreview(ctx context.Context, req buildRequest, srv *preview.Server, status io.Writer) error {
	type checkJob struct {
		res     *build.Result
		version int
	}
	jobs := make(chan checkJob, 1)
	checked := make(chan struct{})
	go func() {
		defer close(checked)
		for job := range jobs {
			findings, verdict, pdf := checkPreview(job.res, status)
			srv.Publish(preview.Snapshot{Title: job.res.Layout.Meta.Title, Findings: findings, Verdict: verdict, PDF: pdf, Of: job.version})
		}
	}()
	defer func() {
		close(jobs)
		<-checked
	}()
	never := func(string) bool { return false } // serve writes no files
	var printed newWarnings
	return followBuilds(ctx, req, status, pacing{quiet: previewDebounce, leading: true}, never, func(res *build.Result, err error, elapsed time.Duration) error {
		stamp := time.Now().Format("15:04:05")
		if err != nil {
			if _, perr := srv.Publish(preview.Snapshot{Err: err, Built: elapsed}); perr != nil {
				fmt.Fprintf(status, "%s preview: %v\n", stamp, perr)
			}
			fmt.Fprintf(status, "%s error (the preview keeps the last good pages):\n%s\n", stamp, indent(err.Error()))
			return err
		}
		version, perr := srv.Publish(preview.Snapshot{Title: res.Layout.Meta.Title, Doc: res.Layout, Built: elapsed})
		if perr != nil {
			// The pages could not be drawn: the overlay says why, over
			// the last good pages.
			srv.Publish(preview.Snapshot{Err: perr, Built: elapsed})
			fmt.Fprintf(status, "%s preview: %v\n", stamp, perr)
			return perr
		}
		// Only the latest build's check matters: a waiting one is replaced.
		select {
		case <-jobs:
		default:
		}
		jobs <- checkJob{res, version}
		warn := ""
		if n := len(res.Warnings()); n > 0 {
			warn = fmt.Sprintf(", %d warnings", n)
		}
		fmt.Fprintf(status, "%s built %d pages in %d ms%s\n", stamp, res.Pages(), elapsed.Milliseconds(), warn)
		printed.print(status, res.Warnings())
		return nil
	})
}

// checkPreview writes the PDF of a build and checks it, for the preview's
// second update; a panic on the way is reported as "not checked" and
// logged, and the preview goes on.
func checkPreview(res *build.Result, log io.Writer) (findings []preflight.Finding, verdict string, pdf []byte) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(log, "preview: the check panicked: %v\n%s", r, debug.Stack())
			findings, verdict, pdf = nil, "not checked", nil
		}
	}()
	pdf, err := res.PDF()
	if err != nil {
		return nil, "not checked", nil
	}
	report := res.Check(pdf)
	verdict = "PASS"
	if report.Failed() {
		verdict = "FAIL"
	}
	return report.Findings, verdict, pdf
}
