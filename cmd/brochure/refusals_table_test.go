package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// refusalKinds reads the command's source and returns every kind of
// refusal it makes itself, keyed by its format: a usageError or
// inputError written out, and each error made with fmt.Errorf or
// errors.New, with where it is made.
func refusalKinds(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	kinds := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var arg ast.Expr
			switch n := n.(type) {
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); ok && (id.Name == "usageError" || id.Name == "inputError") && len(n.Elts) > 0 {
					arg = n.Elts[0]
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) > 0 {
					if pkg, ok := sel.X.(*ast.Ident); ok && (pkg.Name == "fmt" && sel.Sel.Name == "Errorf" || pkg.Name == "errors" && sel.Sel.Name == "New") {
						arg = n.Args[0]
					}
				}
			}
			if arg != nil {
				kinds[refusalFormat(arg)] = fset.Position(n.Pos()).String()
			}
			return true
		})
	}
	return kinds
}

// refusalFormat is the format a message expression is made from.
func refusalFormat(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.BasicLit:
		s, _ := strconv.Unquote(e.Value)
		return s
	case *ast.CallExpr:
		if len(e.Args) > 0 {
			if lit, ok := e.Args[0].(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				return s
			}
		}
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			return sel.Sel.Name + "()"
		}
	case *ast.Ident:
		return "<" + e.Name + ">"
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			return "<" + x.Name + "." + e.Sel.Name + ">"
		}
	}
	return "?"
}

// refusalRow provokes one kind of refusal.
type refusalRow struct {
	kind string
	// setup prepares the second event's folder (the working folder of
	// the command) and returns the command line.
	setup func(t *testing.T, dir string) []string
	env   string // NAME=value set for the command
	// unreachable says why no command line can produce the kind.
	unreachable string
}

func refusalRows() []refusalRow {
	args := func(a ...string) func(*testing.T, string) []string {
		return func(*testing.T, string) []string { return a }
	}
	return []refusalRow{
		{kind: "build takes one content file, got %d: %s", setup: args("build", "a.toml", "b.toml")},
		{kind: "-format must be pdf, svg or png, not %q", setup: args("build", "content.toml", "-format", "tiff")},
		{kind: "-dpi %g: expected %d to %d", setup: args("build", "content.toml", "-format", "png", "-dpi", "5")},
		{kind: "-pages applies to -format svg or png", setup: args("build", "content.toml", "-pages", "1")},
		{kind: "-dpi applies to -format png", setup: args("build", "content.toml", "-dpi", "100")},
		{kind: "-%s applies to the print edition, not -edition screen", setup: args("build", "content.toml", "-edition", "screen", "-marks")},
		{kind: "-edition must be print or screen, not %q", setup: args("build", "content.toml", "-edition", "web")},
		{kind: "-o %s: the output file must end in .%s", setup: args("build", "content.toml", "-o", "out.txt")},
		{kind: "-o %s is the %s edition's file (what build -edition %s writes); the %s edition would replace it — name another file, or remove %s first", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "content.pdf"), []byte("%PDF-1.7 the print edition\n"))
			return []string{"build", "content.toml", "-edition", "screen", "-o", "content.pdf"}
		}},
		{kind: "check takes one content file", setup: args("check", "a.toml", "b.toml")},
		{kind: "standard input:%d: a word of more than %d characters; hyphenate reads text, words separated by spaces or lines", setup: func(t *testing.T, dir string) []string {
			return []string{"hyphenate", "<" + strings.Repeat("a", 1200)}
		}},
		{kind: "init takes exactly one directory", setup: args("init")},
		{kind: "brochure init: %w", setup: func(t *testing.T, dir string) []string {
			return []string{"init", "content.toml/neu"}
		}},
		{kind: "brochure init: %s already exists; not overwriting anything", setup: args("init", ".")},
		{kind: "%s already exists; not overwriting it",
			unreachable: "init checks every file it would write before writing any (the message before it); this guards a file appearing meanwhile"},
		{kind: "unknown command %q (expected build, watch, serve, check, init, hyphenate, version or help)", setup: args("bauen")},
		{kind: "Error()", setup: args("build", "content.toml", "-edition")},
		{kind: "<msg>", setup: args("build", "content.toml", "-outt", "x.pdf")},
		{kind: "-o %s: there is no folder %s to write it into", setup: args("build", "content.toml", "-o", "nowhere/out.pdf")},
		{kind: "-o %s is a symbolic link; name the file it points to instead", setup: func(t *testing.T, dir string) []string {
			symlink(t, "x.pdf", filepath.Join(dir, "out.pdf"))
			return []string{"build", "content.toml", "-o", "out.pdf"}
		}},
		{kind: "-o %s is a folder; name the %s file to write, such as %s/brochure%s", setup: func(t *testing.T, dir string) []string {
			os.Mkdir(filepath.Join(dir, "out.pdf"), 0o755)
			return []string{"build", "content.toml", "-o", "out.pdf"}
		}},
		{kind: "-o %s is %s, which the build reads; it would be overwritten — name another %s file", setup: args("build", "content.toml", "-o", "partnerlogo.pdf")},
		{kind: "-o %s: cannot write it: %v", setup: args("build", "content.toml", "-o", "/sys/out.pdf")},
		{kind: "-pages %q: expected page numbers and ranges such as 1,3-4", setup: args("build", "content.toml", "-format", "svg", "-pages", "x")},
		{kind: "serve takes the content file to show", setup: args("serve")},
		{kind: "%s: %v", setup: args("serve", "fehlt.toml")},
		{kind: "-addr %s: %v", setup: args("serve", "content.toml", "-addr", "256.0.0.1:80")},
		{kind: "SOURCE_DATE_EPOCH must be a number of seconds since 1970 up to the end of the year 9999 (%d), not %q",
			setup: args("build", "content.toml"), env: "SOURCE_DATE_EPOCH=gestern"},
		{kind: "-icc %s: %v", setup: args("build", "content.toml", "-icc", "fehlt.icc", "-output-condition", "FOGRA39")},
		{kind: "<setting.Msg>", setup: args("build", "content.toml", "-output-condition", "FOGRA51")},
		{kind: "-icc %s: %v", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "fake.icc"), bytes.Repeat([]byte("icc!"), 50))
			return []string{"build", "content.toml", "-icc", "fake.icc", "-output-condition", "FOGRA39"}
		}},
		{kind: "-o %s is not a regular file (a device, pipe or socket); name a %s file", setup: func(t *testing.T, dir string) []string {
			mkfifo(t, filepath.Join(dir, "pipe.pdf"))
			return []string{"build", "content.toml", "-o", "pipe.pdf"}
		}},
		{kind: "-pages %q: the document has %d pages", setup: args("build", "content.toml", "-format", "svg", "-pages", "99")},
		{kind: "-dpi %g: page %d: %v", setup: args("build", "content.toml", "-format", "png", "-dpi", "1200", "-pages", "1")},
		{kind: "page %d: %v", setup: func(t *testing.T, dir string) []string {
			compressedLogo("<< >>", many("0 0 120 60 re W n", 1_900)+"0 0 10 10 re f")(t, dir)
			return []string{"build", "content.toml", "-format", "png", "-dpi", "400", "-pages", "8"}
		}},
		{kind: "watch takes the content file to watch", setup: args("watch")},
		{kind: "cannot watch files: %w",
			unreachable: "the system refuses a file watcher only when its limit of watchers is spent"},
		{kind: "%s: the build failed with an internal error (%v); please report it",
			unreachable: "only a panic in a build reaches it, and no input is known to make one (the fuzzers look for them)"},
	}
}

// TestEveryRefusal provokes every refusal the command makes itself (the
// table must have a row for each kind refusalKinds finds in the source)
// and checks its shape: exit code 2, one line on standard error, saying
// which flag, file or input it is about — "brochure: -o out.pdf: …",
// "brochure: build takes …", "standard input:3: …" — and no more. Its
// rows change the working folder and the environment, so it runs in a
// test process of its own (runAlone).
func TestEveryRefusal(t *testing.T) {
	if runAlone(t) {
		return
	}
	kinds := refusalKinds(t)
	rows := refusalRows()
	covered := map[string]bool{}
	for _, r := range rows {
		if kinds[r.kind] == "" {
			t.Errorf("a row for %q, which the command does not make", r.kind)
		}
		covered[r.kind] = true
	}
	var missing []string
	for kind, at := range kinds {
		if !covered[kind] {
			missing = append(missing, at+": "+strconv.Quote(kind))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("a refusal without a row in refusalRows: %s", m)
	}
	for _, r := range rows {
		t.Run(r.kind, func(t *testing.T) {
			if r.unreachable != "" {
				t.Skipf("no command line reaches it: %s", r.unreachable)
			}
			checkRefusal(t, r)
		})
	}
}

// The place a refusal names: the program and a flag, command or file, or
// standard input's line.
var refusalPlace = regexp.MustCompile(`^(brochure: (-[a-z-]+[ :]|[a-z]+ takes |unknown command |[a-z]+ has no flag |flag needs |page \d+: \S+\.toml:\d+:\d+: |SOURCE_DATE_EPOCH |\S+\.toml: )|brochure [a-z]+: |standard input:\d+: )`)

func checkRefusal(t *testing.T, r refusalRow) {
	dir := t.TempDir()
	copyEvent(t, dir)
	args := r.setup(t, dir)
	stdin := ""
	if last := args[len(args)-1]; strings.HasPrefix(last, "<") {
		args, stdin = args[:len(args)-1], last[1:]
	}
	if name, value, ok := strings.Cut(r.env, "="); ok {
		t.Setenv(name, value)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	code := runWithInput(args, strings.NewReader(stdin), &stdout, &stderr)
	msg := strings.TrimSuffix(stderr.String(), "\n")
	if code != exitBadInput || msg == "" || strings.Contains(msg, "\n") {
		t.Fatalf("exit %d, want 2 with one line; standard error:\n%s", code, msg)
	}
	if !refusalPlace.MatchString(msg) {
		t.Errorf("does not say what it is about: %s", msg)
	}
	kind := strings.TrimPrefix(r.kind, "brochure ")
	if !strings.HasPrefix(kind, "<") && !strings.HasSuffix(kind, "()") {
		parts := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`).Split(kind, -1)
		for i, p := range parts {
			parts[i] = regexp.QuoteMeta(p)
		}
		if !regexp.MustCompile(strings.Join(parts, "(?s:.*)")).MatchString(msg) {
			t.Errorf("not a message of this kind: %s", msg)
		}
	}
	t.Logf("%s", msg)
}
