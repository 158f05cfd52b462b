package main

import (
	"bufio"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// A headless Chromium driven through the DevTools protocol, for the
// tests of the live preview: the real browser loads the page, runs its
// script, shows the SVG pages and takes screenshots. The protocol runs
// over a WebSocket, for which a minimal client follows (RFC 6455: text
// frames, masking, fragments, ping); no module is needed for it.

// browser is one page target of the shared Chromium (sharedChromium).
type browser struct {
	port, target string // the DevTools port and the page target's id
	conn         net.Conn
	rd           *bufio.Reader
	id           int
}

// sharedChromium is the one headless Chromium the tests of this binary
// open their pages in: started on first use (a start costs more than a
// second of CPU time), each test with a page target of its own, ended
// with the tests (TestMain, closeChromium). The tests that drive it run
// in parallel with the package's other tests, so that their waits on the
// browser and the preview server overlap that work; one Chromium bounds
// the memory their pages take.
var sharedChromium struct {
	once          sync.Once
	cmd           *exec.Cmd
	folder        string // the profile and Chromium's temporary files
	profile, port string
	err           error
}

// chromiumPort starts the shared Chromium on first use and returns its
// DevTools port.
func chromiumPort(t *testing.T) string {
	t.Helper()
	c := &sharedChromium
	c.once.Do(func() { c.port, c.err = launchChromium() })
	if c.err != nil {
		t.Fatal(c.err)
	}
	return c.port
}

// launchChromium starts headless Chromium and waits for the DevTools
// port it chose.
func launchChromium() (string, error) {
	c := &sharedChromium
	path, err := exec.LookPath("chromium")
	if err != nil {
		return "", fmt.Errorf("chromium is not installed (run .ci/run, or apt-get install chromium): %v", err)
	}
	if c.folder, err = os.MkdirTemp("", "brochure-chromium-"); err != nil {
		return "", err
	}
	// The profile, and the temporary folder Chromium makes its singleton
	// socket's folder in: in the system's, a Chromium that is killed
	// left one org.chromium.Chromium.* folder behind for every run.
	c.profile = filepath.Join(c.folder, "profile")
	tmp := filepath.Join(c.folder, "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		return "", err
	}
	c.cmd = exec.Command(path, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-extensions", "--disable-background-networking", "--disable-component-update",
		"--disable-default-apps", "--disable-sync", "--hide-scrollbars", "--mute-audio",
		"--force-color-profile=srgb", "--font-render-hinting=none",
		"--remote-debugging-port=0", "--user-data-dir="+c.profile, "about:blank")
	c.cmd.Stdout, c.cmd.Stderr = io.Discard, io.Discard
	c.cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	if err := c.cmd.Start(); err != nil {
		return "", err
	}
	// Chromium writes the port it chose into the profile.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if data, err := os.ReadFile(filepath.Join(c.profile, "DevToolsActivePort")); err == nil {
			if lines := strings.Split(string(data), "\n"); len(lines) > 1 && strings.TrimSpace(lines[0]) != "" {
				return strings.TrimSpace(lines[0]), nil
			}
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("chromium did not open its DevTools port within 30 s")
		}
	}
}

// closeChromium ends the shared Chromium, if it was started, and removes
// its folder.
func closeChromium() {
	c := &sharedChromium
	if c.cmd != nil && c.cmd.Process != nil {
		c.cmd.Process.Kill()
		c.cmd.Wait()
	}
	if c.folder != "" {
		os.RemoveAll(c.folder)
	}
}

// startBrowser opens a new page in the shared Chromium and attaches to
// it; the page is closed when t ends.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	b := &browser{port: chromiumPort(t)}
	req, _ := http.NewRequest(http.MethodPut, "http://127.0.0.1:"+b.port+"/json/new?about:blank", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("DevTools: %v", err)
	}
	var target struct {
		ID                   string `json:"id"`
		WebSocketDebuggerURL string `json:"webSocketDebuggerUrl"`
	}
	err = json.NewDecoder(resp.Body).Decode(&target)
	resp.Body.Close()
	if err != nil || target.WebSocketDebuggerURL == "" {
		t.Fatalf("DevTools gave no page target: %v", err)
	}
	b.target = target.ID
	t.Cleanup(b.close)
	if err := b.dial(target.WebSocketDebuggerURL); err != nil {
		t.Fatalf("DevTools WebSocket: %v", err)
	}
	return b
}

// close closes the page's connection and the page.
func (b *browser) close() {
	if b.conn != nil {
		b.conn.Close()
	}
	if resp, err := http.Get("http://127.0.0.1:" + b.port + "/json/close/" + b.target); err == nil {
		resp.Body.Close()
	}
}

// dial opens the WebSocket (ws://host/path).
func (b *browser) dial(url string) error {
	rest := strings.TrimPrefix(url, "ws://")
	host, path, _ := strings.Cut(rest, "/")
	conn, err := net.Dial("tcp", host)
	if err != nil {
		return err
	}
	key := make([]byte, 16)
	rand.Read(key)
	k := base64.StdEncoding.EncodeToString(key)
	fmt.Fprintf(conn, "GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", path, host, k)
	rd := bufio.NewReaderSize(conn, 1<<16)
	resp, err := http.ReadResponse(rd, nil)
	if err != nil {
		conn.Close()
		return err
	}
	sum := sha1.Sum([]byte(k + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	if resp.StatusCode != http.StatusSwitchingProtocols || resp.Header.Get("Sec-WebSocket-Accept") != base64.StdEncoding.EncodeToString(sum[:]) {
		conn.Close()
		return fmt.Errorf("handshake refused: %s", resp.Status)
	}
	b.conn, b.rd = conn, rd
	return nil
}

// send writes one masked text frame.
func (b *browser) send(payload []byte) error {
	var hdr []byte
	hdr = append(hdr, 0x81) // FIN, text
	switch n := len(payload); {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n < 1<<16:
		hdr = append(hdr, 0x80|126, byte(n>>8), byte(n))
	default:
		hdr = append(hdr, 0x80|127)
		hdr = binary.BigEndian.AppendUint64(hdr, uint64(n))
	}
	mask := make([]byte, 4)
	rand.Read(mask)
	hdr = append(hdr, mask...)
	masked := make([]byte, len(payload))
	for i, c := range payload {
		masked[i] = c ^ mask[i%4]
	}
	_, err := b.conn.Write(append(hdr, masked...))
	return err
}

// receive reads one whole message (joining fragments, answering pings).
func (b *browser) receive() ([]byte, error) {
	var msg []byte
	for {
		h := make([]byte, 2)
		if _, err := io.ReadFull(b.rd, h); err != nil {
			return nil, err
		}
		fin, op := h[0]&0x80 != 0, h[0]&0x0F
		n := uint64(h[1] & 0x7F)
		switch n {
		case 126:
			ext := make([]byte, 2)
			if _, err := io.ReadFull(b.rd, ext); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(ext))
		case 127:
			ext := make([]byte, 8)
			if _, err := io.ReadFull(b.rd, ext); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(ext)
		}
		if n > 256<<20 {
			return nil, fmt.Errorf("frame of %d bytes", n)
		}
		data := make([]byte, n)
		if _, err := io.ReadFull(b.rd, data); err != nil {
			return nil, err
		}
		switch op {
		case 0x8:
			return nil, io.EOF
		case 0x9: // ping
			continue
		case 0xA: // pong
			continue
		}
		msg = append(msg, data...)
		if fin {
			return msg, nil
		}
	}
}

// call runs a DevTools method and returns its result, skipping events.
func (b *browser) call(t *testing.T, method string, params any) json.RawMessage {
	t.Helper()
	b.id++
	req, _ := json.Marshal(map[string]any{"id": b.id, "method": method, "params": params})
	b.conn.SetDeadline(time.Now().Add(60 * time.Second))
	if err := b.send(req); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	for {
		data, err := b.receive()
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		var resp struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if json.Unmarshal(data, &resp) != nil || resp.ID != b.id {
			continue
		}
		if resp.Error != nil {
			t.Fatalf("%s: %s", method, resp.Error.Message)
		}
		return resp.Result
	}
}

// eval evaluates a JavaScript expression in the page (awaiting a
// promise) and decodes its value into v.
func (b *browser) eval(t *testing.T, expr string, v any) {
	t.Helper()
	res := b.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true})
	var out struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &out); err != nil {
		t.Fatal(err)
	}
	if out.ExceptionDetails != nil {
		t.Fatalf("%s: %s", expr, out.ExceptionDetails.Text)
	}
	if v != nil && len(out.Result.Value) > 0 {
		if err := json.Unmarshal(out.Result.Value, v); err != nil {
			t.Fatalf("%s: %v (%s)", expr, err, out.Result.Value)
		}
	}
}

// navigate opens url in a viewport of w × h CSS pixels at device scale 1.
func (b *browser) navigate(t *testing.T, url string, w, h int) {
	t.Helper()
	b.call(t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": w, "height": h, "deviceScaleFactor": 1, "mobile": false})
	b.call(t, "Page.enable", map[string]any{})
	b.call(t, "Page.navigate", map[string]any{"url": url})
}

// screenshot captures the viewport as PNG.
func (b *browser) screenshot(t *testing.T) []byte {
	t.Helper()
	res := b.call(t, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": false})
	var out struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(res, &out); err != nil {
		t.Fatal(err)
	}
	data, err := base64.StdEncoding.DecodeString(out.Data)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// waitFor evaluates cond in the page until it is true.
func (b *browser) waitFor(t *testing.T, cond string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		b.eval(t, "Boolean("+cond+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var body string
			b.eval(t, "document.body ? document.body.innerText.slice(0, 600) : ''", &body)
			t.Fatalf("the page did not reach %s within %v; it shows:\n%s", cond, timeout, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
