package pdftest

import (
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
// a new process. At most maxReaderRuns answers are kept; beyond that the
// readers run as before.
var readerRuns = struct {
	mu   sync.Mutex
	runs map[string]*readerRun
}{runs: map[string]*readerRun{}}

// maxReaderRuns bounds readerRuns.
const maxReaderRuns = 256

// readerRun is one kept answer, made once.
type readerRun struct {
	once sync.Once
	out  string
	err  string // the failure's message, "" when the reader succeeded
}

// keptRun returns the kept answer for a reader's command line, making it
// with run on first use; ok is false when the command line is not one to
// keep (it writes files, or names no single file), or readerRuns is full.
func keptRun(name string, args []string, run func() (string, string)) (out, failure string, ok bool) {
	key, ok := readerKey(name, args)
	if !ok {
		return "", "", false
	}
	readerRuns.mu.Lock()
	r := readerRuns.runs[key]
	if r == nil {
		if len(readerRuns.runs) >= maxReaderRuns {
			readerRuns.mu.Unlock()
			return "", "", false
		}
		r = &readerRun{}
		readerRuns.runs[key] = r
	}
	readerRuns.mu.Unlock()
	r.once.Do(func() { r.out, r.err = run() })
	return r.out, r.err, true
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
