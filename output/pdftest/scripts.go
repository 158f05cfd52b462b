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
	args := []string{script("check-tags.py"), pdf}
	if len(sentences) > 0 {
		list := filepath.Join(t.TempDir(), "sentences.txt")
		if err := os.WriteFile(list, []byte(strings.Join(sentences, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, list)
	}
	out, err := exec.Command(python, args...).CombinedOutput()
	return string(out), err == nil
}

// CheckColour runs the independent colour reader on a PDF of the edition
// ("print": no DeviceRGB; "screen": no DeviceCMYK) and returns its report
// and whether it passed.
func CheckColour(t testing.TB, pdf, edition string) (string, bool) {
	t.Helper()
	out, err := exec.Command(python, script("check-colour.py"), pdf, edition).CombinedOutput()
	return string(out), err == nil
}

// CheckImages runs the independent image reader on a PDF: each source
// picture must be found embedded exactly (pikepdf, qpdf's decoders and
// PIL); it returns the report and whether it passed.
func CheckImages(t testing.TB, pdf string, sources ...string) (string, bool) {
	t.Helper()
	out, err := exec.Command(python, append([]string{script("check-images.py"), pdf}, sources...)...).CombinedOutput()
	return string(out), err == nil
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
