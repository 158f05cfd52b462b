package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"brochure/output/preview"
)

// startPreview serves the content file in the background, as brochure
// serve does, on a free port of this machine, and returns the server and
// its address.
func startPreview(t testing.TB, contentPath string) (*preview.Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := preview.New(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	httpSrv := preview.HTTPServer(srv) // with serve's bounds
	go httpSrv.Serve(preview.Limit(ln))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		servePreview(ctx, buildRequest{contentPath: contentPath, outputCondition: "FOGRA39"}, srv, io.Discard)
		close(done)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		httpSrv.Close()
	})
	return srv, ln.Addr().String()
}

// awaitAck waits for the page to acknowledge a version after since that
// satisfies ok.
func awaitAck(t testing.TB, srv *preview.Server, ok func(preview.Ack) bool, timeout time.Duration) preview.Ack {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case a := <-srv.Acks():
			if ok(a) {
				return a
			}
		case <-deadline:
			t.Fatalf("no acknowledgement from the page within %v", timeout)
		}
	}
}

// TestPreviewInBrowser loads the live preview in headless Chromium: the
// pages appear with the warnings and the check; an edit of the content
// file reaches the open page without a reload (its scroll position kept);
// an invalid edit shows the error overlay with the file's line and keeps
// the last good pages; fixing it removes the overlay. A page drawn by the
// browser from its SVG matches the PNG renderer and poppler's rendering of
// the PDF. With PREVIEW_SCREENSHOT set it saves a screenshot of the
// preview there (docs/make-previews.sh uses it for the README).
func TestPreviewInBrowser(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyEvent(t, dir)
	path := filepath.Join(dir, "content.toml")
	srv, addr := startPreview(t, path)
	b := startBrowser(t)
	b.navigate(t, "http://"+addr+"/", 1400, 900)
	checkPreviewPanel(t, b)
	src := string(readFile(t, path))
	checkEditsReachTheOpenPage(t, b, srv, path, src)
	checkBrokenFileOverlay(t, b, srv, path, src)
	checkSVGMatchesRenderers(t, b, addr, dir, path)
}

// checkPreviewPanel waits for the preview's eight pages and its check,
// and looks for the warnings and the check in the side panel, with links
// to the pages; with PREVIEW_SCREENSHOT set it saves a screenshot there.
func checkPreviewPanel(t *testing.T, b *browser) {
	t.Helper()
	b.waitFor(t, `document.querySelectorAll(".page img").length === 8 && [...document.querySelectorAll(".page img")].every(i => i.complete && i.naturalWidth > 0) && !document.getElementById("check-verdict").textContent.includes("running")`, 30*time.Second)
	var panel string
	b.eval(t, `document.getElementById("panel").innerText`, &panel)
	for _, want := range []string{"Warnings", "Check", "eu-emblem"} {
		if !strings.Contains(panel, want) {
			t.Errorf("the side panel lacks %q:\n%s", want, panel)
		}
	}
	var pageLinks int
	b.eval(t, `document.querySelectorAll("#findings a[href^='#page-']").length`, &pageLinks)
	if pageLinks == 0 {
		t.Errorf("no check result links to its page")
	}
	if shot := os.Getenv("PREVIEW_SCREENSHOT"); shot != "" {
		writeFile(t, shot, b.screenshot(t))
	}
}

// checkEditsReachTheOpenPage edits a word of the content file five times
// while the page is scrolled down: each edit reaches the open page without
// a reload (its scroll position kept), and only the edited pages change.
func checkEditsReachTheOpenPage(t *testing.T, b *browser, srv *preview.Server, path, src string) {
	t.Helper()
	b.eval(t, `window.scrollTo(0, 700), window.scrollY`, nil)
	var before []string
	b.eval(t, `[...document.querySelectorAll(".page img")].map(i => i.src)`, &before)
	var latencies []time.Duration
	for i := range 5 {
		edited := strings.Replace(src, "Rund 120 Teilnehmende", fmt.Sprintf("Rund %d Teilnehmende", 121+i), 1)
		shown := srv.Version()
		saved := time.Now()
		writeFile(t, path, []byte(edited))
		a := awaitAck(t, srv, func(a preview.Ack) bool { return a.Version > shown && a.Pages > 0 }, 20*time.Second)
		latencies = append(latencies, a.At.Sub(saved))
		t.Logf("edit %d: published after %v, on screen after %v", i+1, srv.PublishedAt(a.Version).Sub(saved), a.At.Sub(saved))
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	t.Logf("save to visible update in Chromium: median %v (of %d edits)", latencies[len(latencies)/2], len(latencies))
	var after []string
	var scrollY float64
	b.eval(t, `[...document.querySelectorAll(".page img")].map(i => i.src)`, &after)
	b.eval(t, `window.scrollY`, &scrollY)
	changed := 0
	for i := range after {
		if i < len(before) && after[i] != before[i] {
			changed++
		}
	}
	if changed == 0 || changed == len(after) {
		t.Errorf("%d of %d page images changed; want only the edited ones", changed, len(after))
	}
	if scrollY < 600 {
		t.Errorf("the page scrolled back to %v: it was reloaded", scrollY)
	}
}

// checkBrokenFileOverlay saves a broken content file: the error overlay
// names its line and the last good pages stay; saving the good file again
// removes the overlay.
func checkBrokenFileOverlay(t *testing.T, b *browser, srv *preview.Server, path, src string) {
	t.Helper()
	broken := strings.Replace(src, `title = "Zukunft Ausbildung"`, `title = "Zukunft Ausbildung`, 1)
	line := 1 + strings.Count(broken[:strings.Index(broken, `title = "Zukunft Ausbildung`)], "\n")
	shown := srv.Version()
	writeFile(t, path, []byte(broken))
	a := awaitAck(t, srv, func(a preview.Ack) bool { return a.Version > shown && a.ErrorLine > 0 }, 20*time.Second)
	if a.ErrorLine != line {
		t.Errorf("the overlay names line %d, want %d", a.ErrorLine, line)
	}
	var overlay struct {
		Shown bool   `json:"shown"`
		Text  string `json:"text"`
		Pages int    `json:"pages"`
	}
	b.eval(t, `({shown: !document.getElementById("overlay").hidden, text: document.getElementById("errors").innerText,
		pages: [...document.querySelectorAll(".page img")].filter(i => i.complete && i.naturalWidth > 0).length})`, &overlay)
	if !overlay.Shown || !strings.Contains(overlay.Text, fmt.Sprintf("content.toml:%d:", line)) {
		t.Errorf("the error overlay shows %v: %q, want content.toml:%d", overlay.Shown, overlay.Text, line)
	}
	if overlay.Pages != 8 {
		t.Errorf("%d pages stay visible under the overlay, want the last good 8", overlay.Pages)
	}
	shown = srv.Version()
	writeFile(t, path, []byte(src))
	awaitAck(t, srv, func(a preview.Ack) bool { return a.Version > shown && a.ErrorLine == 0 && a.Pages > 0 }, 20*time.Second)
	b.eval(t, `document.getElementById("overlay").hidden`, &overlay.Shown)
	if !overlay.Shown {
		t.Errorf("the overlay stays after the content was fixed")
	}
}

// checkSVGMatchesRenderers compares the browser's drawing of page 3's SVG
// with the PNG renderer and poppler, at 96 dpi (1 CSS pixel = 1/96 in).
func checkSVGMatchesRenderers(t *testing.T, b *browser, addr, dir, path string) {
	t.Helper()
	png := filepath.Join(dir, "page.png")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-q", "-format", "png", "-pages", "3", "-o", png, path}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build -format png: %s", stderr.String())
	}
	pdf := buildPDF(t, path, "-edition", "screen")
	tool(t, "pdftoppm", "-r", "96", "-f", "3", "-l", "3", "-singlefile", "-png", pdf, filepath.Join(dir, "poppler"))
	ours := loadPNG(t, filepath.Join(dir, "page-3.png"))
	b.navigate(t, "http://"+addr+"/pages/3.svg?trim", ours.Bounds().Dx(), ours.Bounds().Dy())
	b.waitFor(t, `document.readyState === "complete" && document.fonts.status === "loaded"`, 20*time.Second)
	time.Sleep(200 * time.Millisecond) // the embedded fonts and images paint
	shotPath := filepath.Join(dir, "chromium.png")
	writeFile(t, shotPath, b.screenshot(t))
	shot := loadPNG(t, shotPath)
	if shot.Bounds() != ours.Bounds() {
		t.Fatalf("screenshot %v, page %v", shot.Bounds(), ours.Bounds())
	}
	for _, c := range []struct {
		name string
		img  image.Image
	}{{"the PNG renderer", ours}, {"poppler", loadPNG(t, filepath.Join(dir, "poppler.png"))}} {
		all, raw := similarity(shot, c.img)
		t.Logf("Chromium's page 3 against %s: similarity %.4f (pixel by pixel %.4f)", c.name, all, raw)
		if all < 0.98 {
			t.Errorf("Chromium's page 3 is %.4f similar to %s, want ≥ 0.98", all, c.name)
		}
	}
}

// TestPreviewServesOnlyItsOwnAddress: requests naming another host (DNS
// rebinding) are refused, only the preview's own paths exist, foreign
// origins cannot post, and a busy address is an input error.
func TestPreviewServesOnlyItsOwnAddress(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyEvent(t, dir)
	srv, addr := startPreview(t, filepath.Join(dir, "content.toml"))
	awaitPublished(t, srv)
	_, port, _ := net.SplitHostPort(addr)
	get := func(host, path string) int {
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+path, nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	cases := []struct {
		host, path string
		want       int
	}{
		{addr, "/", http.StatusOK},
		{"localhost:" + port, "/pages/1.svg", http.StatusOK},
		{"attacker.example:" + port, "/", http.StatusMisdirectedRequest},
		{"attacker.example", "/pages/1.svg", http.StatusMisdirectedRequest},
		{"127.0.0.1:1", "/", http.StatusMisdirectedRequest},
		{addr, "/content.toml", http.StatusNotFound},
		{addr, "/../content.toml", http.StatusNotFound},
		{addr, "/pages/99.svg", http.StatusNotFound},
		{addr, "/pages/..%2Fcontent.svg", http.StatusNotFound},
		{addr, "/werkstatt.jpg", http.StatusNotFound},
	}
	for _, c := range cases {
		if got := get(c.host, c.path); got != c.want {
			t.Errorf("Host %s, GET %s: %d, want %d", c.host, c.path, got, c.want)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/ack", strings.NewReader(`{"version":1}`))
	req.Header.Set("Origin", "http://attacker.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("an acknowledgement from a foreign origin: %d, want 403", resp.StatusCode)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"serve", "-addr", addr, filepath.Join(dir, "content.toml")}, &stdout, &stderr); code != exitBadInput ||
		!strings.Contains(stderr.String(), "-addr "+addr) {
		t.Errorf("serve on a busy address: exit %d, %q", code, stderr.String())
	}
}

// awaitPublished waits until the preview has published a build.
func awaitPublished(t testing.TB, srv *preview.Server) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); srv.PublishedAt(1).IsZero(); {
		if time.Now().After(deadline) {
			t.Fatal("the preview published nothing within 20 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestServeRefusesBadInput: serve without a file, with two, with a file
// that is not there, or with an address it cannot listen on is an input or
// usage error (exit 2) that names the problem.
func TestServeRefusesBadInput(t *testing.T) {
	t.Parallel()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{}, "serve takes the content file"},
		{[]string{"a.toml", "b.toml"}, "serve takes the content file"},
		{[]string{filepath.Join(t.TempDir(), "missing.toml")}, "missing.toml"},
		{[]string{"-addr", "no-port", filepath.Join("testdata", "second-event", "content.toml")}, "-addr no-port"},
		{[]string{"-edition", "web", filepath.Join("testdata", "second-event", "content.toml")}, "-edition must be print or screen"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"serve"}, c.args...), &stdout, &stderr); code != exitBadInput || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("serve %v: exit %d, %q; want 2 and %q", c.args, code, stderr.String(), c.want)
		}
	}
}
