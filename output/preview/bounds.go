package preview

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// The bounds of the preview server, so that no client can make it hold
// more than a known amount (the README lists them).
const (
	// MaxConnections is how many connections are open at once; further
	// ones wait in the listen queue until one closes.
	MaxConnections = 512
	// MaxEventClients is how many pages may follow the builds at once
	// (each holds an event stream); beyond it a page gets 503.
	MaxEventClients = 256
	// MaxHeaderBytes bounds a request's header.
	MaxHeaderBytes = 16 << 10
	// ReadHeaderTimeout is how long a client may take to send its header,
	// and IdleTimeout how long a kept-alive connection may wait for its
	// next request.
	ReadHeaderTimeout = 5 * time.Second
	IdleTimeout       = 60 * time.Second
	// MaxAckBytes bounds the body of an acknowledgement, the only request
	// with a body; others' bodies are not read.
	MaxAckBytes = 4096
)

// HTTPServer is an http.Server for h with the preview's bounds on
// headers and time; serve it on Listen's listener.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: ReadHeaderTimeout, IdleTimeout: IdleTimeout,
		MaxHeaderBytes: MaxHeaderBytes}
}

// Limit wraps ln so that at most MaxConnections are open at once.
func Limit(ln net.Listener) net.Listener {
	return &limitListener{Listener: ln, slots: make(chan struct{}, MaxConnections)}
}

type limitListener struct {
	net.Listener
	slots chan struct{}
}

// Accept waits for a free slot, then for a connection.
func (l *limitListener) Accept() (net.Conn, error) {
	l.slots <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
}

// limitConn frees its slot when it is closed (once).
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
