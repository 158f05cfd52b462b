package pdftest_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"brochure/output/build"
	"brochure/output/pdftest"
	"brochure/output/testevent"
)

// TestOutputIntentHiddenReadsTheSame: poppler's text and image lists of
// the example's two editions with photos and a logo, read from
// WithoutOutputIntent's copy, are those of the written file byte for
// byte; the copy differs from the file only in the renamed key, and is
// removed after; command lines that write files or draw pages read the
// file itself.
func TestOutputIntentHiddenReadsTheSame(t *testing.T) {
	dir := t.TempDir()
	example := testevent.ExampleWithImages(t, "bmas.png")
	for _, edition := range []build.Edition{build.Print, build.Screen} {
		res, err := build.Run(build.Request{ContentPath: example, Edition: edition, Creator: "test"})
		if err != nil {
			t.Fatal(err)
		}
		data, err := res.PDF()
		if err != nil {
			t.Fatal(err)
		}
		pdf := filepath.Join(dir, edition.String()+".pdf")
		if err := os.WriteFile(pdf, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{
			{"pdftotext", "-bbox-layout", pdf, "-"},
			{"pdfimages", "-list", pdf},
		} {
			args, done := pdftest.WithoutOutputIntent(cmd[0], cmd[1:])
			i := slices.Index(cmd[1:], pdf)
			read, err := os.ReadFile(args[i])
			if err != nil {
				t.Fatal(err)
			}
			if args[i] == pdf || bytes.Contains(read, []byte("/OutputIntents")) || len(read) != len(data) {
				t.Fatalf("%s, %v: poppler reads %s, %d bytes, with its output intent", edition, cmd, args[i], len(read))
			}
			if !bytes.Equal(read, bytes.Replace(data, []byte("/OutputIntents"), []byte("/XOutputIntent"), 1)) {
				t.Errorf("%s, %v: the copy differs from the file in more than the key's name", edition, cmd)
			}
			if got, want := output(t, cmd[0], args...), output(t, cmd[0], cmd[1:]...); got != want || want == "" {
				t.Errorf("%s, %v: read without the output intent\n%.300s\nfrom the file\n%.300s", edition, cmd, got, want)
			}
			done()
			if _, err := os.Stat(args[i]); !os.IsNotExist(err) {
				t.Errorf("%s, %v: the copy %s stays after its run: %v", edition, cmd, args[i], err)
			}
		}
		for _, cmd := range [][]string{
			{"pdftotext", pdf, filepath.Join(dir, "out.txt")},
			{"pdftoppm", "-r", "20", pdf, filepath.Join(dir, "p")},
			{"mutool", "draw", "-F", "stext", "-o", "-", pdf},
		} {
			if args, done := pdftest.WithoutOutputIntent(cmd[0], cmd[1:]); !slices.Equal(args, cmd[1:]) {
				done()
				t.Errorf("%v reads %v", cmd, args)
			}
		}
	}
}

// output runs a reader and returns its standard output.
func output(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}
