package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationmonobold"
	"github.com/go-fonts/liberation/liberationmonobolditalic"
	"github.com/go-fonts/liberation/liberationmonoitalic"
	"github.com/go-fonts/liberation/liberationmonoregular"
)

// hardeningCase is one hostile input, run as its own process in a copy of
// the second event's folder (content.toml, theme.toml, two photos and a
// PDF logo).
type hardeningCase struct {
	class int    // the class of its issue (12 or 24) it belongs to
	name  string // what is tried
	// setup changes the folder and returns the command line (without the
	// program's name); nil means "build content.toml -o out.pdf".
	setup func(t *testing.T, dir string) []string
	env   []string // added to the environment
	stdin string   // a file to read standard input from
	// watchFor, when set, runs the command for this long (and until it
	// has said what want asks) and then sends it SIGTERM, as a
	// designer's Ctrl-C would; it must end within a second (runWatched).
	// untilSaid sends it as soon as the command has said it.
	watchFor time.Duration
	exit     int // the exit code wanted: 0, 1 (check failed) or 2
	// want is a regular expression the output must match; with a leading
	// "!", one it must not match (a build that should raise no warning
	// about the text it was given).
	want string
}

// TestHostileRefusalsInProcess runs the hostile corpus's refusals that
// test what the input says (theme numbers, content never dropped,
// invisible characters, web addresses, messages; numeric flags, logo
// numbers and damaged logos, the places diagnostics name) through
// runWithInput, the entry point main calls, in the case's folder, with
// the checks of TestHostileCorpus: exit code, one-line message, no panic,
// inputs untouched, no file left. Its CPU time is the test process's own
// while the case runs (no other test runs then: the test runs alone in a
// test process of its own, runAlone, which also keeps its changes of the
// working folder to itself), and the memory bound applies to the bytes
// it allocates, which bound the heap it can hold. Each of these classes
// keeps its first refusal as a process in TestHostileCorpus, so the exit
// code through os.Exit and the message on the program's standard error
// stay covered.
func TestHostileRefusalsInProcess(t *testing.T) {
	runCasesInProcess(t, refusalInProcess, 50)
}

// TestHostileBuildsInProcess runs the hostile corpus's successful builds
// of the classes whose cases are about the text they are given (content
// never dropped, invisible characters, web addresses, messages; logo
// numbers, the places diagnostics name: inBuildClasses) the way
// TestHostileRefusalsInProcess runs refusals, with every check of
// TestHostileCorpus: exit code 0, the warning wanted (or none), no panic,
// inputs untouched, only the PDF written, and the PDF passing qpdf and
// pdfcpu; the memory bound applies to the bytes the build allocates, as
// for the refusals. Such a build took 0.15–0.23 s of CPU time as a
// process of its own and takes 0.06–0.21 s here, 0.08 s the median (the
// corpus's own accounting).
// Successful builds whose subject is a bound of the process (the raster
// budget, output paths, the logo interpreter's bounds, watch and serve)
// stay processes.
func TestHostileBuildsInProcess(t *testing.T) {
	runCasesInProcess(t, buildInProcess, 10)
}

// runCasesInProcess runs the corpus's cases whose home is home through
// runWithInput, alone in a test process of its own, and fails when fewer
// than least cases have that home (the split should not shrink unseen).
func runCasesInProcess(t *testing.T, home caseHome, least int) {
	if runAlone(t) {
		return
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1718000000")
	r := newCorpusRunner(t)
	n := 0
	for _, nc := range hostileCorpus(t) {
		if nc.home == home {
			n++
			t.Run(nc.name, func(t *testing.T) { r.run(t, nc, runInProcess) })
		}
	}
	r.validate(t)
	if n < least {
		t.Errorf("%d cases ran in process, want at least %d (inProcessClasses, inBuildClasses)", n, least)
	}
}

// namedCase is a case of the hostile corpus with its name (issue/class-what)
// and the test that runs it.
type namedCase struct {
	name  string
	c     hardeningCase
	home  caseHome
	issue int // 12 or 24
}

// caseHome is the test a case of the hostile corpus runs in.
type caseHome int

const (
	asProcess        caseHome = iota // TestHostileCorpus: the program, as a process
	refusalInProcess                 // TestHostileRefusalsInProcess
	buildInProcess                   // TestHostileBuildsInProcess
)

// inProcessClasses are the classes (issue, class) whose refusals test what
// the input says and run in the test process, all but the first of each.
// Not among them, and so run as processes whole: output paths (files,
// links, FIFOs, devices), bounded memory and time, watch and serve
// (signals), check's exit codes, metadata and profiles (the environment),
// fonts, the logo interpreter's bounds, the preview server.
var inProcessClasses = map[[2]int]bool{
	{12, 1}: true, {12, 4}: true, {12, 5}: true, {12, 6}: true, {12, 11}: true,
	{24, 1}: true, {24, 4}: true, {24, 6}: true,
}

// inBuildClasses are the classes of inProcessClasses whose successful
// builds (exit 0, no environment, no standard input, not watched) run in
// the test process too, every one of them: their subject is the text they
// are given, not the process. The raster budget (24/1) is not among them:
// its successful builds are about a process's peak memory.
var inBuildClasses = map[[2]int]bool{
	{12, 4}: true, {12, 5}: true, {12, 6}: true, {12, 11}: true, {24, 4}: true, {24, 6}: true,
}

// hostileCorpus is every case of issues 12 and 24, named, with the
// refusals of inProcessClasses after each class's first, and the
// successful builds of inBuildClasses, marked to run in the test process.
// It fails the test when an issue has fewer cases or classes than it asks
// for.
func hostileCorpus(t *testing.T) []namedCase {
	var all []namedCase
	sampled := map[[2]int]bool{}
	for _, corpus := range []struct {
		issue, least, classes int
		cases                 []hardeningCase
	}{
		{12, 60, 11, hardeningCases()},
		{24, 100, 6, surfaceCases()},
	} {
		classes := map[int]int{}
		for _, c := range corpus.cases {
			classes[c.class]++
			key := [2]int{corpus.issue, c.class}
			plain := c.env == nil && c.stdin == "" && c.watchFor == 0
			refusal := plain && c.exit == exitBadInput
			home := asProcess
			switch {
			case refusal && inProcessClasses[key] && sampled[key]:
				home = refusalInProcess
			case plain && c.exit == exitOK && inBuildClasses[key]:
				home = buildInProcess
			}
			sampled[key] = sampled[key] || refusal
			all = append(all, namedCase{fmt.Sprintf("%d/%d-%s", corpus.issue, c.class, c.name), c, home, corpus.issue})
		}
		if len(corpus.cases) < corpus.least || len(classes) != corpus.classes {
			t.Fatalf("issue %d: %d cases in %d classes; it asks for at least %d covering all %d",
				corpus.issue, len(corpus.cases), len(classes), corpus.least, corpus.classes)
		}
	}
	return all
}

// corpusWorkers is how many cases of the hostile corpus run at a time.
const corpusWorkers = 2

// corpusRunner is what every case of the hostile corpus shares: the
// event's files read once, the light photo that stands in for its group
// photo (lightPhoto), and the one slot for decoding a page image in the
// test's own process (a page of 36 megapixels decodes to 140 MB; two at
// once, with the garbage collector's slack, made the test process the
// suite's largest, 880 MB).
type corpusRunner struct {
	event    map[string][]byte
	light    []byte // gruppe.png, lighter: see lightPhoto
	decoding chan struct{}
	pdfs     *pdfBatch // the PDFs written, for pdfcpu at the end (validate)
}

// newCorpusRunner reads the event for a test that runs cases of the
// corpus; the test calls the runner's validate when they have all run.
func newCorpusRunner(t *testing.T) *corpusRunner {
	r := &corpusRunner{event: map[string][]byte{}, decoding: make(chan struct{}, 1), pdfs: newPDFBatch(t)}
	src := filepath.Join("testdata", "second-event")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		r.event[e.Name()] = readFile(t, filepath.Join(src, e.Name()))
	}
	r.light = lightPhoto(t, r.event[groupPhoto])
	return r
}

// groupPhoto is the second event's 16-bit PNG photo.
const groupPhoto = "gruppe.png"

// keepsThePhoto reports whether the cases of a class run with the event's
// own group photo: those whose subject is the process's memory and time
// (issue 12's class 3, issue 24's raster budget), which the photo's
// 1800 × 1000 pixels of 16 bits weigh on. Every other case is about
// something else — a message, a path, a logo, a signal — and gets
// lightPhoto's, which makes a successful build some four times cheaper
// (0.17 s of CPU time as a process, nearly all of it the photo, against
// 0.04 s).
func keepsThePhoto(issue, class int) bool {
	return issue == 12 && class == 3 || issue == 24 && class == 1
}

// lightPhoto is the group photo at half its size, 900 × 500 pixels of 8
// bits (every second pixel of every second row): still over 300 ppi where
// the event places it, so it draws the same warnings (none).
func lightPhoto(t *testing.T, photo []byte) []byte {
	img, err := png.Decode(bytes.NewReader(photo))
	if err != nil {
		t.Fatalf("%s: %v", groupPhoto, err)
	}
	b := img.Bounds()
	half := image.NewNRGBA(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	for y := range half.Rect.Dy() {
		for x := range half.Rect.Dx() {
			half.Set(x, y, img.At(b.Min.X+2*x, b.Min.Y+2*y))
		}
	}
	var out bytes.Buffer
	if err := png.Encode(&out, half); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// validate validates the PDFs the cases wrote (pdfBatch), once all
// have run.
func (r *corpusRunner) validate(t *testing.T) { r.pdfs.validate(t) }

// runMode is how a case of the corpus is run.
type runMode int

const (
	runAsProcess runMode = iota // the program, through the launcher
	runInProcess                // runWithInput in the test process
)

// caseRun is what one run of a case gave.
type caseRun struct {
	code           int
	stdout, stderr string
	took, stop     time.Duration // wall time; after SIGTERM
	user, sys      time.Duration // CPU time
	memKiB         int64         // a process's peak RSS; in process, the bytes allocated
}

// run runs one case in a copy of the event's folder (with the light
// photo unless keepsThePhoto) and checks it.
func (r *corpusRunner) run(t *testing.T, nc namedCase, mode runMode) {
	c := nc.c
	dir := t.TempDir()
	for name, data := range r.event {
		if name == groupPhoto && !keepsThePhoto(nc.issue, c.class) {
			data = r.light
		}
		writeFile(t, filepath.Join(dir, name), data)
	}
	args := []string{"build", "content.toml", "-o", "out.pdf"}
	if c.setup != nil {
		if a := c.setup(t, dir); a != nil {
			args = a
		}
	}
	before := snapshot(t, dir)
	var o caseRun
	if mode == runInProcess {
		o = runHere(t, dir, args)
	} else {
		o = r.runProgram(t, c, dir, args)
	}
	checkOutcome(t, c, o, mode)
	r.checkFolder(t, c, dir, before, o.code)
}

// runProgram runs the program (built once, on first use: not in
// TestHostileRefusalsInProcess, which runs while no parallel test does)
// through the launcher in dir.
func (r *corpusRunner) runProgram(t *testing.T, c hardeningCase, dir string, args []string) caseRun {
	cmd := exec.Command(programPath(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1718000000")
	cmd.Env = append(cmd.Env, c.env...)
	usage := launched(t, cmd)
	if c.stdin != "" {
		in := c.stdin
		if !filepath.IsAbs(in) {
			in = filepath.Join(dir, in)
		}
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr lockedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	var said *regexp.Regexp // what to wait for before SIGTERM; nil: any output
	if !strings.HasPrefix(c.want, "!") {
		said = regexp.MustCompile(c.want)
	}
	took, stop, err := runWatched(t, cmd, &stdout, &stderr, c.watchFor, said)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("cannot run: %v", err)
	}
	// The kernel's accounting of the ended program (wait4's rusage, what
	// GNU time reports, taken by the launcher): user and system time, and
	// the peak RSS in KiB.
	u := usage()
	return caseRun{code: code, stdout: stdout.String(), stderr: stderr.String(), took: took, stop: stop,
		user: time.Duration(u.UserNS), sys: time.Duration(u.SysNS), memKiB: u.MaxRSSKiB}
}

// runHere runs a command line through runWithInput in dir (the test must
// have its process to itself: the working folder is the process's). Its CPU time is
// the test process's while it runs, its memory the bytes it allocates.
func runHere(t *testing.T, dir string, args []string) caseRun {
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	start := time.Now()
	code := runWithInput(args, strings.NewReader(""), &stdout, &stderr)
	took := time.Since(start)
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	runtime.ReadMemStats(&m1)
	return caseRun{code: code, stdout: stdout.String(), stderr: stderr.String(), took: took,
		user: time.Duration(r1.Utime.Nano() - r0.Utime.Nano()), sys: time.Duration(r1.Stime.Nano() - r0.Stime.Nano()),
		memKiB: int64(m1.TotalAlloc-m0.TotalAlloc) >> 10}
}

// checkOutcome checks a run's exit code, message, time and memory.
func checkOutcome(t *testing.T, c hardeningCase, o caseRun, mode runMode) {
	// Messages are on standard error; watch's status lines, check's
	// report and hyphenate's words on standard output.
	errors := strings.TrimRight(o.stderr, "\n")
	msg := strings.TrimRight(o.stdout+o.stderr, "\n")
	if o.code != c.exit {
		t.Errorf("exit %d, want %d; output:\n%s", o.code, c.exit, clip(msg))
	}
	if re, ok := strings.CutPrefix(c.want, "!"); ok {
		if regexp.MustCompile(re).MatchString(msg) {
			t.Errorf("output matches %q:\n%s", re, clip(msg))
		}
	} else if !regexp.MustCompile(c.want).MatchString(msg) {
		t.Errorf("output does not match %q:\n%s", c.want, clip(msg))
	}
	// A usage error is followed by the hint where help is.
	errors = strings.TrimSuffix(errors, "\nRun 'brochure help' for usage.")
	if c.exit == exitBadInput && (errors == "" || strings.Contains(errors, "\n")) {
		t.Errorf("a refusal should be one line, got:\n%s", clip(errors))
	}
	for _, line := range strings.Split(msg, "\n") {
		if len(line) > 400 {
			t.Errorf("a message line of %d bytes: %.120s…", len(line), line)
		}
	}
	if strings.Contains(msg, "panic:") || strings.Contains(msg, "goroutine ") {
		t.Errorf("the program panicked:\n%s", clip(msg))
	}

	// Time and memory. A case may take 5 s of CPU time (user + system:
	// what it costs, which the shared 2-core machine, running many
	// engineers' tests at once, does not inflate as it does wall time);
	// its wall time is bounded too, against a hang, with room for a loaded
	// machine.
	cpu := o.user + o.sys
	if limit := 5 * time.Second; cpu > limit {
		t.Errorf("took %v of CPU time, want under %v", cpu.Round(time.Millisecond), limit)
	}
	if limit := 20 * time.Second; o.took > limit {
		t.Errorf("took %v, want under %v", o.took.Round(time.Millisecond), limit)
	}
	if c.watchFor > 0 && o.stop > time.Second {
		t.Errorf("took %v to stop after SIGTERM, want under 1 s", o.stop.Round(time.Millisecond))
	}
	memory := map[runMode]string{runAsProcess: "peak RSS", runInProcess: "allocated"}[mode]
	t.Logf("exit %d in %v (CPU %v: %v user, %v system), %s %d MB: %.200s", o.code, o.took.Round(time.Millisecond),
		cpu.Round(time.Millisecond), o.user.Round(time.Millisecond), o.sys.Round(time.Millisecond), memory, o.memKiB>>10, errors)
	if o.memKiB > 300<<10 {
		t.Errorf("%s %d MB, want under 300 MB", memory, o.memKiB>>10)
	}
}

// checkFolder checks the case's folder after the run: inputs untouched,
// nothing left but what it wrote, and that only when it succeeded; each
// PDF passes qpdf (and is kept for pdfcpu, which reads all of them when
// the corpus has run: pdfBatch), each page image decodes.
func (r *corpusRunner) checkFolder(t *testing.T, c hardeningCase, dir string, before map[string]string, code int) {
	after := snapshot(t, dir)
	for name, sum := range before {
		if after[name] != sum {
			t.Errorf("input %s was changed or removed", name)
		}
	}
	for name := range after {
		if _, ok := before[name]; ok {
			continue
		}
		ext := filepath.Ext(name)
		if (ext != ".pdf" && ext != ".png" && ext != ".svg") || strings.HasPrefix(filepath.Base(name), ".") {
			t.Errorf("stray file left behind: %s", name)
			continue
		}
		if code != exitOK && c.watchFor == 0 {
			t.Errorf("a failed run wrote %s", name)
		}
		if ext != ".pdf" {
			r.checkPageImage(t, filepath.Join(dir, name))
			continue
		}
		pdf := filepath.Join(dir, name)
		if out := tool(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("qpdf --check %s:\n%s", name, out)
		}
		r.pdfs.add(t, pdf) // pdfcpu reads it at the corpus's end
	}
}

// untilSaid is the watchFor of a case whose command is stopped as soon as
// its output matches what the case wants (and 100 ms later, so that it is
// seen to keep running): how long it ran is not what the case tests, so
// it waits for the message, not for the clock.
const untilSaid = time.Nanosecond

// checkPageImage checks a page image (checkPageImage), one at a time, and
// gives the memory it took (a PNG's compressed data, an SVG) back to the
// system at once.
func (r *corpusRunner) checkPageImage(t *testing.T, path string) {
	r.decoding <- struct{}{}
	defer func() {
		debug.FreeOSMemory()
		<-r.decoding
	}()
	checkPageImage(t, path)
}

// runWatched runs cmd (the program) to its end. A case that watches
// (watchFor > 0) is sent SIGTERM, as a designer's Ctrl-C would, once it
// has run that long, its output matches said (or is not empty, said nil;
// watch's first build is over then) and 100 ms more have passed; stop is
// how long it took to end after that. One that says nothing for 20 s is
// sent SIGTERM then; one that has not ended 3 s after SIGTERM is killed.
func runWatched(t *testing.T, cmd *exec.Cmd, stdout, stderr *lockedBuffer, watchFor time.Duration, said *regexp.Regexp) (took, stop time.Duration, err error) {
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("cannot run: %v", err)
	}
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	if watchFor == 0 {
		err = <-ended
		return time.Since(start), 0, err
	}
	var saidAt time.Time
	for time.Since(start) < watchFor || (saidAt.IsZero() && time.Since(start) < 20*time.Second) || time.Since(saidAt) < 100*time.Millisecond {
		if saidAt.IsZero() {
			if out := stdout.String() + stderr.String(); out != "" && (said == nil || said.MatchString(out)) {
				saidAt = time.Now()
			}
		}
		select {
		case err := <-ended:
			return time.Since(start), 0, err
		case <-time.After(20 * time.Millisecond):
		}
	}
	program := cmd.Process.Pid
	signalled := time.Now()
	syscall.Kill(program, syscall.SIGTERM)
	select {
	case err = <-ended:
	case <-time.After(3 * time.Second):
		syscall.Kill(-program, syscall.SIGKILL) // the launcher's group: it and the program
		err = <-ended
	}
	return time.Since(start), time.Since(signalled), err
}

// lockedBuffer is a buffer a process writes into while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// Len is how much was written so far.
func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

// String is what was written.
func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// snapshot maps every entry of dir to a fingerprint: the SHA-256 of a
// regular file, the target of a link, the kind of anything else.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == dir {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(path)
			out[rel] = "link to " + target
		case d.Type().IsRegular():
			out[rel] = fileSum(t, path)
		default:
			out[rel] = d.Type().String()
		}
		return nil
	})
	return out
}

// fileSum is the SHA-256 of a regular file's size and data. The data is
// read stretch by stretch as the file system holds it (lseek SEEK_DATA
// and SEEK_HOLE), each stretch with its offset: a sparse gigabyte costs
// nothing to read, and a byte written anywhere into it changes the sum.
func fileSum(t *testing.T, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	const seekData, seekHole = 3, 4 // Linux's lseek whence values
	h := sha256.New()
	fmt.Fprintf(h, "%d bytes\n", info.Size())
	for off := int64(0); off < info.Size(); {
		data, err := syscall.Seek(int(f.Fd()), off, seekData)
		if err == syscall.ENXIO {
			break // holes to the end
		}
		hole, err2 := syscall.Seek(int(f.Fd()), data, seekHole)
		if err != nil || err2 != nil {
			t.Fatalf("%s: lseek: %v %v", path, err, err2)
		}
		fmt.Fprintf(h, "@%d\n", data)
		if _, err := io.Copy(h, io.NewSectionReader(f, data, hole-data)); err != nil {
			t.Fatal(err)
		}
		off = hole
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// The helpers below change the event folder.

func setTheme(t *testing.T, dir, theme string) {
	writeFile(t, filepath.Join(dir, "theme.toml"), []byte(theme))
}

func editContent(t *testing.T, dir, old, new string) {
	t.Helper()
	path := filepath.Join(dir, "content.toml")
	src := string(readFile(t, path))
	if !strings.Contains(src, old) {
		t.Fatalf("content.toml has no %q", old)
	}
	writeFile(t, path, []byte(strings.Replace(src, old, new, 1)))
}

// themeCase is a case whose theme.toml is replaced.
func themeCase(theme string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		setTheme(t, dir, theme)
		return nil
	}
}

// contentCase is a case with one replacement in content.toml.
func contentCase(old, new string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		editContent(t, dir, old, new)
		return []string{"build", "content.toml", "-o", "out.pdf"}
	}
}

// bodyCase puts text at the start of the first section's body.
func bodyCase(text string) func(*testing.T, string) []string {
	return contentCase("Rund 120 Teilnehmende", text+" Rund 120 Teilnehmende")
}

// urlCase sets the contact section's link to url.
func urlCase(url string) func(*testing.T, string) []string {
	return contentCase(`url = "https://example.org/netzwerk-ausbildung-nordost/"`, "url = "+strconv.Quote(url))
}

// withArgs runs setup (if any) and then the given command line.
func withArgs(setup func(*testing.T, string) []string, args ...string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		if setup != nil {
			setup(t, dir)
		}
		return args
	}
}

// fontTheme writes a theme whose text family is Liberation Mono with
// regular replaced by data, and returns nil (the default build).
func fontTheme(regular []byte) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		files := map[string][]byte{"Mono-Regular.ttf": regular, "Mono-Bold.ttf": liberationmonobold.TTF,
			"Mono-Italic.ttf": liberationmonoitalic.TTF, "Mono-BoldItalic.ttf": liberationmonobolditalic.TTF}
		for name, data := range files {
			writeFile(t, filepath.Join(dir, "fonts", name), data)
		}
		setTheme(t, dir, `[fonts.text]
regular = "fonts/Mono-Regular.ttf"
bold = "fonts/Mono-Bold.ttf"
italic = "fonts/Mono-Italic.ttf"
bold_italic = "fonts/Mono-BoldItalic.ttf"
`)
		return nil
	}
}

// withHeadField returns a copy of a TrueType font with a 16-bit field of
// its head table set.
func withHeadField(t *testing.T, font []byte, offset int, value uint16) []byte {
	font = append([]byte(nil), font...)
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == "head" {
			binary.BigEndian.PutUint16(font[int(binary.BigEndian.Uint32(rec[8:]))+offset:], value)
			return font
		}
	}
	t.Fatal("no head table")
	return nil
}

// pngChunk frames a PNG chunk.
func pngChunk(kind string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(len(data)))
	b.WriteString(kind)
	b.Write(data)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	return b.Bytes()
}

// bigPNG writes a PNG of w×h pixels that is small on disk: every row is
// zero, so its image data compresses about a thousandfold. rows limits how
// many rows of data are written (the rest is missing).
func bigPNG(t *testing.T, path string, w, h, depth, colourType, rows int) {
	var ihdr bytes.Buffer
	binary.Write(&ihdr, binary.BigEndian, uint32(w))
	binary.Write(&ihdr, binary.BigEndian, uint32(h))
	ihdr.Write([]byte{byte(depth), byte(colourType), 0, 0, 0})
	var idat bytes.Buffer
	z, _ := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	row := make([]byte, 1+w*depth/8)
	for i := 0; i < rows; i++ {
		z.Write(row)
	}
	z.Close()
	var file bytes.Buffer
	file.WriteString("\x89PNG\r\n\x1a\n")
	file.Write(pngChunk("IHDR", ihdr.Bytes()))
	file.Write(pngChunk("IDAT", idat.Bytes()))
	file.Write(pngChunk("IEND", nil))
	writeFile(t, path, file.Bytes())
}

// hugeJPEG writes a small JPEG whose frame header claims w×h pixels.
func hugeJPEG(t *testing.T, path string, w, h int) {
	var b bytes.Buffer
	jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 16, 16)), nil)
	data := b.Bytes()
	i := bytes.Index(data, []byte{0xFF, 0xC0})
	if i < 0 {
		t.Fatal("no SOF0 marker")
	}
	binary.BigEndian.PutUint16(data[i+5:], uint16(h))
	binary.BigEndian.PutUint16(data[i+7:], uint16(w))
	writeFile(t, path, data)
}

// minimalPDF writes a one-page PDF whose page content is the given
// stream (already encoded with the given filter, or none).
func minimalPDF(t *testing.T, path string, stream []byte, filter string) {
	var b bytes.Buffer
	offsets := []int{}
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 120 60] /Contents 4 0 R >>")
	f := ""
	if filter != "" {
		f = " /Filter /" + filter
	}
	obj(fmt.Sprintf("<< /Length %d%s >>\nstream\n%s\nendstream", len(stream), f, stream))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	writeFile(t, path, b.Bytes())
}

// flateBomb is n bytes of spaces (whole MiB), as a zlib stream: one MiB
// compressed once, its deflate blocks (ended by a sync flush, so
// byte-aligned and not final) repeated for each MiB, then an empty final
// block and the Adler-32 of the whole. It inflates to what compressing
// the n bytes themselves gives, without their 0.4–0.8 s of CPU time.
func flateBomb(n int) []byte {
	chunk := bytes.Repeat([]byte{' '}, 1<<20)
	var block bytes.Buffer
	f, _ := flate.NewWriter(&block, flate.BestCompression)
	f.Write(chunk)
	f.Flush()
	sum := adler32.New()
	out := []byte{0x78, 0xda} // zlib: deflate, 32 KiB window, best compression
	for range n >> 20 {
		out = append(out, block.Bytes()...)
		sum.Write(chunk)
	}
	out = append(out, 0x03, 0x00) // final, fixed codes, end of block
	return binary.BigEndian.AppendUint32(out, sum.Sum32())
}

func mkfifo(t *testing.T, path string) {
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, path string) {
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
}

// Locations in messages.
const (
	atContent = `content\.toml:\d+:\d+: `
	atTheme   = `theme\.toml:\d+:\d+: `
)

func hardeningCases() []hardeningCase {
	return []hardeningCase{
		// 1. Theme numbers: finite, in range, geometrically consistent.
		{1, "NaN leading", themeCase("[roles.body]\nleading = nan\n"), nil, "", 0, 2, atTheme + `roles\.body\.leading: .*a length`},
		{1, "NaN margin as text", themeCase("[page]\nmargin_top = \"NaNmm\"\n"), nil, "", 0, 2, atTheme + `page\.margin_top: `},
		{1, "infinite margin", themeCase("[page]\nmargin_left = inf\n"), nil, "", 0, 2, atTheme + `page\.margin_left: `},
		{1, "NaN rule", themeCase("[spacing]\nrule = \"nanpt\"\n"), nil, "", 0, 2, atTheme + `spacing\.rule: `},
		{1, "zero leading", themeCase("[roles.body]\nleading = \"0pt\"\n"), nil, "", 0, 2, atTheme + `roles\.body\.leading: 0pt is out of range: expected 4pt to 400pt$`},
		{1, "zero text size", themeCase("[roles.caption]\nsize = \"0pt\"\n"), nil, "", 0, 2, atTheme + `roles\.caption\.size: 0pt is out of range: expected 4pt to 200pt$`},
		{1, "negative margin", themeCase("[page]\nmargin_right = \"-5mm\"\n"), nil, "", 0, 2, atTheme + `page\.margin_right: `},
		{1, "column gap wider than the page", themeCase("[page]\ncolumns = 2\ncolumn_gap = \"300mm\"\n"), nil, "", 0, 2, atTheme + `page\.column_gap: `},
		{1, "list indent wider than the measure", themeCase("[spacing]\nlist_indent = \"120mm\"\n"), nil, "", 0, 2, atTheme + `spacing\.list_indent: `},
		{1, "margins leave no measure", themeCase("[page]\nmargin_left = \"100mm\"\nmargin_right = \"100mm\"\n"), nil, "", 0, 2, `theme\.toml:1:1: page: the type area is 28 pt wide`},
		{1, "inner margin with a left one", themeCase("[page]\nmargin_inner = \"20mm\"\nmargin_outer = \"30mm\"\nmargin_left = \"20mm\"\n"), nil, "", 0, 2, `theme\.toml:4:1: page\.margin_left: margin_left cannot be given with page\.margin_inner`},
		{1, "outer margin alone", themeCase("[page]\nmargin_outer = \"30mm\"\n"), nil, "", 0, 2, `theme\.toml:2:1: page\.margin_outer: margin_outer needs page\.margin_inner too`},
		{1, "page of 10000 in", themeCase("[page]\nwidth = \"10000in\"\n"), nil, "", 0, 2, atTheme + `page\.width: `},
		{1, "seven columns", themeCase("[page]\ncolumns = 7\n"), nil, "", 0, 2, atTheme + `page\.columns: `},
		{1, "enormous tracking", themeCase("[roles.label]\ntracking = 1e9\n"), nil, "", 0, 2, atTheme + `roles\.label\.tracking: `},
		{1, "length without unit", themeCase("[spacing]\nparagraph = 6\n"), nil, "", 0, 2, atTheme + `spacing\.paragraph: .*unit`},
		{1, "photo wider than the column", themeCase("[spacing]\nphoto_width = \"150mm\"\n"), nil, "", 0, 2, atTheme + `spacing\.photo_width: `},

		// 2. Output path: never an input, never a non-regular file.
		{2, "output is the content", withArgs(nil, "build", "content.toml", "-o", "content.toml"), nil, "", 0, 2, `^brochure: -o content\.toml: the output file must end in \.pdf$`},
		{2, "output is the theme", withArgs(nil, "build", "content.toml", "-o", "theme.toml"), nil, "", 0, 2, `^brochure: -o theme\.toml: the output file must end in \.pdf$`},
		{2, "output is a photo", withArgs(nil, "build", "content.toml", "-o", "werkstatt.jpg"), nil, "", 0, 2, `^brochure: -o werkstatt\.jpg: the output file must end in \.pdf$`},
		{2, "output is the PDF logo", withArgs(nil, "build", "content.toml", "-o", "partnerlogo.pdf"), nil, "", 0, 2, `^brochure: -o partnerlogo\.pdf is partnerlogo\.pdf, which the build reads`},
		{2, "output is a hard link to the content", func(t *testing.T, dir string) []string {
			if err := os.Link(filepath.Join(dir, "content.toml"), filepath.Join(dir, "copy.pdf")); err != nil {
				t.Fatal(err)
			}
			return []string{"build", "content.toml", "-o", "copy.pdf"}
		}, nil, "", 0, 2, `^brochure: -o copy\.pdf is content\.toml, which the build reads`},
		{2, "output is a device", withArgs(nil, "build", "content.toml", "-o", "/dev/null"), nil, "", 0, 2, `^brochure: -o /dev/null: the output file must end in \.pdf$`},
		{2, "output is a symbolic link", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "elsewhere.pdf"), []byte("%PDF-1.7 previous"))
			symlink(t, "elsewhere.pdf", filepath.Join(dir, "link.pdf"))
			return []string{"build", "content.toml", "-o", "link.pdf"}
		}, nil, "", 0, 2, `link\.pdf.*link`},
		{2, "output is a folder", func(t *testing.T, dir string) []string {
			os.Mkdir(filepath.Join(dir, "out.pdf"), 0o755)
			return []string{"build", "content.toml", "-o", "out.pdf"}
		}, nil, "", 0, 2, `^brochure: -o out\.pdf is a folder; name the PDF file to write`},
		{2, "output in a missing folder", withArgs(nil, "build", "content.toml", "-o", "nowhere/out.pdf"), nil, "", 0, 2, `^brochure: -o nowhere/out\.pdf: there is no folder nowhere to write it into$`},
		{2, "output is a FIFO", func(t *testing.T, dir string) []string {
			mkfifo(t, filepath.Join(dir, "pipe.pdf"))
			return []string{"build", "content.toml", "-o", "pipe.pdf"}
		}, nil, "", 0, 2, `pipe\.pdf.*not a regular file`},

		// 3. Bounded memory and time.
		{3, "content is /dev/zero", withArgs(nil, "build", "/dev/zero", "-o", "out.pdf"), nil, "", 0, 2, `/dev/zero: .*not a regular file`},
		{3, "content is a FIFO", func(t *testing.T, dir string) []string {
			mkfifo(t, filepath.Join(dir, "fifo.toml"))
			return []string{"build", "fifo.toml", "-o", "out.pdf"}
		}, nil, "", 0, 2, `fifo\.toml: .*not a regular file`},
		{3, "content is a 1 GB sparse file", func(t *testing.T, dir string) []string {
			f, err := os.Create(filepath.Join(dir, "sparse.toml"))
			if err != nil {
				t.Fatal(err)
			}
			f.Truncate(1 << 30)
			f.Close()
			return []string{"build", "sparse.toml", "-o", "out.pdf"}
		}, nil, "", 0, 2, `sparse\.toml: .*1073741824 bytes.*at most 8 MiB`},
		{3, "ICC profile is /dev/zero", withArgs(nil, "build", "content.toml", "-o", "out.pdf", "-icc", "/dev/zero", "-output-condition", "FOGRA39"), nil, "", 0, 2, `/dev/zero.*not a regular file`},
		{3, "theme is a FIFO", func(t *testing.T, dir string) []string {
			os.Remove(filepath.Join(dir, "theme.toml"))
			mkfifo(t, filepath.Join(dir, "theme.toml"))
			return nil
		}, nil, "", 0, 2, atContent + `theme: .*not a regular file`},
		{3, "10000×10000 PNG", func(t *testing.T, dir string) []string {
			bigPNG(t, filepath.Join(dir, "gruppe.png"), 10000, 10000, 8, 0, 10000)
			return nil
		}, nil, "", 0, 2, atContent + `sections\[2\]\.images\[0\]\.file: "gruppe\.png" is 10000 × 10000 pixels`},
		{3, "10000×10000 PNG at 16 bits", func(t *testing.T, dir string) []string {
			bigPNG(t, filepath.Join(dir, "gruppe.png"), 10000, 10000, 16, 6, 100)
			return nil
		}, nil, "", 0, 2, atContent + `sections\[2\]\.images\[0\]\.file: "gruppe\.png" is 10000 × 10000 pixels`},
		{3, "JPEG claiming 65000×65000", func(t *testing.T, dir string) []string {
			hugeJPEG(t, filepath.Join(dir, "werkstatt.jpg"), 65000, 65000)
			return nil
		}, nil, "", 0, 2, atContent + `sections\[1\]\.images\[0\]\.file: "werkstatt\.jpg" is 65000 × 65000 pixels`},
		{3, "Flate bomb in a PDF logo", func(t *testing.T, dir string) []string {
			minimalPDF(t, filepath.Join(dir, "partnerlogo.pdf"), flateBomb(200<<20), "FlateDecode")
			return nil
		}, nil, "", 0, 2, atContent + `funding\.funders\[0\]\.logo: .*partnerlogo\.pdf`},
		{3, "emphasis markup 60,000 times", bodyCase(strings.Repeat("*a **b ", 60000)), nil, "", 0, 2, `content\.toml:\d+:\d+: sections\[0\]\.body.*emphasis`},
		{3, "hyphenate 200,000 different words", func(t *testing.T, dir string) []string {
			var b strings.Builder
			for i := 0; i < 200000; i++ {
				// Distinct words of letters only: a four-letter middle.
				mid := []byte{byte('a' + i%26), byte('a' + i/26%26), byte('a' + i/676%26), byte('a' + i/17576%26)}
				fmt.Fprintf(&b, "Ausbildungs%sbegleitung\n", mid)
			}
			writeFile(t, filepath.Join(dir, "words.txt"), []byte(b.String()))
			return []string{"hyphenate"}
		}, nil, "words.txt", 0, 0, `Aus-bil-dungs`},
		{3, "font is /dev/zero", func(t *testing.T, dir string) []string {
			fontTheme(liberationmonoregular.TTF)(t, dir)
			os.Remove(filepath.Join(dir, "fonts", "Mono-Regular.ttf"))
			symlink(t, "/dev/zero", filepath.Join(dir, "fonts", "Mono-Regular.ttf"))
			return []string{"build", "content.toml", "-o", "out.pdf", "--allow-outside"}
		}, nil, "", 0, 2, atTheme + `fonts\.text\.regular: .*not a regular file`},

		// 4. Content is never dropped silently.
		{4, "presentation URL too long for a QR code", urlCase("https://example.org/" + strings.Repeat("a", 3000)), nil, "", 0, 2, `^content\.toml:\d+:\d+: sections\[3\]\.links\[0\]: the address "https://example\.org/a+…a+" is too long for a QR code`},
		{4, "presentation URL too dense for the QR grid", urlCase("https://example.org/" + strings.Repeat("a", 300)), nil, "", 0, 2, `^content\.toml:\d+:\d+: sections\[3\]\.links\[0\]: the address .* needs a QR code of \d+ modules: 0\.\d+ mm each at links\.qr_size 20 mm, below spacing\.qr_module 0\.40 mm`},
		{4, "a 50,000-letter word", bodyCase(strings.Repeat("x", 50000)), nil, "", 0, 0, `content\.toml:\d+:\d+: sections\[0\]\.body \(block 1\).*warning: .*overfull`},
		{4, "a caption of one enormous word", contentCase(`caption = "Die Arbeitsgruppe im Gespräch"`, `caption = "`+strings.Repeat("Arbeitsgruppe", 300)+`"`), nil, "", 0, 0, `warning: `},
		{4, "check refuses an address too long for a QR code", func(t *testing.T, dir string) []string {
			urlCase("https://example.org/"+strings.Repeat("a", 3000))(t, dir)
			return []string{"check", "content.toml"}
		}, nil, "", 0, 2, `(?m)^content\.toml:\d+:\d+: sections\[3\]\.links\[0\]: the address .* is too long for a QR code`},

		// 5. Invisible and format characters.
		{5, "soft hyphen", bodyCase("Ausbildungs\u00adbegleitung"), nil, "", 0, 0, "!sections\\["},
		{5, "zero-width space", bodyCase("Ausbildungsbegleitung/\u200bBerufsberatung"), nil, "", 0, 0, "!sections\\["},
		{5, "zero-width non-joiner", bodyCase("Auf\u200clage"), nil, "", 0, 0, "!sections\\["},
		{5, "word joiner", bodyCase("9\u2060Uhr"), nil, "", 0, 0, "!sections\\["},
		{5, "zero-width joiner", bodyCase("Team\u200dwork"), nil, "", 0, 0, "!sections\\["},
		{5, "stray BOM in a title", contentCase(`title = "Begrüßung"`, "title = \"Begr\ufeffüßung\""), nil, "", 0, 0, "!sections\\["},
		{5, "right-to-left override in a title", contentCase(`title = "Begrüßung"`, "title = \"Begr\u202eüßung\""), nil, "", 0, 2, atContent + `sections\[0\]\.title: .*U\+202E`},
		{5, "isolate in a body", bodyCase("Text \u2066mit\u2069 Isolat"), nil, "", 0, 2, `content\.toml:\d+:\d+: sections\[0\]\.body.*U\+2066`},
		{5, "left-to-right embedding in a name", contentCase(`name = "Merle Johannsen"`, "name = \"\u202aMerle Johannsen\""), nil, "", 0, 2, atContent + `sections\[1\]\.speakers\[0\]\.name: .*U\+202A`},

		// 6. Web addresses.
		{6, "no-break space in a URL", urlCase("https://example.org/netzwerk\u00a0nordost/"), nil, "", 0, 2, atContent + `sections\[3\]\.links\[0\]\.url: .*U\+00A0`},
		{6, "ideographic space in a URL", urlCase("https://example.org/netzwerk\u3000nordost/"), nil, "", 0, 2, atContent + `sections\[3\]\.links\[0\]\.url: .*U\+3000`},
		{6, "zero-width space in a URL", urlCase("https://example.org/\u200bnetzwerk/"), nil, "", 0, 2, atContent + `sections\[3\]\.links\[0\]\.url: .*U\+200B`},
		{6, "IDN host", urlCase("https://bücher-für-geflüchtete.de/über-uns?thema=Ausbildung#kontakt"), nil, "", 0, 0, "!sections\\["},
		{6, "script URL", urlCase("javascript:alert(1)"), nil, "", 0, 2, atContent + `sections\[3\]\.links\[0\]\.url: `},
		{6, "URL without host", urlCase("https:///pfad"), nil, "", 0, 2, atContent + `sections\[3\]\.links\[0\]\.url: `},

		// 7. watch: stops on SIGTERM whatever happens, follows what it
		// could not read (the change-following itself is tested in
		// watch_follow_test.go).
		{7, "watch with a NaN theme stops on SIGTERM", themeCaseArgs("[roles.body]\nleading = nan\n", "watch", "content.toml", "-o", "out.pdf"), nil, "", untilSaid, 0, `error, out\.pdf unchanged:\n\s+` + atTheme + `roles\.body\.leading`},
		{7, "watch a missing content file", withArgs(nil, "watch", "missing.toml", "-o", "out.pdf"), nil, "", untilSaid, 0, `missing\.toml: .*no such file`},
		{7, "watch writing onto its content", withArgs(nil, "watch", "content.toml", "-o", "content.toml"), nil, "", untilSaid, 0, `error, content\.toml unchanged:\n.*content\.toml.*(input|read)`},
		{7, "watch with a photo missing", func(t *testing.T, dir string) []string {
			os.Remove(filepath.Join(dir, "gruppe.png"))
			return []string{"watch", "content.toml", "-o", "out.pdf"}
		}, nil, "", untilSaid, 0, `content\.toml:\d+:\d+: sections\[2\]\.images\[0\]\.file: "gruppe\.png": no such file`},
		{7, "watch a good build", withArgs(nil, "watch", "content.toml", "-o", "out.pdf"), nil, "", untilSaid, 0, `built out\.pdf: \d+ pages`},

		// 8. check reports every rule.
		{8, "check without EU co-funding keeps the logo rule", contentCheck("eu_cofunded = true", "eu_cofunded = false"), nil, "", 0, 1, `(?m)^\s+(PASS|WARN|FAIL)\s+funder-logo`},
		{8, "check without a funding statement", contentCheck(`statement = "Das Netzwerk`, `# statement = "Das Netzwerk`), nil, "", 0, 1, `(?m)^\s+FAIL\s+funding-statement`},
		{8, "check on a good event", withArgs(nil, "check", "content.toml"), nil, "", 0, 0, `(?m)^\s+PASS\s+eu-emblem-cover`},
		{8, "check a theme with a 0 mm emblem", func(t *testing.T, dir string) []string {
			setTheme(t, dir, "[spacing]\nemblem_height = \"0mm\"\n")
			return []string{"check", "content.toml"}
		}, nil, "", 0, 2, atTheme + `spacing\.emblem_height: `},
		{8, "check a page of 10000 in", func(t *testing.T, dir string) []string {
			setTheme(t, dir, "[page]\nheight = \"10000in\"\n")
			return []string{"check", "content.toml"}
		}, nil, "", 0, 2, atTheme + `page\.height: `},

		// 9. Metadata and profiles.
		{9, "SOURCE_DATE_EPOCH after 9999", nil, []string{"SOURCE_DATE_EPOCH=253402300800"}, "", 0, 2, `SOURCE_DATE_EPOCH`},
		{9, "SOURCE_DATE_EPOCH not a number", nil, []string{"SOURCE_DATE_EPOCH=gestern"}, "", 0, 2, `SOURCE_DATE_EPOCH`},
		{9, "SOURCE_DATE_EPOCH negative", nil, []string{"SOURCE_DATE_EPOCH=-5"}, "", 0, 2, `SOURCE_DATE_EPOCH`},
		{9, "output condition without a profile", withArgs(nil, "build", "content.toml", "-o", "out.pdf", "-output-condition", "FOGRA51"), nil, "", 0, 2, `^brochure: -output-condition FOGRA51: needs its ICC profile \(-icc PROFILE\.icc\)`},
		{9, "a 198-byte fake ICC profile", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "fake.icc"), bytes.Repeat([]byte("icc!"), 50)[:198])
			return []string{"build", "content.toml", "-o", "out.pdf", "-icc", "fake.icc", "-output-condition", "FOGRA39"}
		}, nil, "", 0, 2, `fake\.icc: `},
		{9, "an RGB display profile", func(t *testing.T, dir string) []string {
			p := make([]byte, 132)
			binary.BigEndian.PutUint32(p, 132)
			copy(p[12:], "mntrRGB XYZ ")
			copy(p[36:], "acsp")
			writeFile(t, filepath.Join(dir, "rgb.icc"), p)
			return []string{"build", "content.toml", "-o", "out.pdf", "-icc", "rgb.icc", "-output-condition", "FOGRA39"}
		}, nil, "", 0, 2, `rgb\.icc: `},
		{9, "a missing ICC profile", withArgs(nil, "build", "content.toml", "-o", "out.pdf", "-icc", "nothing.icc", "-output-condition", "FOGRA39"), nil, "", 0, 2, `nothing\.icc: .*no such file`},

		// 10. Fonts.
		{10, "unitsPerEm 0", func(t *testing.T, dir string) []string {
			return fontTheme(withHeadField(t, liberationmonoregular.TTF, 18, 0))(t, dir)
		}, nil, "", 0, 2, atTheme + `fonts\.text\.regular: .*unitsPerEm is 0; a usable font has 16 to 16384`},
		{10, "unitsPerEm 65535", func(t *testing.T, dir string) []string {
			return fontTheme(withHeadField(t, liberationmonoregular.TTF, 18, 65535))(t, dir)
		}, nil, "", 0, 2, atTheme + `fonts\.text\.regular: .*unitsPerEm is 65535`},
		{10, "truncated font", fontTheme(liberationmonoregular.TTF[:4000]), nil, "", 0, 2, atTheme + `fonts\.text\.regular: `},
		{10, "empty font file", fontTheme(nil), nil, "", 0, 2, atTheme + `fonts\.text\.regular: `},
		{10, "a PNG named .ttf", fontTheme([]byte("\x89PNG\r\n\x1a\n0000000000000000")), nil, "", 0, 2, atTheme + `fonts\.text\.regular: .*not a TrueType font`},
		{10, "an OpenType CFF font", fontTheme(append([]byte("OTTO"), make([]byte, 64)...)), nil, "", 0, 2, atTheme + `fonts\.text\.regular: .*CFF`},
		{10, "a font file missing", func(t *testing.T, dir string) []string {
			fontTheme(liberationmonoregular.TTF)(t, dir)
			os.Remove(filepath.Join(dir, "fonts", "Mono-Bold.ttf"))
			return nil
		}, nil, "", 0, 2, atTheme + `fonts\.text\.bold: .*no such file`},

		// 11. Messages.
		{11, "theme font files replace the builtin", fontTheme(liberationmonoregular.TTF), nil, "", 0, 0, "!(builtin|error|fonts\\.)"},
		{11, "hyphenate reading /dev/zero", withArgs(nil, "hyphenate"), nil, "/dev/zero", 0, 2, `^standard input:1: a word of more than 1000 characters`},
		{11, "hyphenate a 2000-letter word", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "words.txt"), []byte("Haus\nBaum\n"+strings.Repeat("a", 2000)+"\n"))
			return []string{"hyphenate"}
		}, nil, "words.txt", 0, 2, `(?m)^standard input:3: a word of more than 1000`},
		{11, "unknown theme key", themeCase("[page]\nmargn_top = \"20mm\"\n"), nil, "", 0, 2, atTheme + `page\.margn_top: .*margin_top`},
		{11, "theme TOML syntax", themeCase("[page\nwidth = \"210mm\"\n"), nil, "", 0, 2, `theme\.toml:2:6: TOML syntax`},
		{11, "overfull warning of a long word is short", bodyCase(strings.Repeat("Donaudampfschifffahrt", 2000)), nil, "", 0, 0, `warning: .*…`},
	}
}

// themeCaseArgs replaces the theme and runs the given command line.
func themeCaseArgs(theme string, args ...string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		setTheme(t, dir, theme)
		return args
	}
}

// contentCheck changes the content and runs check on it.
func contentCheck(old, new string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		editContent(t, dir, old, new)
		return []string{"check", "content.toml"}
	}
}
