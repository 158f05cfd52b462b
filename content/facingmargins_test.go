package content

import (
	"math"
	"strings"
	"testing"
)

// TestFacingMargins checks that margin_inner and margin_outer become the
// right-hand page's left and right margins, and that mixing them with
// margin_left or margin_right, or giving one without the other, is
// refused at the key's line and column.
func TestFacingMargins(t *testing.T) {
	t.Run("inner and outer", func(t *testing.T) {
		th, err := ParseTheme("theme.toml", []byte("[page]\nmargin_inner = \"20mm\"\nmargin_outer = \"35mm\"\n"), t.TempDir(), false)
		if err != nil {
			t.Fatal(err)
		}
		pg := th.Page
		if !pg.Mirrored || math.Abs(pg.MarginLeft-20*mm) > 1e-9 || math.Abs(pg.MarginRight-35*mm) > 1e-9 ||
			pg.MarginInner != pg.MarginLeft || pg.MarginOuter != pg.MarginRight {
			t.Errorf("page = %+v; want mirrored, left = inner = 20mm, right = outer = 35mm", pg)
		}
	})
	t.Run("left and right stay the default", func(t *testing.T) {
		th, err := ParseTheme("theme.toml", []byte("[page]\nmargin_left = \"20mm\"\n"), t.TempDir(), false)
		if err != nil {
			t.Fatal(err)
		}
		if th.Page.Mirrored || math.Abs(th.Page.MarginLeft-20*mm) > 1e-9 || math.Abs(th.Page.MarginRight-40*mm) > 1e-9 {
			t.Errorf("page = %+v; want not mirrored, left 20mm, right 40mm (built-in)", th.Page)
		}
		if DefaultTheme().Page.Mirrored {
			t.Error("the built-in theme is mirrored")
		}
	})
	for _, tc := range []struct{ name, theme, want string }{
		{"inner with left", "[page]\nmargin_inner = \"20mm\"\nmargin_outer = \"30mm\"\n  margin_left = \"20mm\"\n",
			"theme.toml:4:3: page.margin_left: margin_left cannot be given with page.margin_inner"},
		{"outer with right", "[page]\nmargin_right = \"20mm\"\nmargin_outer = \"30mm\"\nmargin_inner = \"20mm\"\n",
			"theme.toml:2:1: page.margin_right: margin_right cannot be given with page.margin_inner"},
		{"outer alone", "[page]\ncolumns = 1\nmargin_outer = \"30mm\"\n",
			"theme.toml:3:1: page.margin_outer: margin_outer needs page.margin_inner too"},
		{"inner out of range", "[page]\nmargin_inner = \"600mm\"\nmargin_outer = \"30mm\"\n",
			"theme.toml:2:1: page.margin_inner: 600mm is out of range"},
		{"inner not a length", "[page]\nmargin_inner = 20\nmargin_outer = \"30mm\"\n",
			"theme.toml:2:1: page.margin_inner: expected a length"},
		{"measure too narrow", "[page]\nmargin_inner = \"100mm\"\nmargin_outer = \"100mm\"\n",
			"theme.toml:1:1: page: the type area is"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTheme("theme.toml", []byte(tc.theme), t.TempDir(), false)
			if err == nil {
				t.Fatalf("accepted; want %q", tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error\n%s\nwant it to start with\n%s", err, tc.want)
			}
		})
	}
}
