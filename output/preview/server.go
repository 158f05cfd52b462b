// Package preview is the live preview of brochure serve: a local web
// server that shows the pages (SVG, drawn by output/pageimage) side by side
// or as spreads, the typesetting warnings and the check results linked to
// their pages, and an overlay for content errors that keeps the last good
// pages visible. Every build is published to the open pages through
// Server-Sent Events; a page fetches only the pages whose content changed,
// replaces them in place (no reload, the scroll position stays) and
// acknowledges the update once it is on screen.
//
// The server answers only on the address it is bound to: a request whose
// Host header names another (DNS rebinding) is refused, it serves its own
// page and the document's pages and nothing else from the disk, and it
// makes no requests of its own.
package preview

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"brochure/assets"
	"brochure/layout"
	"brochure/output/pageimage"
	"brochure/output/preflight"
)

// Snapshot is one build as the preview shows it.
type Snapshot struct {
	// Title names the document.
	Title string
	// Doc is the laid-out document; nil when the build failed (the last
	// good pages stay).
	Doc *layout.Document
	// Err is why the build failed (content.Diagnostics name the file,
	// line and column of each problem).
	Err error
	// Findings are the check's results, when they are known; Verdict
	// sums them up ("PASS" or "FAIL"), "" while the check runs.
	Findings []preflight.Finding
	Verdict  string
	// PDF is the document as a PDF, served for download.
	PDF []byte
	// Of, for a check's results (Doc and Err nil), is the version whose
	// pages were checked: results for pages no longer shown are dropped.
	Of int
	// Built is how long the build took.
	Built time.Duration
}

// Ack is a page's report that it shows a published version.
type Ack struct {
	Version int
	// Pages is how many page images it had to load.
	Pages int
	// ErrorLine is the line of the first error its overlay shows (0: none).
	ErrorLine int
	// At is when the server received it.
	At time.Time
}

// Server serves the preview. Publish it builds; it is an http.Handler.
type Server struct {
	// Log receives the stack of a panic recovered while drawing (nil:
	// none is written).
	Log io.Writer

	hosts    hostCheck
	renderer *pageimage.Renderer
	static   fs.FS

	// renderMu serialises drawing (the renderer keeps caches).
	renderMu sync.Mutex

	mu       sync.Mutex
	version  int
	doc      *layout.Document // the last good build
	pages    []renderedPage
	warnings []warning // the last good build's
	state    []byte    // the latest state message (JSON)
	pdf      []byte
	built    time.Duration // how long the last build took
	notify   map[chan struct{}]bool
	acks     chan Ack
	// published records when each version was published, for latency
	// reports; only the latest few are kept.
	published map[int]time.Time
	// firstPublished is closed when the first version is published.
	firstPublished chan struct{}
}

// renderedPage is a page's SVG and what the page is told of it (its size
// and the hash that identifies its content).
type renderedPage struct {
	svg  []byte
	info pageInfo
}

// New makes a server for a listener bound to addr (host:port as it
// listens, e.g. from net.Listener.Addr().String()).
func New(addr string) (*Server, error) {
	hosts, err := newHostCheck(addr)
	if err != nil {
		return nil, err
	}
	static, err := fs.Sub(assets.Preview, "preview")
	if err != nil {
		return nil, err
	}
	return &Server{hosts: hosts, renderer: pageimage.NewRenderer(), static: static,
		notify: map[chan struct{}]bool{}, acks: make(chan Ack, 64), published: map[int]time.Time{},
		firstPublished: make(chan struct{})}, nil
}

// Acks delivers the pages' acknowledgements (the oldest are dropped when
// nobody reads them).
func (s *Server) Acks() <-chan Ack { return s.acks }

// Version is the latest version published.
func (s *Server) Version() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version
}

// PublishedAt is when version v was published (zero if unknown).
func (s *Server) PublishedAt(v int) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.published[v]
}

// Publish shows a build: its pages (after a failed build, the last good
// ones), warnings, check results and errors. It returns the version
// published. A page that cannot be drawn — even one whose drawing panics
// — fails the publication with an error, and the server goes on.
func (s *Server) Publish(snap Snapshot) (int, error) {
	var pages []renderedPage
	if snap.Doc != nil {
		for i, p := range snap.Doc.Pages {
			var buf bytes.Buffer
			if err := s.render(&buf, p, pageimage.SVGOptions{Bleed: true}); err != nil {
				return 0, fmt.Errorf("page %d: %w", i+1, err)
			}
			sum := sha256.Sum256(buf.Bytes())
			pages = append(pages, renderedPage{svg: buf.Bytes(),
				info: pageInfo{N: i + 1, Width: p.Width.Points(), Height: p.Height.Points(), Bleed: p.Bleed.Points(), Hash: hex.EncodeToString(sum[:8])}})
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if snap.Doc == nil && snap.Err == nil && snap.Of != s.version {
		return s.version, nil // the check of a build that is no longer shown
	}
	s.version++
	if snap.Doc != nil || snap.Err != nil {
		s.built = snap.Built
	}
	msg := stateMessage{Version: s.version, Title: snap.Title, BuiltMS: s.built.Milliseconds(), Verdict: snap.Verdict}
	if snap.Doc != nil {
		s.doc, s.pages, s.warnings = snap.Doc, pages, warningsOf(snap.Doc)
	}
	if snap.PDF != nil {
		s.pdf = snap.PDF
	}
	for _, p := range s.pages {
		msg.Pages = append(msg.Pages, p.info)
	}
	if snap.Err != nil {
		msg.Errors = errorsOf(snap.Err)
	}
	for _, f := range snap.Findings {
		msg.Findings = append(msg.Findings, finding{Rule: f.Rule, Status: string(f.Status), Value: f.Value, Message: f.Message, Page: f.Page})
	}
	// After a failed build, or with a check result for the pages already
	// shown, the warnings of those pages stay.
	msg.Warnings = s.warnings
	state, err := json.Marshal(msg)
	if err != nil {
		return 0, err
	}
	s.state = state
	if s.version == 1 {
		close(s.firstPublished)
	}
	s.published[s.version] = time.Now()
	delete(s.published, s.version-16)
	for ch := range s.notify {
		select {
		case ch <- struct{}{}:
		default: // it has a notice waiting already; it will read the latest state
		}
	}
	return s.version, nil
}

// ServeHTTP answers the preview's requests.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.allows(r.Host) {
		http.Error(w, "this preview answers only on its own address", http.StatusMisdirectedRequest)
		return
	}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; font-src data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
	switch {
	case r.URL.Path == "/ack":
		s.serveAck(w, r)
		return
	case r.Method != http.MethodGet && r.Method != http.MethodHead:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	case r.URL.Path == "/" || r.URL.Path == "/index.html":
		html, err := fs.ReadFile(s.static, "index.html")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		s.servePage(w, r, html)
	case r.URL.Path == "/app.js":
		s.serveStatic(w, r, "app.js", "text/javascript; charset=utf-8")
	case r.URL.Path == "/app.css":
		s.serveStatic(w, r, "app.css", "text/css; charset=utf-8")
	case r.URL.Path == "/events":
		s.serveEvents(w, r)
	case r.URL.Path == "/document.pdf":
		s.mu.Lock()
		pdf := s.pdf
		s.mu.Unlock()
		if pdf == nil {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", "application/pdf")
		w.Write(pdf)
	case strings.HasPrefix(r.URL.Path, "/pages/") && strings.HasSuffix(r.URL.Path, ".svg"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/pages/"), ".svg"))
		s.mu.Lock()
		var page *renderedPage
		doc := s.doc
		if err == nil && n >= 1 && n <= len(s.pages) {
			page = &s.pages[n-1]
		}
		s.mu.Unlock()
		if page == nil {
			http.NotFound(w, r)
			return
		}
		if r.URL.Query().Has("trim") {
			// The trimmed page alone, drawn on request.
			var buf bytes.Buffer
			if err := s.render(&buf, doc.Pages[n-1], pageimage.SVGOptions{}); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			h.Set("Content-Type", "image/svg+xml")
			w.Write(buf.Bytes())
			return
		}
		h.Set("Content-Type", "image/svg+xml")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", `"`+page.info.Hash+`"`)
		if r.Header.Get("If-None-Match") == `"`+page.info.Hash+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(page.svg)
	default:
		http.NotFound(w, r)
	}
}

// render draws a page as SVG, one drawing at a time (the renderer keeps
// caches); a panic while drawing becomes an error, its stack logged.
func (s *Server) render(w io.Writer, p layout.Page, opts pageimage.SVGOptions) (err error) {
	s.renderMu.Lock()
	defer s.renderMu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			if s.Log != nil {
				fmt.Fprintf(s.Log, "preview: drawing a page panicked: %v\n%s", r, debug.Stack())
			}
			s.renderer = pageimage.NewRenderer() // its caches may be half-filled
			err = fmt.Errorf("the page could not be drawn (an internal error: %v)", r)
		}
	}()
	return s.renderer.SVG(w, p, opts)
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request, name, contentType string) {
	data, err := fs.ReadFile(s.static, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(data)
}

// serveEvents streams the state: the latest at once, then each new one.
// A client that falls behind skips to the latest.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	if len(s.notify) >= MaxEventClients {
		s.mu.Unlock()
		http.Error(w, "too many open previews", http.StatusServiceUnavailable)
		return
	}
	s.notify[ch] = true
	state := s.state
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.notify, ch)
		s.mu.Unlock()
	}()
	send := func(state []byte) bool {
		if state == nil {
			return true
		}
		if _, err := fmt.Fprintf(w, "event: state\ndata: %s\n\n", state); err != nil {
			return false
		}
		flusher.Flush()
		return true
	}
	if !send(state) {
		return
	}
	keepAlive := time.NewTicker(25 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case <-ch:
			s.mu.Lock()
			state := s.state
			s.mu.Unlock()
			if !send(state) {
				return
			}
		}
	}
}

// serveAck takes a page's report that it shows a version. Only a page
// of this preview may send one: browsers send the Origin header with
// every POST, and it must be this preview's.
func (s *Server) serveAck(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if origin := r.Header.Get("Origin"); !s.hosts.allowsOrigin(origin) {
		http.Error(w, "foreign origin", http.StatusForbidden)
		return
	}
	var body struct {
		Version   int `json:"version"`
		Pages     int `json:"pages"`
		ErrorLine int `json:"error_line"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxAckBytes)).Decode(&body); err != nil {
		http.Error(w, "bad acknowledgement", http.StatusBadRequest)
		return
	}
	s.offerAck(Ack{Version: body.Version, Pages: body.Pages, ErrorLine: body.ErrorLine, At: time.Now()})
	w.WriteHeader(http.StatusNoContent)
}

// offerAck queues an acknowledgement without ever waiting: when the queue
// is full the oldest is dropped, and if other handlers keep it full, this
// one is.
func (s *Server) offerAck(a Ack) {
	for range 2 {
		select {
		case s.acks <- a:
			return
		default:
		}
		select {
		case <-s.acks: // drop the oldest
		default:
		}
	}
}
