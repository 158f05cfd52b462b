package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
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
		sc := bufio.NewScanner(bytes.NewReader(data))
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "```"):
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
					cmds = append(cmds, docCommand{strings.TrimPrefix(f, "../../"), n, block, part})
				}
			}
		}
	}
	return cmds
}

// TestDocumentedCommandsRun runs every command line shown in README.md
// and docs/ in a temporary folder, in order, with the brochure command
// installed by the README's own install line (into a temporary GOBIN):
// each must exit 0. serve and watch must be running after two seconds
// (serve on a free port). Commands listed in notRun are skipped for the
// reason given, and so are the commands after them in their block, which
// depend on them; a command of any other kind fails the test until it
// runs or is listed.
func TestDocumentedCommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("installs and runs the documented commands")
	}
	bin, work := t.TempDir(), t.TempDir()
	clone, _ := filepath.Abs("../..")
	ran, skippedBlock := 0, -1
	for _, c := range docCommands(t) {
		where := c.file + ":" + strconv.Itoa(c.line) + ": " + c.text
		// What follows a skipped step in its block depends on it.
		if skip(c.text) || c.block == skippedBlock {
			skippedBlock = c.block
			continue
		}
		args := strings.Fields(c.text)
		switch {
		case c.text == "go install ./cmd/brochure":
			cmd := exec.Command("go", "install", "./cmd/brochure")
			cmd.Dir, cmd.Env = clone, append(os.Environ(), "GOBIN="+bin)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s", where, err, out)
			}
			ran++
			continue
		case strings.HasPrefix(c.text, "go run ./cmd/brochure "):
			args = append([]string{"brochure"}, args[3:]...)
		case args[0] != "brochure":
			t.Errorf("%s: a command the documentation test neither runs nor lists in notRun", where)
			continue
		}
		if _, err := os.Stat(filepath.Join(bin, "brochure")); err != nil {
			t.Fatalf("%s: shown before the README's install command (go install ./cmd/brochure)", where)
		}
		runDocCommand(t, where, filepath.Join(bin, "brochure"), args[1:], work)
		ran++
	}
	if ran < 5 {
		t.Errorf("ran %d documented commands, want at least the install and four brochure commands", ran)
	}
}

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
// for serve and watch still run after two seconds.
func runDocCommand(t *testing.T, where, bin string, args []string, dir string) {
	t.Helper()
	long := len(args) > 0 && (args[0] == "serve" || args[0] == "watch")
	if len(args) > 0 && args[0] == "serve" {
		args = append(args, "-addr", "127.0.0.1:0")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if !long {
		if err := cmd.Run(); err != nil {
			t.Errorf("%s: %v\n%s", where, err, out.String())
		}
		return
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Errorf("%s: ended within two seconds (%v)\n%s", where, err, out.String())
	case <-time.After(2 * time.Second):
		cmd.Process.Signal(os.Interrupt)
		<-done
	}
}
