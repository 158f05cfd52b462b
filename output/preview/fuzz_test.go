package preview

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"brochure/layout"
	"brochure/layout/typeset"
)

// FuzzServeHTTP sends arbitrary requests — method, path and query, Host,
// Origin, other headers and a body — to a preview that has published a
// page: every request is answered (an event stream ends with its
// request), nothing panics, and no acknowledgement handler waits, however
// many arrive with nobody reading them.
func FuzzServeHTTP(f *testing.F) {
	for _, seed := range [][6]string{
		{"GET", "/", "127.0.0.1:8080", "", "", ""},
		{"GET", "/pages/1.svg?trim", "localhost:8080", "", "If-None-Match", `"x"`},
		{"POST", "/ack", "127.0.0.1:8080", "http://127.0.0.1:8080", "Content-Type", `{"version":1,"pages":2}`},
		{"POST", "/ack", "127.0.0.1:8080", "", "", `{"version":`},
		{"GET", "/events", "[::1]:8080", "", "Accept", ""},
		{"GET", "/pages/-1.svg", "evil.example", "null", "", ""},
		{"DELETE", "/document.pdf", "127.0.0.1:8080", "", "", "x"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3], seed[4], seed[5])
	}
	srv, err := New("127.0.0.1:8080")
	if err != nil {
		f.Fatal(err)
	}
	page := layout.Page{Width: typeset.MM(100), Height: typeset.MM(50),
		Items: []typeset.Item{&typeset.Rule{X: typeset.MM(10), Y: typeset.MM(10), W: typeset.MM(20), H: typeset.MM(5)}}}
	if _, err := srv.Publish(Snapshot{Title: "T", Doc: &layout.Document{Pages: []layout.Page{page}}, PDF: []byte("%PDF-1.7")}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, method, target, host, origin, header, body string) {
		if !strings.HasPrefix(target, "/") {
			target = "/" + target
		}
		req, err := http.NewRequest(method, "http://x"+target, strings.NewReader(body))
		if err != nil {
			return
		}
		req.Host = host
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if header != "" {
			req.Header.Set(header, body)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		done := make(chan struct{})
		go func() {
			defer close(done)
			srv.ServeHTTP(httptest.NewRecorder(), req.WithContext(ctx))
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s %s was not answered in 5 s", method, target)
		}
	})
}
