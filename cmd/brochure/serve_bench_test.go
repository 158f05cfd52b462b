package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// previewClient follows the preview's events as the page does: on every
// state it fetches the page images whose hash changed, then reports the
// state's version as shown.
func previewClient(b *testing.B, addr string) <-chan int {
	b.Helper()
	resp, err := http.Get("http://" + addr + "/events")
	if err != nil {
		b.Fatal(err)
	}
	shown := make(chan int, 64)
	go func() {
		defer resp.Body.Close()
		hashes := map[int]string{}
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			data, ok := strings.CutPrefix(sc.Text(), "data: ")
			if !ok {
				continue
			}
			var st struct {
				Version int `json:"version"`
				Pages   []struct {
					N    int    `json:"n"`
					Hash string `json:"hash"`
				} `json:"pages"`
			}
			if json.Unmarshal([]byte(data), &st) != nil {
				continue
			}
			changed := 0
			for _, p := range st.Pages {
				if hashes[p.N] != p.Hash {
					r, err := http.Get(fmt.Sprintf("http://%s/pages/%d.svg?v=%s", addr, p.N, p.Hash))
					if err != nil {
						return
					}
					io.Copy(io.Discard, r.Body)
					r.Body.Close()
					hashes[p.N] = p.Hash
					changed++
				}
			}
			if changed > 0 {
				shown <- st.Version
			}
		}
	}()
	return shown
}

// BenchmarkPreviewLatency measures the live preview's save-to-update
// latency: from writing the content file to a client (fetching pages as
// the browser page does) holding the changed pages of the new build, over
// edits of the second event's text. It reports the median and the 95th
// percentile in milliseconds; TestPreviewInBrowser logs the same measured
// in Chromium, where the page acknowledges an update once it is drawn.
func BenchmarkPreviewLatency(b *testing.B) {
	dir := b.TempDir()
	copyEvent(b, dir)
	path := filepath.Join(dir, "content.toml")
	src := string(readFile(b, path))
	srv, addr := startPreview(b, path)
	shown := previewClient(b, addr)
	select {
	case <-shown:
	case <-time.After(30 * time.Second):
		b.Fatal("no first build")
	}
	var latencies []time.Duration
	edit := 0
	for b.Loop() {
		for range 20 {
			edit++
			before := srv.Version()
			text := strings.Replace(src, "Rund 120 Teilnehmende", fmt.Sprintf("Rund %d Teilnehmende", 120+edit), 1)
			saved := time.Now()
			writeFile(b, path, []byte(text))
			for v := range shown {
				if v > before {
					latencies = append(latencies, time.Since(saved))
					break
				}
			}
			time.Sleep(150 * time.Millisecond) // a designer's pause; the check of the build finishes
		}
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(latencies[len(latencies)/2]), "ms-median")
	b.ReportMetric(ms(latencies[len(latencies)*95/100]), "ms-p95")
	b.ReportMetric(0, "ns/op")
}
