package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// notRun are the commands shown in the documentation that the test does
// not run, by their first words, and why: they need root, the network,
// external data or take minutes. Any other command must run.
var notRun = []struct{ prefix, why string }{
	{"curl ", "downloads Go"},
	{"sudo ", "needs root"},
	{"apt-get ", "needs root"},
	{"go install github.com/", "downloads a module"},
	{"go test ", "the tests themselves"},
	{"go run ./assets/gen/", "needs TeX Live's patterns"},
	{"python3 docs/typography/", "needs the measured texts (gg.md) and their PDFs"},
	{"lualatex ", "needs TeX Live"},
	{"BROCHURE=", "needs the long texts' PDFs"},
}

// docCommand is one command line of a ```sh block.
type docCommand struct {
	file  string
	line  int
	block int // the ```sh block's number, counted over all files
	text  string
	// shown is what the documentation shows the block's commands print:
	// the ```text block that directly follows the ```sh block, set on the
	// block's last command only ("" when no output is shown).
	shown string
}

// shownOutput returns the ```text block that starts at lines[i] (after
// blank lines), or "" when none does.
func shownOutput(lines []string, i int) string {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) || strings.TrimSpace(lines[i]) != "```text" {
		return ""
	}
	var b strings.Builder
	for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
		b.WriteString(lines[i] + "\n")
	}
	return b.String()
}

// docCommands reads every command line of the ```sh blocks in README.md
// and docs/ (comments dropped, && chains split).
func docCommands(t *testing.T) []docCommand {
	t.Helper()
	files := []string{"../../README.md"}
	filepath.WalkDir("../../docs", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".md") {
			files = append(files, path)
		}
		return nil
	})
	var cmds []docCommand
	block := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inSh := false
		lines := strings.Split(string(data), "\n")
		for i, line := range lines {
			n := i + 1
			switch {
			case strings.HasPrefix(line, "```"):
				if inSh && len(cmds) > 0 && cmds[len(cmds)-1].block == block {
					cmds[len(cmds)-1].shown = shownOutput(lines, i+1)
				}
				inSh = !inSh && strings.TrimSpace(line) == "```sh"
				block++
				continue
			case !inSh:
				continue
			}
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			for _, part := range strings.Split(line, "&&") {
				if part = strings.TrimSpace(part); part != "" {
					cmds = append(cmds, docCommand{file: strings.TrimPrefix(f, "../../"), line: n, block: block, text: part})
				}
			}
		}
	}
	return cmds
}

// TestDocumentedCommandsRun runs every command line shown in README.md
// and docs/ in a temporary folder, in order, with the brochure command
// installed by the README's own install line (into a temporary GOBIN):
// each must exit 0. serve and watch must still be running 300 ms after
// they report their first build, or after two seconds if they report
// none (serve on a free port). Where a ```text block directly follows a ```sh
// block, it is what the block's commands print, and it must match what
// they do print, build times aside. Commands listed in notRun are skipped for the
// reason given, and so are the commands after them in their block, which
// depend on them; a command of any other kind fails the test until it
// runs or is listed.
func TestDocumentedCommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("installs and runs the documented commands")
	}
	t.Parallel()
	// bin is where the README's install command put the program: the one
	// the package's tests run (programPath installs it so, once).
	bin, work := "", t.TempDir()
	ran, compared, skippedBlock := 0, 0, -1
	var printed strings.Builder // what the current block's commands printed
	cmds := docCommands(t)
	for i, c := range cmds {
		where := c.file + ":" + strconv.Itoa(c.line) + ": " + c.text
		// What follows a skipped step in its block depends on it.
		if skip(c.text) || c.block == skippedBlock {
			skippedBlock = c.block
			continue
		}
		args := strings.Fields(c.text)
		switch {
		case c.text == readmeInstall:
			bin = filepath.Dir(programPath(t))
			ran++
			continue
		case strings.HasPrefix(c.text, "go run ./cmd/brochure "):
			args = append([]string{"brochure"}, args[3:]...)
		case args[0] != "brochure":
			t.Errorf("%s: a command the documentation test neither runs nor lists in notRun", where)
			continue
		}
		if bin == "" {
			t.Fatalf("%s: shown before the README's install command (%s)", where, readmeInstall)
		}
		printed.WriteString(runDocCommand(t, where, filepath.Join(bin, "brochure"), args[1:], work))
		ran++
		if c.shown != "" {
			if got, want := sameTimes(printed.String()), sameTimes(c.shown); got != want {
				t.Errorf("%s: the documentation shows the block printing\n%s\nbut it printed\n%s", where, want, got)
			}
			compared++
		}
		if c.shown != "" || next(cmds, i).block != c.block {
			printed.Reset()
		}
	}
	if compared < 2 {
		t.Errorf("compared the shown output of %d blocks, want at least the example's build and init", compared)
	}
	if ran < 5 {
		t.Errorf("ran %d documented commands, want at least the install and four brochure commands", ran)
	}
}

// next is the command after cmds[i], or none.
func next(cmds []docCommand, i int) docCommand {
	if i+1 < len(cmds) {
		return cmds[i+1]
	}
	return docCommand{block: -1}
}

// durations are the build times a command prints ("in 36 ms"), which
// differ from run to run.
var durations = regexp.MustCompile(`\bin [0-9.]+ m?s\b`)

// sameTimes replaces durations with one placeholder, so shown and printed
// output compare equal whatever the machine's speed.
func sameTimes(s string) string { return durations.ReplaceAllString(s, "in … ms") }

// skip reports whether a documented command is one the test does not run.
func skip(text string) bool {
	for _, n := range notRun {
		if strings.HasPrefix(text, n.prefix) {
			return true
		}
	}
	return false
}

// runDocCommand runs one brochure command line in dir: it must exit 0, or
// for serve and watch still run 300 ms after they report their first
// build ("built …"), or after two seconds if they report none. It returns
// what the command printed, standard output and error together.
func runDocCommand(t *testing.T, where, bin string, args []string, dir string) string {
	t.Helper()
	long := len(args) > 0 && (args[0] == "serve" || args[0] == "watch")
	if len(args) > 0 && args[0] == "serve" {
		args = append(args, "-addr", "127.0.0.1:0")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out lockedBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if !long {
		if err := cmd.Run(); err != nil {
			t.Errorf("%s: %v\n%s", where, err, out.String())
		}
		return out.String()
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	start := time.Now()
	var built time.Time // when it reported its first build
	for time.Since(start) < 2*time.Second && (built.IsZero() || time.Since(built) < 300*time.Millisecond) {
		if built.IsZero() && strings.Contains(out.String(), "built ") {
			built = time.Now()
		}
		select {
		case err := <-done:
			t.Errorf("%s: ended after %v (%v)\n%s", where, time.Since(start).Round(time.Millisecond), err, out.String())
			return out.String()
		case <-time.After(20 * time.Millisecond):
		}
	}
	cmd.Process.Signal(os.Interrupt)
	<-done
	return out.String()
}
