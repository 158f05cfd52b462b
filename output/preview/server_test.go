package preview

import (
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"brochure/layout"
	"brochure/layout/typeset"
)

// newTestServer is a preview on a real listener with its bounds, and its
// address.
func newTestServer(t *testing.T) (*Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	hs := HTTPServer(srv)
	go hs.Serve(Limit(ln))
	t.Cleanup(func() { hs.Close() })
	return srv, ln.Addr().String()
}

func postAck(addr, origin string) (int, error) {
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/ack", strings.NewReader(`{"version":1,"pages":1}`))
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// TestAckNeedsTheOrigin: an acknowledgement without an Origin header, or
// from another origin, is refused; the page's own is taken.
func TestAckNeedsTheOrigin(t *testing.T) {
	_, addr := newTestServer(t)
	for origin, want := range map[string]int{"": 403, "http://attacker.example": 403, "http://" + addr: 204} {
		code, err := postAck(addr, origin)
		if err != nil || code != want {
			t.Errorf("Origin %q: %d %v, want %d", origin, code, err, want)
		}
	}
}

// TestAckFloodNeverBlocks: with nobody reading the acknowledgements,
// 2000 of them from 50 clients at once are all answered, and no handler
// is left waiting (the goroutines return to their number before).
func TestAckFloodNeverBlocks(t *testing.T) {
	_, addr := newTestServer(t)
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	failed := make(chan string, 2000)
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 40 {
				if code, err := postAck(addr, "http://"+addr); err != nil || code != 204 {
					failed <- err.Error()
					return
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the acknowledgements were not all answered in 20 s")
	}
	close(failed)
	for f := range failed {
		t.Fatalf("an acknowledgement failed: %s", f)
	}
	http.DefaultClient.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Errorf("%d goroutines after the flood, %d before", n, before)
	}
}

// TestEventClientsAreBounded: past MaxEventClients open event streams, a
// page is told 503 at once.
func TestEventClientsAreBounded(t *testing.T) {
	srv, err := New("127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	srv.mu.Lock()
	for range MaxEventClients {
		srv.notify[make(chan struct{}, 1)] = true
	}
	srv.mu.Unlock()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080/events", nil)
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("event stream %d beyond the bound: %d, want 503", MaxEventClients+1, rec.Code)
	}
}

// TestPanicWhileDrawingIsAnError: a page whose drawing panics (a run of
// glyphs without a font) fails the publication with an error, logged
// with its stack, and the server publishes and draws the next build.
func TestPanicWhileDrawingIsAnError(t *testing.T) {
	srv, err := New("127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	srv.Log = &log
	page := layout.Page{Width: typeset.MM(210), Height: typeset.MM(297)}
	bad := page
	bad.Items = []typeset.Item{&typeset.GlyphRun{Text: "x", Size: typeset.Pt(10)}}
	if _, err := srv.Publish(Snapshot{Doc: &layout.Document{Pages: []layout.Page{bad}}}); err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("publishing a page that panics: %v, want an internal error", err)
	}
	if !strings.Contains(log.String(), "goroutine") {
		t.Errorf("the panic's stack was not logged: %q", log.String())
	}
	if v, err := srv.Publish(Snapshot{Doc: &layout.Document{Pages: []layout.Page{page}}}); err != nil || v != 1 {
		t.Errorf("the next build: version %d, %v", v, err)
	}
}

// TestConnectionsAreBounded: the listener hands out at most
// MaxConnections connections at once; one more waits until one closes.
func TestConnectionsAreBounded(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	lim := Limit(ln)
	var conns []net.Conn
	for range MaxConnections + 1 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	for range MaxConnections {
		c, err := lim.Accept()
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	got := make(chan net.Conn, 1)
	go func() {
		c, _ := lim.Accept()
		got <- c
	}()
	select {
	case <-got:
		t.Fatal("a connection beyond the bound was accepted")
	case <-time.After(100 * time.Millisecond):
	}
	conns[0].Close()
	select {
	case c := <-got:
		c.Close()
	case <-time.After(2 * time.Second):
		t.Fatal("a freed slot was not handed on")
	}
	for _, c := range conns[1:] {
		c.Close()
	}
}
