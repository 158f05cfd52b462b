package pdftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The Python readers in scripts/ read a written PDF with pikepdf, which
// shares nothing with the program: check-tags.py walks the structure tree
// and every page's operators, check-colour.py the colour spaces.

// python is Debian's Python, which has python3-pikepdf.
const python = "/usr/bin/python3"

// script is the path of a reader in scripts/, wherever the test runs.
func script(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "scripts", name)
}

// CheckTags runs the independent tagging reader on a PDF, with sentences
// to find in reading order when given, and returns its report and
// whether it passed.
func CheckTags(t testing.TB, pdf string, sentences []string) (string, bool) {
	t.Helper()
	args := []string{pdf}
	if len(sentences) > 0 {
		list := filepath.Join(t.TempDir(), "sentences.txt")
		if err := os.WriteFile(list, []byte(strings.Join(sentences, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, list)
	}
	run := RunScript(t, script("check-tags.py"), [][]string{args})[0]
	return run.Output, run.OK
}

// CheckColour runs the independent colour reader on a PDF of the edition
// ("print": no DeviceRGB; "screen": no DeviceCMYK) and returns its report
// and whether it passed.
func CheckColour(t testing.TB, pdf, edition string) (string, bool) {
	t.Helper()
	run := RunScript(t, script("check-colour.py"), [][]string{{pdf, edition}})[0]
	return run.Output, run.OK
}

// CheckImages runs the independent image reader on a PDF: each source
// picture must be found embedded exactly (pikepdf, qpdf's decoders and
// PIL); it returns the report and whether it passed.
func CheckImages(t testing.TB, pdf string, sources ...string) (string, bool) {
	t.Helper()
	run := RunScript(t, script("check-images.py"), [][]string{append([]string{pdf}, sources...)})[0]
	return run.Output, run.OK
}

// CheckFonts runs the independent font reader (check-fonts.py) on a
// PDF: every CID the pages draw maps to a real glyph of its embedded
// program, with the program's width in /W and a character in ToUnicode;
// it returns the report and whether it passed.
func CheckFonts(t testing.TB, pdf string) (string, bool) {
	t.Helper()
	run := RunScript(t, script("check-fonts.py"), [][]string{{pdf}})[0]
	return run.Output, run.OK
}

// Validate runs qpdf --check and pdfcpu validate -m strict on a PDF and
// fails the test with their words when either finds a fault.
func Validate(t testing.TB, pdf string) {
	t.Helper()
	if out := Tool(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check %s:\n%s", pdf, out)
	}
	path, err := PDFCPUPath()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(path, "validate", "-m", "strict", pdf).CombinedOutput(); err != nil {
		t.Errorf("pdfcpu validate -m strict %s: %v\n%s", pdf, err, out)
	}
}

// ScriptRun is what one run of a Python checker printed and whether it
// exited with 0.
type ScriptRun struct {
	Output string
	OK     bool
}

// RunScript runs a Python script (a checker in scripts/, or a test's
// own) once for each argument list, one after another in a kept
// interpreter (interp.go: each run in a fresh module namespace, with its
// own sys.argv), and returns each run's output and outcome in order.
func RunScript(t testing.TB, path string, argLists [][]string) []ScriptRun {
	t.Helper()
	runs := make([]ScriptRun, len(argLists))
	for i, args := range argLists {
		run, err := runScript(path, args)
		if err != nil {
			t.Fatalf("%s %s: %v", filepath.Base(path), strings.Join(args, " "), err)
		}
		runs[i] = run
	}
	return runs
}

// CheckTagsOf runs the tagging reader on each PDF (without sentences), in
// one interpreter.
func CheckTagsOf(t testing.TB, pdfs ...string) []ScriptRun {
	t.Helper()
	lists := make([][]string, len(pdfs))
	for i, p := range pdfs {
		lists[i] = []string{p}
	}
	return RunScript(t, script("check-tags.py"), lists)
}
