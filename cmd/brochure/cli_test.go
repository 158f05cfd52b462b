package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitThenBuild(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "ev")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("init exited %d: %s", code, stderr.String())
	}
	contentPath := filepath.Join(dir, "content.toml")
	stdout.Reset()
	if code := run([]string{"build", contentPath}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build exited %d: %s", code, stderr.String())
	}
	pdf := filepath.Join(dir, "content.pdf")
	text := tool(t, "pdftotext", pdf, "-")
	if !strings.Contains(text, "Arbeitsmarktintegration") {
		t.Errorf("built brochure lacks its text")
	}
	// init never overwrites.
	stderr.Reset()
	if code := run([]string{"init", dir}, &stdout, &stderr); code != exitBadInput || !strings.Contains(stderr.String(), "already exists") {
		t.Errorf("second init: exit %d, %q; want exit 2 and 'already exists'", code, stderr.String())
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		args []string
		want string
	}{
		{nil, "Usage:"},
		{[]string{"bild"}, `unknown command "bild"`},
		{[]string{"build", "a.toml", "b.toml"}, "build takes one content file"},
		{[]string{"build", "-edition", "web"}, "-edition must be print or screen"},
		{[]string{"build", "-x"}, "build has no flag -x"},
		{[]string{"init"}, "init takes exactly one directory"},
		{[]string{"build", "does-not-exist.toml"}, "does-not-exist.toml: no such file"},
		{[]string{"build", "-o", "brochure.txt"}, "-o brochure.txt: the output file must end in .pdf"},
		{[]string{"build", "-o", "content.toml"}, "must end in .pdf"},
		{[]string{"build", "-output-condition", "FOGRA51"}, `-output-condition FOGRA51: needs its ICC profile`},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != exitBadInput || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", c.args, code, stderr.String(), c.want)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"help"}, {"--help"}, {"version"}, {"build", "--help"}, {"help", "init"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitOK {
			t.Errorf("%v: exit %d", args, code)
		}
		if stdout.Len()+stderr.Len() == 0 {
			t.Errorf("%v printed nothing", args)
		}
	}
}

func TestBuildKeepsPreviousPDFWhenInputIsBad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "brochure.pdf")
	if err := os.WriteFile(out, []byte("previous good PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "content.toml")
	os.WriteFile(bad, []byte("[document]\ntitle = \n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", bad, "-o", out}, &stdout, &stderr); code != exitBadInput {
		t.Fatalf("exit %d, want 2", code)
	}
	if got, _ := os.ReadFile(out); string(got) != "previous good PDF" {
		t.Errorf("the previous PDF was touched")
	}
	if !strings.Contains(stderr.String(), "content.toml:2:") {
		t.Errorf("error does not name the line: %q", stderr.String())
	}
}
