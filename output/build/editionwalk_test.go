package build

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEditionIsDecidedOnlyHere walks the packages below the pipeline
// (content, fonts, layout, output but this package): none imports the
// pipeline, none has an Edition, and in layout only the theme and the
// options read the theme's page multiple (its use decided by
// Options.Bound), so nothing below infers the edition again.
func TestEditionIsDecidedOnlyHere(t *testing.T) {
	t.Parallel()
	allowedPageMultiple := map[string]bool{filepath.Join("layout", "theme.go"): true, filepath.Join("layout", "options.go"): true}
	root := filepath.Join("..", "..")
	files := 0
	for _, top := range []string{"content", "fonts", "layout", "output"} {
		err := filepath.WalkDir(filepath.Join(root, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			if d.IsDir() && (rel == filepath.Join("output", "build") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			files++
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			for _, imp := range f.Imports {
				if p, _ := strconv.Unquote(imp.Path.Value); p == "brochure/output/build" {
					t.Errorf("%s imports the build pipeline", rel)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch v := n.(type) {
				case *ast.TypeSpec:
					if v.Name.Name == "Edition" {
						t.Errorf("%s declares an Edition", rel)
					}
				case *ast.SelectorExpr:
					if v.Sel.Name == "PageMultiple" && isTheme(v.X) && !allowedPageMultiple[rel] {
						t.Errorf("%s reads the page multiple: whether a document is bound is Options.Bound", rel)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 50 {
		t.Fatalf("only %d files walked", files)
	}
}

// isTheme reports whether x names a theme as layout's code does: th,
// c.th.
func isTheme(x ast.Expr) bool {
	if sel, ok := x.(*ast.SelectorExpr); ok {
		x = sel.Sel
	}
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "th"
}
