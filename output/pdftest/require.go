package pdftest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A Requirement is an external program (or Python module) a package's
// tests run, and how a Debian machine gets it.
type Requirement struct {
	Name    string // what the tests run, as they run it
	Install string // how to get it
	present func() bool
}

// Programs a test package may require, by name.
var (
	Poppler  = program("pdftotext", "apt-get install poppler-utils") // with pdfinfo, pdftoppm, pdffonts, pdfimages
	QPDF     = program("qpdf", "apt-get install qpdf")               // with fix-qdf
	Zbar     = program("zbarimg", "apt-get install zbar-tools")
	MuPDF    = program("mutool", "apt-get install mupdf-tools")
	Chromium = program("chromium", "apt-get install chromium")
	PDFCPU   = Requirement{Name: "pdfcpu", Install: "go install github.com/pdfcpu/pdfcpu/cmd/pdfcpu@v0.15.0",
		present: func() bool { _, err := PDFCPUPath(); return err == nil }}
	// PythonPDF's modules are found, not imported: importing pikepdf
	// costs a third of a second, and the checks import it anyway.
	PythonPDF = Requirement{Name: "python3 with pikepdf and PIL", Install: "apt-get install python3-pikepdf python3-pil",
		present: func() bool {
			return exec.Command(python, "-c", "import importlib.util as u, sys; sys.exit(not (u.find_spec('pikepdf') and u.find_spec('PIL')))").Run() == nil
		}}
)

// program is a requirement met by a program on the PATH.
func program(name, install string) Requirement {
	return Requirement{Name: name, Install: install, present: func() bool { _, err := exec.LookPath(name); return err == nil }}
}

// PDFCPUPath finds the pdfcpu validator: on the PATH, or where go install
// puts it (GOPATH/bin).
func PDFCPUPath() (string, error) {
	if p, err := exec.LookPath("pdfcpu"); err == nil {
		return p, nil
	}
	gopath, _ := exec.Command("go", "env", "GOPATH").Output()
	p := filepath.Join(strings.TrimSpace(string(gopath)), "bin", "pdfcpu")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("pdfcpu is not installed")
	}
	return p, nil
}

// Missing checks every requirement at once and returns one line naming
// what is missing and how to install it, or "" when all are there. A
// package's TestMain calls it before any test runs (see Require), so a
// machine without a reader learns it once, in one line, instead of from
// a failure in every test.
func Missing(reqs ...Requirement) string {
	var missing []string
	for _, r := range reqs {
		if !r.present() {
			missing = append(missing, fmt.Sprintf("%s (%s)", r.Name, r.Install))
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return "the tests need " + strings.Join(missing, ", ") + "; .ci/run installs everything they use"
}

// Require is a TestMain's first step: when a requirement is missing it
// prints the one line of Missing and exits 1, failing the package before
// any test runs (a skipped reader would drop the checks that are the
// acceptance criteria); otherwise it runs the tests, and then ends the
// Python interpreters they kept (interp.go).
func Require(run func() int, reqs ...Requirement) {
	if line := Missing(reqs...); line != "" {
		fmt.Fprintln(os.Stderr, line)
		os.Exit(1)
	}
	code := run()
	closeInterpreters()
	os.Exit(code)
}
