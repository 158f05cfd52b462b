package typeset

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fileNames are the paths of the files moduleFiles parsed.
var fileNames = map[*ast.File]string{}

// moduleFiles parses every non-test Go file of the module (this package
// sits two folders below its root), by folder relative to the root.
func moduleFiles(t *testing.T) map[string][]*ast.File {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	files := map[string][]*ast.File{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		files[dir] = append(files[dir], f)
		fileNames[f], _ = filepath.Rel(root, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// receiverName is the type a method is declared on ("" for a function).
func receiverName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return ""
	}
	x := fn.Recv.List[0].Type
	if star, ok := x.(*ast.StarExpr); ok {
		x = star.X
	}
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// itemKinds finds, in every package of the module, the types that have
// the methods of an Item (Offset, Element and Draw — or Offset and
// Element without Draw, which the compiler would refuse as an Item but
// which would have been one before), by folder.
func itemKinds(files map[string][]*ast.File) map[string][]string {
	kinds := map[string][]string{}
	for dir, fs := range files {
		methods := map[string]map[string]bool{}
		for _, f := range fs {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				if r := receiverName(fn); r != "" {
					if methods[r] == nil {
						methods[r] = map[string]bool{}
					}
					methods[r][fn.Name.Name] = true
				}
			}
		}
		for typ, m := range methods {
			if m["Offset"] && m["Element"] {
				kinds[dir] = append(kinds[dir], typ)
			}
		}
		slices.Sort(kinds[dir])
	}
	return kinds
}

// drawerMethods are the method names of the Drawer interface.
func drawerMethods(t *testing.T, files []*ast.File) []string {
	t.Helper()
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range g.Specs {
				ts, ok := s.(*ast.TypeSpec)
				if !ok || ts.Name.Name != "Drawer" {
					continue
				}
				var names []string
				for _, m := range ts.Type.(*ast.InterfaceType).Methods.List {
					for _, n := range m.Names {
						names = append(names, n.Name)
					}
				}
				slices.Sort(names)
				return names
			}
		}
	}
	t.Fatal("no Drawer interface in typeset")
	return nil
}

// drawCalls maps each item kind to the Drawer method its Draw calls.
func drawCalls(files []*ast.File) map[string]string {
	calls := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Name.Name != "Draw" || receiverName(fn) == "" {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
						calls[receiverName(fn)] = sel.Sel.Name
					}
				}
				return true
			})
		}
	}
	return calls
}

// caseKind is the item kind a type switch case names (*GlyphRun,
// *typeset.GlyphRun, *layout.Picture, …), or "".
func caseKind(x ast.Expr, kinds []string) string {
	star, ok := x.(*ast.StarExpr)
	if !ok {
		return ""
	}
	var name string
	switch t := star.X.(type) {
	case *ast.Ident:
		name = t.Name
	case *ast.SelectorExpr:
		name = t.Sel.Name
	}
	if slices.Contains(kinds, name) {
		return name
	}
	return ""
}

// TestItemSwitchesSayWhatTheyIgnore: code that tells item kinds apart
// with a type switch, rather than drawing them through a Drawer, names
// what it does with the other kinds in a default clause, so a new kind
// is never passed over unseen.
func TestItemSwitchesSayWhatTheyIgnore(t *testing.T) {
	files := moduleFiles(t)
	kinds := itemKinds(files)[filepath.Join("layout", "typeset")]
	for _, fs := range files {
		for _, f := range fs {
			ast.Inspect(f, func(n ast.Node) bool {
				sw, ok := n.(*ast.TypeSwitchStmt)
				if !ok {
					return true
				}
				var named []string
				def := false
				for _, c := range sw.Body.List {
					cc := c.(*ast.CaseClause)
					def = def || cc.List == nil
					for _, x := range cc.List {
						if k := caseKind(x, kinds); k != "" {
							named = append(named, k)
						}
					}
				}
				if len(named) > 0 && !def {
					t.Errorf("%s: a type switch over the items %v without a default clause: draw through a typeset.Drawer, or say what the other kinds do",
						fileNames[f], named)
				}
				return true
			})
		}
	}
}

// TestEveryItemKindHasADrawerMethod: the page model is one package. Every
// kind of item in the module is declared in typeset, the Drawer has one
// method per kind, and each kind's Draw calls its own method. Every back
// end implements Drawer (the PDF writer, the SVG and PNG page images,
// the figure and table bounds), so a kind added without a method here
// fails this test, and a method added here fails to compile in every
// back end that does not draw it.
func TestEveryItemKindHasADrawerMethod(t *testing.T) {
	files := moduleFiles(t)
	kinds := itemKinds(files)
	here := filepath.Join("layout", "typeset")
	for dir, ks := range kinds {
		if dir != here && len(ks) > 0 {
			t.Errorf("%s declares item kinds %v: the page model's kinds live in %s", dir, ks, here)
		}
	}
	methods := drawerMethods(t, files[here])
	if !slices.Equal(kinds[here], methods) {
		t.Errorf("item kinds %v, Drawer methods %v: each kind needs its method, and each method its kind", kinds[here], methods)
	}
	calls := drawCalls(files[here])
	for _, k := range kinds[here] {
		if calls[k] != k {
			t.Errorf("(*%s).Draw calls %q, want the Drawer's %s", k, calls[k], k)
		}
	}
	if len(kinds[here]) < 7 {
		t.Errorf("found only the item kinds %v; the reader is broken", kinds[here])
	}
	if _, err := os.Stat(filepath.Join("..", "..", "go.mod")); err != nil {
		t.Errorf("the module root is not two folders up: %v", err)
	}
}
