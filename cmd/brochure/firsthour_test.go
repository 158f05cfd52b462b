package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"brochure/output/build"
)

// initEvent writes the example content into a new folder and returns the
// content file's path.
func initEvent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ev")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("init exited %d: %s", code, stderr.String())
	}
	return filepath.Join(dir, "content.toml")
}

// runCmd runs one command line and returns its exit code and outputs.
func runCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// Issue 22, item 1: the print and the screen edition go to files of their
// own by default, and building one leaves the other's file untouched.
func TestEditionsDoNotOverwriteEachOther(t *testing.T) {
	t.Parallel()
	contentPath := initEvent(t)
	dir := filepath.Dir(contentPath)
	if code, _, stderr := runCmd("build", "-q", contentPath); code != exitOK {
		t.Fatalf("print build exited %d: %s", code, stderr)
	}
	printPDF := filepath.Join(dir, "content.pdf")
	before, err := os.ReadFile(printPDF)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd("build", contentPath, "-edition", "screen")
	if code != exitOK {
		t.Fatalf("screen build exited %d: %s", code, stderr)
	}
	screenPDF := filepath.Join(dir, "content-screen.pdf")
	if !strings.Contains(stdout, "wrote "+screenPDF) {
		t.Errorf("screen build says %q, want it to name %s", stdout, screenPDF)
	}
	after, err := os.ReadFile(printPDF)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the screen build changed the print edition's %s", printPDF)
	}
	if info := tool(t, "pdfinfo", screenPDF); !strings.Contains(info, "PDF/UA") && !strings.Contains(tool(t, "pdfinfo", "-meta", screenPDF), "pdfuaid") {
		t.Errorf("%s is not the screen edition (no PDF/UA identification)", screenPDF)
	}
	if meta := tool(t, "pdfinfo", "-meta", printPDF); !strings.Contains(meta, "PDF/X-4") {
		t.Errorf("%s is no longer the print edition (no PDF/X-4 identification)", printPDF)
	}
}

// withoutFunding writes the example without its [funding] table (the
// table and its funders run to the end of the file) and returns its path.
func withoutFunding(t *testing.T) string {
	t.Helper()
	contentPath := initEvent(t)
	data, err := os.ReadFile(contentPath)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte("\n[funding]"))
	if i < 0 {
		t.Fatal("the example has no [funding] table")
	}
	if err := os.WriteFile(contentPath, data[:i+1], 0o644); err != nil {
		t.Fatal(err)
	}
	return contentPath
}

// Issue 22, item 9: a brochure without [funding] builds, with a warning
// that names what is missing and points to check.
func TestBuildWarnsWithoutFunding(t *testing.T) {
	t.Parallel()
	contentPath := withoutFunding(t)
	code, _, stderr := runCmd("build", contentPath)
	if code != exitOK {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	want := contentPath + ":1:1: funding: warning: no [funding] table: "
	var line string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, want) {
			line = l
		}
	}
	if line == "" || !strings.Contains(line, "brochure check") || !strings.Contains(line, "statement") {
		t.Errorf("build without [funding] printed\n%s\nwant a line %q… naming the statement and brochure check", stderr, want)
	}
}

// Issue 22, item 8: -q prints nothing at all when the build succeeds,
// warnings included.
func TestQuietPrintsNothing(t *testing.T) {
	t.Parallel()
	contentPath := withoutFunding(t)
	code, stdout, stderr := runCmd("build", "-q", contentPath)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("build -q: exit %d, stdout %q, stderr %q; want exit 0 and nothing", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd("build", "-q", "-format", "svg", "-pages", "1", contentPath)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("build -q -format svg: exit %d, stdout %q, stderr %q; want exit 0 and nothing", code, stdout, stderr)
	}
}

// Issue 22, item 3: watch prints the text of a build's warnings, and on
// a rebuild only the warnings the build before did not have.
func TestWatchPrintsNewWarningsOnce(t *testing.T) {
	t.Parallel()
	contentPath := withoutFunding(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	status := &syncBuffer{}
	built := make(chan error, 10)
	done := make(chan error, 1)
	req := buildRequest{contentPath: contentPath, outPath: defaultOutput(contentPath, build.Print, "pdf"), edition: build.Print, outputCondition: "FOGRA39"}
	go func() { done <- watch(ctx, req, status, built) }()
	wait := func(what string) {
		t.Helper()
		select {
		case err := <-built:
			if err != nil {
				t.Fatalf("%s failed: %v", what, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no build within 10 s; status:\n%s", what, status.String())
		}
	}
	const funding = ": funding: warning: no [funding] table"
	wait("first build")
	if n := strings.Count(status.String(), funding); n != 1 {
		t.Fatalf("after the first build the funding warning was printed %d times, want once:\n%s", n, status.String())
	}
	data, _ := os.ReadFile(contentPath)
	edit := func(old, new string) {
		t.Helper()
		data = bytes.Replace(data, []byte(old), []byte(new), 1)
		if err := os.WriteFile(contentPath, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit(`title = "Stadt – Land – Flucht"`, `title = "Stadt – Land – Zukunft"`)
	wait("the rebuild")
	if n := strings.Count(status.String(), funding); n != 1 {
		t.Errorf("after a rebuild with the same warning it was printed %d times, want once:\n%s", n, status.String())
	}
	cancel()
	<-done
	lines := strings.Split(strings.TrimSpace(status.String()), "\n")
	if !strings.Contains(lines[1], funding) || !strings.HasPrefix(lines[1], "  ") {
		t.Errorf("the warning does not follow its build's status line, indented:\n%s", status.String())
	}
}

// slips are the common TOML mistakes of issue 22 (items 4 and 11, and
// straight quotes): the edit of the example that makes each, and the one
// line build prints for it (after the content file's path).
var slips = []struct {
	name, old, new string
	line           string
}{
	{"German date", "date = 2024-06-26", "date = 26.06.2024",
		":28:8: document.date: dates are written year-month-day: 2024-06-26, not 26.06.2024"},
	{"one-digit month", "date = 2024-06-26", "date = 2024-6-26",
		":28:8: document.date: months and days take two digits: 2024-06-26, not 2024-6-26"},
	{"single [sections]", "\n[[sections]]\n", "\n[sections]\n",
		":33:1: sections: [sections] with one pair of brackets is a single table; every entry of a list is written [[sections]] (two brackets)"},
	{"straight quotes", `  name = "Christiane Welker"`, `  name = "Dr. "X" Welker"`,
		`:38:16: sections[0].speakers[0].name: a straight quote " ends the text early; inside the text write „…“ (German quotes) or \", or enclose the whole text in ''' '''`},
	{"top-level key after a table", "eu_cofunded = true\n", "eu_cofunded = true\nhyphenation = [\"Arbeits-markt\"]\n",
		`:255:1: funding.hyphenation: unknown key "hyphenation"; hyphenation is a top-level key and must stand above the file's first [table], or TOML puts it into the table before it (here funding)`},
}

// Issue 22, items 4, 5 and 11: each slip is one line in the content's
// terms with file:line:col and key, exit 2, no PDF, the content file
// untouched; check -json answers the same in JSON.
func TestTOMLSlipsInUsersTerms(t *testing.T) {
	t.Parallel()
	for _, c := range slips {
		t.Run(c.name, func(t *testing.T) {
			contentPath := initEvent(t)
			data, _ := os.ReadFile(contentPath)
			if !bytes.Contains(data, []byte(c.old)) {
				t.Fatalf("the example lacks %q", c.old)
			}
			data = bytes.Replace(data, []byte(c.old), []byte(c.new), 1)
			if err := os.WriteFile(contentPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCmd("build", contentPath)
			if want := contentPath + c.line + "\n"; code != exitBadInput || stdout != "" || stderr != want {
				t.Errorf("build: exit %d, stdout %q, stderr\n%q\nwant exit 2 and\n%q", code, stdout, stderr, want)
			}
			if _, err := os.Stat(defaultOutput(contentPath, build.Print, "pdf")); err == nil {
				t.Errorf("a failed build left a PDF")
			}
			code, stdout, stderr = runCmd("check", "-json", contentPath)
			var answer struct {
				Errors []jsonError `json:"errors"`
			}
			if err := json.Unmarshal([]byte(stdout), &answer); err != nil || code != exitBadInput || stderr != "" || len(answer.Errors) != 1 {
				t.Fatalf("check -json: exit %d, stderr %q, %d errors (%v) in\n%s", code, stderr, len(answer.Errors), err, stdout)
			}
			e := answer.Errors[0]
			if got := fmt.Sprintf("%s:%d:%d: %s: %s", e.File, e.Line, e.Col, e.Key, e.Message); got != contentPath+c.line {
				t.Errorf("check -json says %q, want %q", got, contentPath+c.line)
			}
			if after, _ := os.ReadFile(contentPath); !bytes.Equal(after, data) {
				t.Errorf("the content file was changed")
			}
		})
	}
}

// Issue 22, item 12: page images of a document of ten pages or more are
// numbered with the page count's width, so their names sort in page
// order.
func TestPageImageNamesSortInPageOrder(t *testing.T) {
	t.Parallel()
	contentPath := initEvent(t)
	data, _ := os.ReadFile(contentPath)
	first, funding := bytes.Index(data, []byte("\n[[sections]]")), bytes.Index(data, []byte("\n[funding]"))
	sections := data[first:funding]
	longer := append(append(append(append([]byte{}, data[:funding]...), sections...), sections...), data[funding:]...)
	if err := os.WriteFile(contentPath, longer, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("build", "-q", "-format", "svg", contentPath)
	if code != exitOK {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(contentPath), "content-*.svg"))
	if len(files) < 10 {
		t.Fatalf("%d pages, want at least 10 for the test", len(files))
	}
	// Glob returns the names sorted; they must be the pages in order.
	for i, f := range files {
		if want := fmt.Sprintf("content-%02d.svg", i+1); filepath.Base(f) != want {
			t.Errorf("file %d in name order is %s, want %s", i+1, filepath.Base(f), want)
		}
	}
}

// Issue 22, item 10: a mistaken flag is one line with the flag meant,
// and a flag that does not apply to the format or edition is refused.
func TestFlagMistakesAreOneLine(t *testing.T) {
	t.Parallel()
	const help = " (brochure help lists the commands and flags)\n"
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"build", "-edtion", "screen"}, "build has no flag -edtion; did you mean -edition?"},
		{[]string{"check", "--jsn"}, "check has no flag -jsn; did you mean -json?"},
		{[]string{"watch", "-zzz", "content.toml"}, "watch has no flag -zzz"},
		{[]string{"build", "-dpi", "150"}, "-dpi applies to -format png"},
		{[]string{"build", "-format", "svg", "-dpi", "150"}, "-dpi applies to -format png"},
		{[]string{"build", "-marks", "-edition", "screen"}, "-marks applies to the print edition, not -edition screen"},
		{[]string{"build", "-edition", "screen", "-output-condition", "FOGRA51"}, "-output-condition applies to the print edition, not -edition screen"},
		{[]string{"build", "-pages", "1"}, "-pages applies to -format svg or png"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		code, stdout, stderr := runCmd(append(c.args, "-o", filepath.Join(dir, "x.pdf"))...)
		if want := "brochure: " + c.want + help; code != exitBadInput || stdout != "" || stderr != want {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", c.args, code, stderr, want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused command wrote %v", entries)
	}
}

// TestServeOpenOpensTheBrowserOnlyWhenAsked runs serve as its own process
// with a stand-in xdg-open on PATH that records the address it is given:
// serve -open calls it with the preview's address, serve alone does not.
func TestServeOpenOpensTheBrowserOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bin := programPath(t)
	record := filepath.Join(dir, "opened")
	script := "#!/bin/sh\necho \"$@\" >> " + record + "\n"
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	contentPath := initEvent(t)
	for _, open := range []bool{false, true} {
		args := []string{"serve", "-addr", "127.0.0.1:0", contentPath}
		if open {
			args = append(args, "-open")
		}
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "PATH="+dir)
		var stdout syncBuffer
		cmd.Stdout, cmd.Stderr = &stdout, &stdout
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) && !strings.Contains(stdout.String(), "built ") {
			time.Sleep(50 * time.Millisecond)
		}
		if open { // wait for the opener to write
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if data, _ := os.ReadFile(record); bytes.HasSuffix(data, []byte("\n")) {
					break
				}
			}
		} else {
			time.Sleep(300 * time.Millisecond) // time in which an opener would have written
		}
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(stdout.String())
		opened, _ := os.ReadFile(record)
		switch {
		case addr == "":
			t.Fatalf("serve printed no address:\n%s", stdout.String())
		case open && string(opened) != addr+"\n":
			t.Errorf("serve -open opened %q, want %q; output:\n%s", opened, addr, stdout.String())
		case !open && len(opened) > 0:
			t.Errorf("serve without -open opened %q", opened)
		}
	}
}

// Issue 22, item 7: init says what the user must supply (the funder's
// logo), the one warning a build of the new event gives, and build names
// the real file.
func TestInitSaysWhatToSupply(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "ev")
	code, stdout, _ := runCmd("init", dir)
	contentPath := filepath.Join(dir, "content.toml")
	want := "wrote " + contentPath + " and " + filepath.Join(dir, "theme.toml") + "\n" +
		"supply the funder's official logo (PNG, JPEG or PDF) next to it as logo = \"…\" in [[funding.funders]]; until then build warns that it is missing\n" +
		"build it with: brochure build " + contentPath + "\n"
	if code != exitOK || stdout != want {
		t.Fatalf("init: exit %d, printed\n%s\nwant\n%s", code, stdout, want)
	}
	_, _, stderr := runCmd("build", contentPath)
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], contentPath+":") || !strings.Contains(lines[0], "funding.funders[0].logo: warning: no official logo") {
		t.Errorf("the new event's build warns\n%s\nwant only the missing logo, at %s", stderr, contentPath)
	}
}

// Issue 22, item 14: a programme time of whole hours with „Uhr“ (9 Uhr,
// 9–17 Uhr) is accepted and set as 09:00, like 9.30 Uhr; a bare 9 is
// still refused at its key.
func TestProgrammeTimeWholeHours(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "content.toml")
	src := "[document]\ntitle = \"Gemeinsam ankommen\"\ndate = 2025-09-18\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n" +
		"  [[sections.items]]\n  time = \"9 Uhr\"\n  title = \"Ankommen\"\n" +
		"  [[sections.items]]\n  time = \"9.30 Uhr\"\n  title = \"Begrüßung\"\n" +
		"  [[sections.items]]\n  time = \"10–12 Uhr\"\n  title = \"Werkstätten\"\n"
	writeFile(t, path, []byte(src))
	text := tool(t, "pdftotext", buildPDF(t, path), "-")
	for _, want := range []string{"09:00", "09:30", "10:00–12:00"} {
		if !strings.Contains(text, want) {
			t.Errorf("the programme lacks %s", want)
		}
	}
	writeFile(t, path, []byte(strings.Replace(src, `"9 Uhr"`, `"9"`, 1)))
	code, _, stderr := runCmd("build", "-q", path, "-o", filepath.Join(dir, "x.pdf"))
	if want := path + ":9:3: sections[0].items[0].time: \"9\" is not a time of day"; code != exitBadInput || !strings.HasPrefix(stderr, want) {
		t.Errorf("time = \"9\": exit %d, %q; want exit 2 and %q…", code, stderr, want)
	}
}

// Issue 22, follow-up: -o naming the file the other edition of the same
// content goes to by default is refused while that file exists (one line,
// exit 2, the file untouched); a file of another name, or the name once
// the file is gone, is written, and written again while it holds the
// edition built (its metadata says which: writtenEdition).
func TestOutputNamingTheOtherEditionIsRefused(t *testing.T) {
	t.Parallel()
	contentPath := initEvent(t)
	dir := filepath.Dir(contentPath)
	printPDF, screenPDF := filepath.Join(dir, "content.pdf"), filepath.Join(dir, "content-screen.pdf")
	if code, _, stderr := runCmd("build", "-q", contentPath); code != exitOK {
		t.Fatalf("print build exited %d: %s", code, stderr)
	}
	before, err := os.ReadFile(printPDF)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd("build", "-q", contentPath, "-edition", "screen", "-o", printPDF)
	want := "brochure: -o " + printPDF + " is the print edition's file (what build -edition print writes); the screen edition would replace it — name another file, or remove " + printPDF + " first\n"
	if code != exitBadInput || stdout != "" || stderr != want {
		t.Errorf("screen into the print file: exit %d, stdout %q, stderr\n%q\nwant exit 2 and\n%q", code, stdout, stderr, want)
	}
	if after, err := os.ReadFile(printPDF); err != nil || !bytes.Equal(before, after) {
		t.Errorf("the refused build changed %s", printPDF)
	}
	if code, _, stderr := runCmd("build", "-q", contentPath, "-edition", "screen"); code != exitOK {
		t.Fatalf("screen build exited %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("build", "-q", contentPath, "-o", screenPDF); code != exitBadInput || !strings.Contains(stderr, "is the screen edition's file") {
		t.Errorf("print into the screen file: exit %d, %q; want exit 2, refused", code, stderr)
	}
	other := filepath.Join(dir, "andere.pdf")
	if code, _, stderr := runCmd("build", "-q", contentPath, "-edition", "screen", "-o", other); code != exitOK {
		t.Errorf("screen into %s: exit %d: %s", other, code, stderr)
	}
	os.Remove(printPDF)
	if code, _, stderr := runCmd("build", "-q", contentPath, "-edition", "screen", "-o", printPDF); code != exitOK {
		t.Errorf("screen into %s once it is gone: exit %d: %s", printPDF, code, stderr)
	}
	// It now holds the screen edition: building that again replaces it.
	if code, _, stderr := runCmd("build", "-q", contentPath, "-edition", "screen", "-o", printPDF); code != exitOK {
		t.Errorf("screen into %s again, which holds the screen edition: exit %d: %s", printPDF, code, stderr)
	}
}

// Issue 22, item 6: HTML in a body is reported at the tag's own line and
// column, not at the body = """ line, by build and by check -json alike.
func TestHTMLInBodyAtItsTag(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "content.toml")
	src := "[document]\ntitle = \"T\"\ndate = 2025-01-01\n\n[[sections]]\nkind = \"talk\"\ntitle = \"A\"\nbody = \"\"\"\nErster Absatz.\n\nZweiter mit <b>fett</b> hier.\n\"\"\"\n"
	writeFile(t, path, []byte(src))
	code, _, stderr := runCmd("build", "-q", path, "-o", filepath.Join(filepath.Dir(path), "x.pdf"))
	if want := path + ":11:13: sections[0].body: HTML is not supported in body text (<b>)"; code != exitBadInput || !strings.HasPrefix(stderr, want) {
		t.Errorf("build: exit %d, %q; want exit 2 and %q…", code, stderr, want)
	}
	code, stdout, _ := runCmd("check", "-json", path)
	var got struct {
		Errors []struct {
			Line, Col int
			Key       string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != exitBadInput || len(got.Errors) != 1 {
		t.Fatalf("check -json: exit %d, %v:\n%s", code, err, stdout)
	}
	if e := got.Errors[0]; e.Line != 11 || e.Col != 13 || e.Key != "sections[0].body" {
		t.Errorf("check -json places the tag at %d:%d %s, want 11:13 sections[0].body", e.Line, e.Col, e.Key)
	}
}

// Issue 22, item 6: photo warnings point at the photo's own key, as
// errors on the same keys do: a portrait enlarged too far at
// speakers[1].photo, a picture enlarged at images[0].file, and a picture
// without alt text at images[0].alt, where the screen edition's error
// stands.
func TestPhotoWarningsAtTheirKeys(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "klein.png"), 40, 30)
	path := filepath.Join(dir, "content.toml")
	src := "[document]\ntitle = \"T\"\ndate = 2025-01-01\n\n[[sections]]\nkind = \"talk\"\ntitle = \"A\"\nbody = \"Text.\"\n" +
		"  [[sections.speakers]]\n  name = \"Eins\"\n" +
		"  [[sections.speakers]]\n  name = \"Zwei\"\n  photo = \"klein.png\"\n" +
		"  [[sections.images]]\n  caption = \"Bild\"\n  file = \"klein.png\"\n"
	writeFile(t, path, []byte(src))
	code, _, stderr := runCmd("build", path)
	for _, want := range []string{
		path + ":13:3: sections[0].speakers[1].photo: warning: klein.png is enlarged to",
		path + ":16:3: sections[0].images[0].file: warning: klein.png is enlarged to",
		path + ":14:3: sections[0].images[0].alt: warning: the picture klein.png has no alt text",
	} {
		if code != exitOK || !strings.Contains(stderr, "\n"+want) && !strings.HasPrefix(stderr, want) {
			t.Errorf("build: exit %d, warnings\n%s\nwant a line starting %q", code, stderr, want)
		}
	}
	code, _, stderr = runCmd("build", "-q", "-edition", "screen", path)
	if want := path + ":14:3: sections[0].images[0].alt: the picture \"klein.png\" has no alt text"; code != exitBadInput || !strings.HasPrefix(stderr, want) {
		t.Errorf("screen: exit %d, %q; want exit 2 and %q…", code, stderr, want)
	}
}

// Issue 22, item 7: build without a content file (the embedded example)
// is the first command a new user types, and it is quiet: the funder's
// logo, which only a user can supply, is asked for by init and by check,
// not by a warning nobody could act on. check still fails the example's
// funding block for it.
func TestExampleBuildIsQuiet(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := runCmd("build", "-o", filepath.Join(t.TempDir(), "b.pdf"))
	if code != exitOK || stderr != "" || !strings.HasPrefix(stdout, "wrote ") {
		t.Fatalf("build of the example: exit %d, stdout %q, stderr %q; want exit 0, a wrote line and no warning", code, stdout, stderr)
	}
	code, stdout, _ = runCmd("check")
	if code != exitFailed || !regexp.MustCompile(`FAIL +funder-logo +missing`).MatchString(stdout) {
		t.Errorf("check of the example: exit %d; want it to fail the missing funder logo:\n%s", code, stdout)
	}
}
