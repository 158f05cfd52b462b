package content

import (
	"math"
	"strings"
	"testing"
)

// TestContrastRatio: WCAG's ratio of black on white is 21, of a colour
// on itself 1, and #767676 on white just passes 4.5 where #777777 does
// not.
func TestContrastRatio(t *testing.T) {
	white, black := [3]uint8{255, 255, 255}, [3]uint8{0, 0, 0}
	for _, c := range []struct {
		a, b [3]uint8
		want float64
	}{{black, white, 21}, {white, white, 1}, {[3]uint8{0x76, 0x76, 0x76}, white, 4.54}, {[3]uint8{0x77, 0x77, 0x77}, white, 4.48}} {
		if got := contrastRatio(c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("%v on %v: %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// TestThemeContrast: the built-in theme sets all its text readably; a
// light accent is reported once for the labels it colours, at
// colours.accent, and once for the cover's white lines on its field,
// naming the roles and what to change; large text needs only 3:1.
func TestThemeContrast(t *testing.T) {
	if th := DefaultTheme(); len(th.Contrast) != 0 {
		t.Errorf("the built-in theme: %v", th.Contrast)
	}
	theme := func(accent string, more ...string) *Theme {
		src := "[colours]\naccent = { cmyk = [0, 40, 30, 0], rgb = \"" + accent + "\" }\n" + strings.Join(more, "")
		th, err := ParseTheme("theme.toml", []byte(src), ".", false)
		if err != nil {
			t.Fatal(err)
		}
		return th
	}
	light := theme("#F0A0A8").Contrast
	if len(light) != 2 {
		t.Fatalf("a light accent: %d findings, want 2: %v", len(light), light)
	}
	for _, d := range light {
		if d.Path != "colours.accent" || d.Pos.Line != 2 || !strings.HasSuffix(d.Msg, "choose a darker accent") {
			t.Errorf("%s: want it at theme.toml:2 colours.accent, asking for a darker accent", d)
		}
	}
	if !strings.HasPrefix(light[0].Msg, "roles.label sets accent (#F0A0A8) on paper (#FFFFFF) at a contrast of 2.0:1") ||
		!strings.HasPrefix(light[1].Msg, "roles.cover_kind, roles.cover_title, roles.cover_subtitle and roles.cover_date set paper (#FFFFFF) on accent") {
		t.Errorf("the findings say %q and %q", light[0].Msg, light[1].Msg)
	}
	// #C2571A and white are 4.49:1 apart: said so, not rounded up to the
	// 4.5:1 the labels need.
	if near := theme("#C2571A").Contrast; len(near) == 0 || !strings.Contains(near[0].Msg, "at a contrast of 4.49:1; text of 8 pt needs 4.5:1") {
		t.Errorf("an accent just too faint: %v, want its contrast to a hundredth", near)
	}
	// #8A8A8A and white are 3.4:1 apart: too faint for 8 pt labels, enough
	// for labels of 20 pt; the cover's 11 pt lines on it fail either way.
	if mid := theme("#8A8A8A").Contrast; len(mid) != 2 {
		t.Errorf("a middle grey: %v, want the labels and the cover", mid)
	}
	if large := theme("#8A8A8A", "[roles.label]\nsize = \"20pt\"\nleading = \"24pt\"\n").Contrast; len(large) != 1 || !strings.HasPrefix(large[0].Msg, "roles.cover_kind") {
		t.Errorf("a middle grey with 20 pt labels: %v, want the cover alone", large)
	}
	// Headings in the accent too: at their size 3:1 is enough, so only
	// the labels are named.
	if both := theme("#8A8A8A", "[roles.heading]\ncolour = \"accent\"\n").Contrast; len(both) != 2 || !strings.HasPrefix(both[0].Msg, "roles.label sets") {
		t.Errorf("labels and headings in a middle grey: %v, want the labels alone named", both)
	}
}
