package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"brochure/output/build"
)

// The rules for the files a build writes — the PDF, or the SVG or PNG
// page images — decided here once, for every output:
//
//   - every name is decided before anything is drawn, and each must end
//     in the format's extension (checked with the flags) in a folder that
//     exists;
//   - a name that exists must be a regular file: a folder, a device, a
//     pipe or a socket is refused, and so is a symbolic link — name the
//     file it points to instead (writing would replace the link, not its
//     target, which surprises either way);
//   - no name may be a file the build reads — the content, the theme, a
//     font, a photo, a logo, the ICC profile — however it is named (the
//     same file through another path or a hard link counts);
//   - every file is written to a temporary file beside it, and only when
//     all are complete are they renamed into place: a run that fails
//     leaves none of its files behind, and a temporary file is removed on
//     every failure and on SIGINT and SIGTERM.

// checkOutputs applies the naming rules to every file of outs, given the
// files the build read.
func checkOutputs(outs, inputs []string) error {
	for _, out := range outs {
		if err := checkOutputPath(out, inputs); err != nil {
			return err
		}
	}
	return nil
}

// checkOutputPath applies the naming rules to one output file.
func checkOutputPath(out string, inputs []string) error {
	kind := strings.ToUpper(strings.TrimPrefix(filepath.Ext(out), "."))
	info, err := os.Lstat(out)
	if os.IsNotExist(err) {
		// A new file cannot be an input; its folder must be there, as
		// written (sub/../out.png needs sub).
		dir := "."
		if i := strings.LastIndexByte(out, filepath.Separator); i > 0 {
			dir = out[:i]
		} else if i == 0 {
			dir = "/"
		}
		if dinfo, derr := os.Stat(dir); derr != nil || !dinfo.IsDir() {
			return inputError{fmt.Sprintf("-o %s: there is no folder %s to write it into", out, dir)}
		}
		return nil
	}
	if err != nil {
		return writeError(out, err)
	}
	switch mode := info.Mode(); {
	case mode&os.ModeSymlink != 0:
		return inputError{fmt.Sprintf("-o %s is a symbolic link; name the file it points to instead", out)}
	case mode.IsDir():
		return inputError{fmt.Sprintf("-o %s is a folder; name the %s file to write, such as %s/brochure%s", out, kind, out, filepath.Ext(out))}
	case !mode.IsRegular():
		return inputError{fmt.Sprintf("-o %s is not a regular file (a device, pipe or socket); name a %s file", out, kind)}
	}
	for _, in := range inputs {
		if inInfo, err := os.Stat(in); err == nil && os.SameFile(info, inInfo) {
			return inputError{fmt.Sprintf("-o %s is %s, which the build reads; it would be overwritten — name another %s file", out, in, kind)}
		}
	}
	return nil
}

// writeFileAtomic lets write fill a temporary file beside path and renames
// it into place, so readers see either the old file or the complete new
// one, never a partial one.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	return writeFilesAtomic([]string{path}, func(_ int, w io.Writer) error { return write(w) })
}

// writeFilesAtomic writes every file of paths — write(i, w) fills the
// i-th — each to a temporary file beside it, and renames them into place
// once all are written. On any failure, or SIGINT or SIGTERM, every
// temporary file is removed and nothing more is renamed.
func writeFilesAtomic(paths []string, write func(i int, w io.Writer) error) error {
	var temps tempFiles
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, os.Interrupt, syscall.SIGTERM)
	finished := make(chan struct{})
	go func() {
		select {
		case sig := <-interrupted:
			temps.removeAll()
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-finished:
		}
	}()
	defer func() {
		signal.Stop(interrupted)
		close(finished)
	}()
	for i, path := range paths {
		if err := writeTemp(path, func(w io.Writer) error { return write(i, w) }, temps.add); err != nil {
			temps.removeAll()
			return err
		}
	}
	for i, path := range paths {
		if err := os.Rename(temps.name(i), path); err != nil {
			temps.removeAll() // those renamed are gone already
			return writeError(path, err)
		}
	}
	return nil
}

// tempFiles is the temporary files of one run, shared with the signal
// handler that removes them.
type tempFiles struct {
	mu    sync.Mutex
	names []string
}

func (t *tempFiles) add(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.names = append(t.names, name)
}

func (t *tempFiles) name(i int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.names[i]
}

// removeAll removes every temporary file still there.
func (t *tempFiles) removeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, n := range t.names {
		os.Remove(n)
	}
}

// writeTemp writes one file's temporary file beside path, telling
// created its name as soon as it exists; on failure the temporary file is
// removed.
func writeTemp(path string, write func(io.Writer) error, created func(string)) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	name := tmp.Name()
	created(name)
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return writeError(path, err)
	}
	// write buffers itself (the PDF writer and the image encoders do).
	if err := write(tmp); err != nil {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	return nil
}

// writeError refuses an output the system would not let us write, in one
// line: the path as -o names it and what the system said, without the
// name of the temporary file.
func writeError(path string, err error) error {
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return inputError{fmt.Sprintf("-o %s: cannot write it: %v", path, err)}
}

// otherEditionFile refuses -o naming the file the other edition of the
// same content goes to by default (content.pdf for print,
// content-screen.pdf for screen) when that file exists: the default names
// promise that the editions never replace each other, and naming the other
// edition's file is far more often a slip (a command copied with -edition
// changed) than a wish. Whoever means it removes the file first.
func otherEditionFile(out, contentPath string, edition build.Edition) error {
	other := build.Print
	if edition == build.Print {
		other = build.Screen
	}
	otherOut := defaultOutput(contentPath, other, "pdf")
	outInfo, err := os.Stat(out)
	if err != nil {
		return nil
	}
	if otherInfo, err := os.Stat(otherOut); err != nil || !os.SameFile(outInfo, otherInfo) {
		return nil
	}
	if held, ok := writtenEdition(out); ok && held == edition {
		return nil // the edition written there before: built again
	}
	return inputError{fmt.Sprintf("-o %s is the %s edition's file (what build -edition %s writes); the %s edition would replace it — name another file, or remove %s first",
		out, other, other, edition, out)}
}

// editionTail is how much of the end of a PDF writtenEdition reads: the
// writer puts the metadata stream among the last objects.
const editionTail = 1 << 20

// writtenEdition tells which edition a PDF this program wrote holds, from
// its XMP metadata, which both standards keep uncompressed: pdfxid for
// print (PDF/X), pdfaid for screen (PDF/A). ok is false for a file that
// says neither, or cannot be read.
func writtenEdition(path string) (build.Edition, bool) {
	f, err := os.Open(path)
	if err != nil {
		return build.Print, false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return build.Print, false
	}
	from := max(info.Size()-editionTail, 0)
	tail := make([]byte, info.Size()-from)
	if _, err := f.ReadAt(tail, from); err != nil && !errors.Is(err, io.EOF) {
		return build.Print, false
	}
	switch print, screen := bytes.Contains(tail, []byte("pdfxid:GTS_PDFXVersion")), bytes.Contains(tail, []byte("pdfaid:part")); {
	case print && !screen:
		return build.Print, true
	case screen && !print:
		return build.Screen, true
	}
	return build.Print, false
}
