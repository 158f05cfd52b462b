package layout

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"

	"brochure/content"
)

// TestThemeHandsItsFacesToTheLayout: validating a theme parses its font
// files and hands the faces on with it; the layout theme is made from
// those faces, not by reading the files (or a cache of them) again — it
// is made even after the files are gone.
func TestThemeHandsItsFacesToTheLayout(t *testing.T) {
	dir := t.TempDir()
	names := []string{"Text-Regular.ttf", "Text-Bold.ttf", "Text-Italic.ttf", "Text-BoldItalic.ttf"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), liberationserifregular.TTF, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := "[fonts.text]\nbuiltin = \"\"\nregular = \"Text-Regular.ttf\"\nbold = \"Text-Bold.ttf\"\nitalic = \"Text-Italic.ttf\"\nbold_italic = \"Text-BoldItalic.ttf\"\n"
	ct, err := content.ParseTheme(filepath.Join(dir, "theme.toml"), []byte(text), dir, false)
	if err != nil {
		t.Fatal(err)
	}
	faces := ct.Fonts["text"].Faces
	for i, f := range faces {
		if f == nil {
			t.Fatalf("validation handed on no face for %s", names[i])
		}
	}
	for _, n := range names {
		if err := os.Remove(filepath.Join(dir, n)); err != nil {
			t.Fatal(err)
		}
	}
	th, err := NewTheme(ct)
	if err != nil {
		t.Fatalf("the layout theme reads the font files again: %v", err)
	}
	if got := th.Body.Family.Face(th.Body.Style); got != faces[th.Body.Style] {
		t.Errorf("the body is set in %p, not in the face the theme handed on (%p)", got, faces[th.Body.Style])
	}
}
