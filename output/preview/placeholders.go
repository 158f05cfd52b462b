package preview

import (
	"bytes"
	"fmt"
	"net/http"
	"time"
)

// firstBuildWait is how long the preview page's first request waits for
// the first build, so that the page arrives with a placeholder per page
// (its size and number) instead of an empty frame.
const firstBuildWait = 10 * time.Second

// pagesMarker is where index.html takes the page placeholders.
var pagesMarker = []byte("<!--pages-->")

// servePage answers the preview page with a placeholder per page of the
// last good build — page number and size in millimetres — which the
// page's script replaces by each page's image as it arrives; a static
// screenshot taken at once therefore shows the pages' places, not broken
// images. It waits for the first build to be published, at most
// firstBuildWait.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, html []byte) {
	select {
	case <-s.firstPublished:
	case <-time.After(firstBuildWait):
	case <-r.Context().Done():
		return
	}
	s.mu.Lock()
	var b bytes.Buffer
	for _, p := range s.pages {
		writePlaceholder(&b, p.info)
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(bytes.Replace(html, pagesMarker, b.Bytes(), 1))
}

// writePlaceholder writes one page's frame with its placeholder, in the
// markup app.js makes for a page (only numbers go into it).
func writePlaceholder(b *bytes.Buffer, p pageInfo) {
	mm := func(pt float64) float64 { return pt * 25.4 / 72 }
	fmt.Fprintf(b, `<div class="page" id="page-%d" style="--w:%.2f;--h:%.2f;--b:%.2f">`, p.N, p.Width, p.Height, p.Bleed)
	fmt.Fprintf(b, `<div class="placeholder">page %d<br>%.0f × %.0f mm</div><span class="folio">%d</span></div>`,
		p.N, mm(p.Width), mm(p.Height), p.N)
}
