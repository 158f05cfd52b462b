package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brochure/content"
)

// schemaKeys reads the content file's keys from the decoder itself: the
// string arguments of every known(…) call in content/load.go and the
// top-level keys, so the list cannot fall behind the decoder.
func schemaKeys(t *testing.T) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../../content/load.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		var lits []ast.Expr
		switch x := n.(type) {
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "known" && len(x.Args) > 2 {
				lits = x.Args[2:]
			}
		case *ast.ValueSpec:
			if len(x.Names) == 1 && x.Names[0].Name == "topLevelKeys" && len(x.Values) == 1 {
				if cl, ok := x.Values[0].(*ast.CompositeLit); ok {
					lits = cl.Elts
				}
			}
		}
		for _, e := range lits {
			if bl, ok := e.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				s, _ := strconv.Unquote(bl.Value)
				keys[s] = true
			}
		}
		return true
	})
	if len(keys) < 40 {
		t.Fatalf("read %d keys from the decoder; its known(…) calls changed shape", len(keys))
	}
	return keys
}

// readmeSketch is the ```toml block of README.md's "The content file".
func readmeSketch(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, "## The content file")
	if i < 0 {
		t.Fatal("README.md has no section „The content file“")
	}
	s = s[i:]
	start := strings.Index(s, "```toml\n")
	end := strings.Index(s[start+8:], "\n```")
	if start < 0 || end < 0 {
		t.Fatal("the content file's section has no ```toml sketch")
	}
	return s[start+8 : start+8+end+1]
}

// TestReadmeSketchMatchesSchema checks the README's content sketch, which
// claims to show every key, against the decoder: every key the decoder
// accepts appears in it (as key = …, or as a [table] / [[array]], in a
// comment where the sketch names an alternative), and decoding it finds
// no key the decoder refuses.
func TestReadmeSketchMatchesSchema(t *testing.T) {
	t.Parallel()
	sketch := readmeSketch(t)
	for key := range schemaKeys(t) {
		shown := regexp.MustCompile(`(^|[\s.\[(])` + regexp.QuoteMeta(key) + `(\s*=|\]|\s)`)
		if !shown.MatchString(sketch) {
			t.Errorf("the README's content sketch does not show the key %q, which the content file takes", key)
		}
	}
	_, err := content.Parse("README.md", []byte(sketch), content.Options{Dir: t.TempDir()})
	if diags, ok := err.(content.Diagnostics); ok {
		for _, d := range diags {
			if strings.Contains(d.Msg, "unknown key") {
				t.Errorf("the README's content sketch has a key the content file refuses: %s: %s", d.Location(), d.Msg)
			}
		}
	}
}
