package pdftest

import (
	"container/list"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
)

// readerRuns keeps what readers printed that only read one PDF and print
// to standard output, by their command line and the contents of the file
// they read: the packages build each shared document once (one file for
// every check of that artefact), and a second check asking a reader the
// same question of the same bytes gets the first one's answer instead of
// a new process. It holds at most maxReaderBytes of answers, none larger
// than maxKeptAnswer (the answers asked again are under 1.5 MB; the test
// binaries that use it peak at some 250 MB), dropping the least recently
// asked first.
var readerRuns = struct {
	mu    sync.Mutex
	runs  map[string]*list.Element // of *readerRun, the most recently asked at the front
	order list.List
	bytes int // of the answers held
}{runs: map[string]*list.Element{}}

// maxReaderBytes bounds the answers readerRuns holds: output/build's
// tests keep some 15 MB of answers of at most maxKeptAnswer.
const maxReaderBytes = 24 << 20

// maxKeptAnswer is the largest answer readerRuns keeps. The larger ones
// (MuPDF's glyphs of the long text, 6.5 MB each, nine of them in
// output/build) are each asked once, and each, kept, dropped every answer
// held before it: with 8 MB and no such limit, output/build's tests ran
// 22 readers a second time on the same bytes.
const maxKeptAnswer = 2 << 20

// readerRun is one kept answer, made once.
type readerRun struct {
	key  string
	once sync.Once
	out  string
	err  string // the failure's message, "" when the reader succeeded
	size int    // the bytes counted in readerRuns.bytes, once made
}

// keptRun returns the kept answer for a reader's command line, making it
// with run on first use; ok is false when the command line is not one to
// keep (it writes files, or names no single file).
func keptRun(name string, args []string, run func() (string, string)) (out, failure string, ok bool) {
	key, ok := readerKey(name, args)
	if !ok {
		return "", "", false
	}
	readerRuns.mu.Lock()
	e := readerRuns.runs[key]
	if e == nil {
		e = readerRuns.order.PushFront(&readerRun{key: key})
		readerRuns.runs[key] = e
	} else {
		readerRuns.order.MoveToFront(e)
	}
	r := e.Value.(*readerRun)
	readerRuns.mu.Unlock()
	r.once.Do(func() {
		r.out, r.err = run()
		readerRuns.mu.Lock()
		defer readerRuns.mu.Unlock()
		if readerRuns.runs[key] != e {
			return
		}
		size := len(r.key) + len(r.out) + len(r.err)
		if size > maxKeptAnswer {
			// Given to those asking now, not kept: held, it would drop
			// every other answer to fit.
			readerRuns.order.Remove(e)
			delete(readerRuns.runs, key)
			return
		}
		r.size = size
		readerRuns.bytes += r.size
		dropLeastAsked()
	})
	return r.out, r.err, true
}

// dropLeastAsked drops the least recently asked answers until those held
// fit in maxReaderBytes (readerRuns.mu is held).
func dropLeastAsked() {
	for e := readerRuns.order.Back(); e != nil && readerRuns.bytes > maxReaderBytes; {
		prev := e.Prev()
		if r := e.Value.(*readerRun); r.size > 0 {
			readerRuns.bytes -= r.size
			readerRuns.order.Remove(e)
			delete(readerRuns.runs, r.key)
		}
		e = prev
	}
}

// readerKey is the key of a command line whose only effect is its
// standard output, read from the one regular file it names: the command
// line and the SHA-256 of that file's contents.
func readerKey(name string, args []string) (string, bool) {
	if !printsOnly(name, args) {
		return "", false
	}
	var file string
	for _, a := range args {
		if info, err := os.Stat(a); err == nil && info.Mode().IsRegular() {
			if file != "" {
				return "", false
			}
			file = a
		}
	}
	if file == "" {
		return "", false
	}
	f, err := os.Open(file)
	if err != nil {
		return "", false
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", false
	}
	return fmt.Sprintf("%s\x00%s\x00%x", name, strings.Join(args, "\x00"), h.Sum(nil)), true
}

// printsOnly tells whether a reader's command line writes nothing but its
// standard output.
func printsOnly(name string, args []string) bool {
	switch name {
	case "pdfinfo", "pdffonts":
		return true
	case "pdftotext":
		return len(args) > 0 && args[len(args)-1] == "-"
	case "pdfimages":
		return slices.Contains(args, "-list")
	case "qpdf":
		return slices.ContainsFunc(args, func(a string) bool {
			return a == "--check" || strings.HasPrefix(a, "--json") || strings.HasPrefix(a, "--show-")
		}) && !slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "--json-output") })
	case "mutool":
		i := slices.Index(args, "-o")
		return len(args) > 0 && (args[0] == "draw" && i >= 0 && i+1 < len(args) && args[i+1] == "-" || args[0] == "trace")
	}
	return false
}
