package layout

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportsRunOneWay: the typesetting core imports neither the German
// rules nor the composition nor the content model; the German rules import
// only the core of the brochure's packages. The layering is what lets the
// core be tested and reused on its own.
func TestImportsRunOneWay(t *testing.T) {
	forbidden := map[string][]string{
		"typeset": {"brochure/layout", "brochure/content", "brochure/output"},
		"german":  {"brochure/layout\x00", "brochure/content", "brochure/output", "brochure/fonts"},
	}
	for dir, bad := range forbidden {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, file := range files {
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				for _, b := range bad {
					exact := strings.HasSuffix(b, "\x00")
					b = strings.TrimSuffix(b, "\x00")
					if path == b || !exact && strings.HasPrefix(path, b+"/") {
						t.Errorf("%s imports %s", file, path)
					}
				}
			}
		}
	}
}
