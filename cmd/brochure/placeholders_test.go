package main

import (
	"image"
	_ "image/png"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Issue 22, item 13: the preview page arrives with a placeholder per page
// (its number and size), and a plain headless Chromium screenshot taken
// right after serve starts shows them — striped frames saying „page N,
// 210 × 297 mm“ — rather than empty frames, broken images or
// "connecting…". serve runs as its own process, as a user starts it.
func TestPreviewScreenshotShowsPlaceholders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bin := programPath(t)
	contentPath := initEvent(t)
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", contentPath)
	var stdout syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	addr := regexp.MustCompile(`at (http://[0-9.:]+/)`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stdout.String()); m != nil {
			url = m[1]
		}
	}
	if url == "" {
		t.Fatalf("serve printed no address:\n%s", stdout.String())
	}
	// The screenshot as headless Chromium's --screenshot takes it: as
	// soon as the page has loaded (in the package's shared Chromium).
	br := startBrowser(t)
	br.navigate(t, url, 1400, 1000)
	br.waitFor(t, `document.readyState === "complete"`, 20*time.Second)
	shot := filepath.Join(dir, "shot.png")
	writeFile(t, shot, br.screenshot(t))
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// The placeholders' stripes are #f0f0f0 on #fafafa; an empty frame or
	// a page being drawn has neither in quantity.
	stripes, all := 0, 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == 0xf0 && g>>8 == 0xf0 && bl>>8 == 0xf0 {
				stripes++
			}
			all++
		}
	}
	if stripes*10 < all {
		t.Errorf("the screenshot (%s) shows page placeholders on %d of %d pixels, want at least a tenth", shot, stripes, all)
	}
	// The page as served: one placeholder per page, with its size.
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got := regexp.MustCompile(`<div class="placeholder">page (\d+)<br>210 × 297 mm</div>`).FindAllStringSubmatch(string(html), -1)
	if len(got) != 8 || got[0][1] != "1" || got[7][1] != "8" || strings.Contains(string(html), "connecting") {
		t.Errorf("the preview page holds %d placeholders of 210 × 297 mm, want pages 1 to 8:\n%s", len(got), html)
	}
}
