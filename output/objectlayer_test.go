package output

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// dictionarySyntax is a string literal that appends a PDF dictionary's
// key by hand (" /Pg "), as the writer did before the object layer.
// Content streams' operators (contentstream.go, with their marked-content
// property lists) and the ToUnicode CMap program are bytes by design.
var dictionarySyntax = regexp.MustCompile(`^ /[A-Z][A-Za-z0-9]*( |$)`)

// TestDictionarySyntaxOnlyInTheObjectLayer (issue 21): outside the object
// layer's serialiser (object.go), the writer builds objects as data; no
// string literal of this package's program files appends a dictionary
// key by hand.
func TestDictionarySyntaxOnlyInTheObjectLayer(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "object.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && dictionarySyntax.MatchString(s) {
				t.Errorf("%s: %q appends a dictionary key by hand; build the object as data (object.go)", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("checked %d files, want the package's program files", checked)
	}
}
