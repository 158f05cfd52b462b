package pdftest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
)

// interpreter is a Python interpreter running scripts/serve.py: it runs
// one checker script at a time on request, so that pikepdf and PIL are
// imported once per interpreter rather than once per check.
type interpreter struct {
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *tailBuffer   // what the interpreter and the programs it starts wrote there
	done   chan struct{} // closed when the interpreter has ended
}

// tailBuffer keeps the last 16 KiB written to it.
type tailBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (w *tailBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.b = append(w.b, p...)
	if len(w.b) > 16<<10 {
		w.b = w.b[len(w.b)-16<<10:]
	}
	return len(p), nil
}

func (w *tailBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(w.b)
}

// maxInterpreters bounds the interpreters a test binary keeps: as many as
// the machine's two cores run at once.
const maxInterpreters = 2

// interpreters is the test binary's pool of kept interpreters: idle ones,
// and a slot for each one started (at most maxInterpreters). An
// interpreter ends at the end of its input: when closeInterpreters closes
// it (Require does, after the tests), or with the test binary.
var interpreters = struct {
	idle  chan *interpreter
	slots chan struct{}
}{make(chan *interpreter, maxInterpreters), make(chan struct{}, maxInterpreters)}

// takeInterpreter returns an idle interpreter, starts one when fewer than
// maxInterpreters run, or waits for one to be given back.
func takeInterpreter() (*interpreter, error) {
	select {
	case it := <-interpreters.idle:
		return it, nil
	default:
	}
	select {
	case it := <-interpreters.idle:
		return it, nil
	case interpreters.slots <- struct{}{}:
		it, err := startInterpreter()
		if err != nil {
			<-interpreters.slots
		}
		return it, err
	}
}

// startInterpreter starts an interpreter running serve.py.
func startInterpreter() (*interpreter, error) {
	cmd := exec.Command(python, script("serve.py"))
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	// What a script prints is its run's output; its interpreter's own
	// standard error (and that of the programs a script starts, as
	// check-bbox.py does mutool) is kept for the message when the
	// interpreter fails, as a separate run's was dropped.
	stderr := &tailBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	it := &interpreter{in: in, out: bufio.NewReader(out), stderr: stderr, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(it.done)
	}()
	return it, nil
}

// closeInterpreters ends the idle interpreters and waits for them (so that
// their processor time is the test binary's children's, as a separate
// run's was). It is called when no test runs any more.
func closeInterpreters() {
	for {
		select {
		case it := <-interpreters.idle:
			it.in.Close()
			<-it.done
			<-interpreters.slots
		default:
			return
		}
	}
}

// runScript runs a Python script with its arguments in a kept interpreter
// (in the test's working folder) and returns what it printed (standard
// output and error together) and whether it exited with 0.
func runScript(path string, args []string) (ScriptRun, error) {
	it, err := takeInterpreter()
	if err != nil {
		return ScriptRun{}, err
	}
	run, err := it.run(path, args)
	if err != nil { // a broken interpreter is dropped, its slot freed
		it.in.Close()
		<-interpreters.slots
		return ScriptRun{}, err
	}
	interpreters.idle <- it
	return run, nil
}

// run sends one request and reads its answer.
func (it *interpreter) run(path string, args []string) (ScriptRun, error) {
	dir, err := os.Getwd()
	if err != nil {
		return ScriptRun{}, err
	}
	if args == nil {
		args = []string{}
	}
	request, err := json.Marshal(map[string]any{"dir": dir, "script": path, "args": args})
	if err != nil {
		return ScriptRun{}, err
	}
	if _, err := it.in.Write(append(request, '\n')); err != nil {
		return ScriptRun{}, fmt.Errorf("serve.py: %v", err)
	}
	header, err := it.out.ReadString('\n')
	if err != nil {
		return ScriptRun{}, fmt.Errorf("serve.py ended: %v\n%s", err, it.stderr)
	}
	var code, length int
	if _, err := fmt.Sscanf(header, "=== EXIT %d LENGTH %d\n", &code, &length); err != nil {
		return ScriptRun{}, fmt.Errorf("serve.py printed %q where a run's header belongs", header)
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(it.out, body); err != nil {
		return ScriptRun{}, fmt.Errorf("serve.py: %v", err)
	}
	return ScriptRun{Output: string(body), OK: code == 0}, nil
}
