package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestTallPictureWarnsAtTheSizeItIsPlaced: a tall picture is narrowed
// to 60 % of the type area's height, and whether it is enlarged past its
// resolution is judged at that size, not at the measure it was asked
// for. A tower photo of 800 × 2400 pixels in the measure stands some
// 49 mm wide, over 400 ppi: no warning (it said 156 ppi, the measure's).
// One of 200 × 600 pixels stands as wide and is warned about, with the
// resolution it has there and the width at which it would not be
// warned about.
func TestTallPictureWarnsAtTheSizeItIsPlaced(t *testing.T) {
	th := DefaultTheme()
	for _, c := range []struct {
		w, h int
		warn bool
	}{{800, 2400, false}, {200, 600, true}} {
		comp := newComposer(exampleDocument(t), th, bound)
		img := content.Image{File: "turm.jpg", Format: "jpeg", WidthPx: c.w, HeightPx: c.h, Alt: "Turm", Width: "auto"} // as content reads a section's picture without width
		v := comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, true)
		pic := pictureIn(flatten(v))
		if pic == nil {
			t.Fatalf("%d × %d: no picture set", c.w, c.h)
		}
		if limit := th.TextHeight() * 3 / 5; pic.H != limit || pic.W >= th.ColumnWidth()/2 {
			t.Errorf("%d × %d: set %.1f × %.1f pt, want narrowed to the height %.1f pt", c.w, c.h, pic.W.Points(), pic.H.Points(), limit.Points())
		}
		var warned []string
		for _, w := range comp.warnings {
			if w.Kind == WarnEnlargedImage {
				warned = append(warned, w.Msg)
			}
		}
		if got := len(warned) > 0; got != c.warn {
			t.Errorf("%d × %d at %.0f ppi: warned %v (%q), want %v", c.w, c.h, pic.EffectivePPI(), got, warned, c.warn)
		}
		if c.warn && len(warned) > 0 && !strings.Contains(warned[0], "(105 ppi effective)") {
			t.Errorf("%d × %d: %q, want the resolution where it stands, 105 ppi", c.w, c.h, warned[0])
		}
		if c.warn && len(warned) > 0 && !strings.Contains(warned[0], `at most 25 mm wide (width = "25mm")`) {
			t.Errorf("%d × %d: %q, want the width it may have, 25 mm (200 pixels at 200 ppi)", c.w, c.h, warned[0])
		}
	}
	// Set as wide as the warning says, it is not warned about.
	comp := newComposer(exampleDocument(t), th, bound)
	img := content.Image{File: "turm.jpg", Format: "jpeg", WidthPx: 200, HeightPx: 600, Alt: "Turm", Width: "length", WidthAt: 25 * 72 / 25.4}
	comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, true)
	for _, w := range comp.warnings {
		if w.Kind == WarnEnlargedImage {
			t.Errorf("set 25 mm wide as the warning said: %s", w.Msg)
		}
	}
}

// TestCaptionKeepsToItsPicture: a picture the author set narrower than
// the measure (half, a length) has its caption in its own width, not
// running on past its edge, where it stands in a pair; standing alone, it
// has its caption beside it, in the room it leaves, the last line at its
// foot (captionBeside). One in the measure keeps the measure.
func TestCaptionKeepsToItsPicture(t *testing.T) {
	th := DefaultTheme()
	caption := "Gruppe 1 in der Werkhalle des Metallbaubetriebs beim Rundgang am zweiten Tag der Fachkonferenz, als die Auszubildenden ihre Werkstücke zeigten und erklärten, wie sie entstanden sind"
	for _, alone := range []bool{false, true} {
		for _, width := range []string{"half", "length", "measure"} {
			comp := newComposer(exampleDocument(t), th, bound)
			img := content.Image{File: "foto.jpg", Format: "jpeg", WidthPx: 3000, HeightPx: 2000, Alt: "Gruppe", Caption: caption, Width: width, WidthAt: 200}
			v := comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, alone)
			var pic *typeset.Picture
			var left, right, foot typeset.Scaled // of the caption's lines
			left = th.PageWidth
			for _, n := range v {
				for _, it := range n.Items {
					switch x := it.(type) {
					case *typeset.Picture:
						pic = x
					case *typeset.GlyphRun:
						left, right, foot = min(left, x.X), max(right, x.X+x.Width), max(foot, x.Y)
					}
				}
			}
			limit := pic.X + pic.W
			switch {
			case width == "measure":
				if right <= th.MarginLeft+(th.ColumnWidth()-typeset.MM(5))/2 {
					t.Errorf("%s: the caption ends at %.1f pt, want it set in the measure, past a half picture's edge", width, right.Points())
				}
			case alone:
				if left < limit+halfGap() || right > th.MarginLeft+th.ColumnWidth()+typeset.Pt(1) || foot > pic.Y+pic.H || foot < pic.Y+pic.H-th.Caption.Leading {
					t.Errorf("%s alone: picture to %.1f pt, caption from %.1f to %.1f pt, last baseline %.1f (picture's foot %.1f); want it beside, at the foot",
						width, limit.Points(), left.Points(), right.Points(), foot.Points(), (pic.Y + pic.H).Points())
				}
			case pic.W >= th.ColumnWidth() || right > limit+typeset.Pt(1):
				t.Errorf("%s in a pair: picture %.1f pt wide ends at %.1f pt, its caption at %.1f pt", width, pic.W.Points(), limit.Points(), right.Points())
			}
		}
	}
}

// TestCreditDashNeverBeginsALine: the dash between a caption and its
// credit („… Handwerkskammer – Foto: …“) stays at the end of a line, in
// every width, never at the start of the next.
//
// Nor does the name of the credit begin a line with „Foto:“ left alone at
// the end of the one before.
func TestCreditDashNeverBeginsALine(t *testing.T) {
	th := DefaultTheme()
	comp := newComposer(exampleDocument(t), th, bound)
	img := content.Image{File: "foto.jpg", Format: "jpeg", WidthPx: 3000, HeightPx: 2000, Alt: "Werkstatt",
		Caption: "Ausbildungswerkstatt der Handwerkskammer", Credit: "Netzwerk Ausbildung Nordost"}
	for w := typeset.Pt(100); w <= typeset.Pt(400); w += typeset.Pt(5) {
		var starts []*typeset.GlyphRun // each line's first run (a line is a box of the list)
		for _, n := range comp.picture(img, th.MarginLeft, w, "content.toml:1:1: sections[0].images[0]", comp.root, true) {
			var first *typeset.GlyphRun
			for _, it := range n.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && (first == nil || g.X < first.X) {
					first = g
				}
			}
			if first != nil {
				starts = append(starts, first)
			}
		}
		for _, g := range starts {
			if strings.HasPrefix(strings.TrimSpace(g.Text), "–") {
				t.Errorf("%.0f pt: a caption line begins with the dash: %q", w.Points(), g.Text)
			}
			if strings.HasPrefix(strings.TrimSpace(g.Text), "Netzwerk") {
				t.Errorf("%.0f pt: the credit's name begins a line, „Foto:“ ending the one before", w.Points())
			}
		}
	}
}

// TestHalfPicturesStandSideBySide: two pictures of half the measure in a
// row make one block, side by side with the gap between, sized to one
// height so that together they fill the measure, tops, feet and captions
// level, each caption under its own picture; a third stands alone below,
// and a picture in the measure is not paired.
func TestHalfPicturesStandSideBySide(t *testing.T) {
	th := DefaultTheme()
	comp := newComposer(exampleDocument(t), th, bound)
	half := func(name string, w, h int) content.Image {
		return content.Image{File: name, Format: "jpeg", WidthPx: w, HeightPx: h, Alt: name, Caption: "Gruppe " + name + " im Gespräch", Width: "half"}
	}
	s := content.Section{Images: []content.Image{half("1", 3000, 2000), half("2", 3000, 2250), half("3", 3000, 2000),
		{File: "4", Format: "jpeg", WidthPx: 3000, HeightPx: 2000, Alt: "4"}}}
	blocks, kinds := comp.pictureBlocks(0, s, th.MarginLeft, th.ColumnWidth(), comp.root)
	if len(blocks) != 3 || len(kinds) != 3 {
		t.Fatalf("%d blocks, want 3: the pair, the third alone, the fourth", len(blocks))
	}
	var pics []*typeset.Picture
	top := [2]typeset.Scaled{1 << 40, 1 << 40} // each caption's first line, left and right
	for _, n := range blocks[0] {
		for _, it := range n.Items {
			switch x := it.(type) {
			case *typeset.Picture:
				pics = append(pics, x)
			case *typeset.GlyphRun:
				side := 0
				if x.X > th.MarginLeft+th.ColumnWidth()/2 {
					side = 1
				}
				top[side] = min(top[side], x.Y)
			}
		}
	}
	if len(pics) != 2 {
		t.Fatalf("the pair's block holds %d pictures", len(pics))
	}
	a, b := pics[0], pics[1]
	near := func(x, y typeset.Scaled) bool { return x-y < typeset.Pt(0.05) && y-x < typeset.Pt(0.05) }
	if a.Y != b.Y || !near(a.H, b.H) || !near(b.X, a.X+a.W+typeset.MM(5)) || !near(b.X+b.W, a.X+th.ColumnWidth()) {
		t.Errorf("pair at (%.1f, %.1f) %.1f × %.1f and (%.1f, %.1f) %.1f × %.1f: want one height, the gap between, the measure filled",
			a.X.Points(), a.Y.Points(), a.W.Points(), a.H.Points(), b.X.Points(), b.Y.Points(), b.W.Points(), b.H.Points())
	}
	if !near(top[0], top[1]) {
		t.Errorf("captions' first lines at %.1f and %.1f pt, want level", top[0].Points(), top[1].Points())
	}
	for side, p := range []*typeset.Picture{a, b} {
		if gap := top[side] - (p.Y + p.H); gap <= 0 || gap > th.Caption.Leading+typeset.MM(4) {
			t.Errorf("caption %d's first baseline %.1f pt under its picture, want under it, as close as a lone picture's", side+1, gap.Points())
		}
	}
}

// TestPairedAlikeKeepsHalvesForUnlikeShapes: a pair of shapes too unlike
// to share one height (a panorama beside a portrait: the portrait would
// be narrower than a third of the measure) stays at half the measure
// each; likely shapes share the measure by their shape.
func TestPairedAlikeKeepsHalvesForUnlikeShapes(t *testing.T) {
	width := typeset.MM(130)
	img := func(w, h int) content.Image {
		return content.Image{Format: "jpeg", WidthPx: w, HeightPx: h, Width: "half"}
	}
	a, b, shift := pairedAlike(img(3000, 1000), img(2000, 3000), width)
	if a.Width != "half" || b.Width != "half" || shift != (width+halfGap())/2 {
		t.Errorf("panorama and portrait: %s and %s, shift %.1f pt; want both half", a.Width, b.Width, shift.Points())
	}
	a, b, shift = pairedAlike(img(3000, 2000), img(2000, 2000), width)
	if a.Width != "length" || b.Width != "length" || a.WidthAt <= b.WidthAt || shift != typeset.Pt(a.WidthAt)+halfGap() && shift-typeset.Pt(a.WidthAt)-halfGap() > 1 {
		t.Errorf("3:2 and square: %s %.1f and %s %.1f, shift %.1f pt; want the measure shared by shape", a.Width, a.WidthAt, b.Width, b.WidthAt, shift.Points())
	}
}

// TestWiderThanTheColumnIsSaid: a picture whose width the author gave as
// a length wider than the column is set at the column's width and the
// author is told so at the picture (image-width), in one column and in
// two; one that fits is set as asked without a word.
func TestWiderThanTheColumnIsSaid(t *testing.T) {
	for name, th := range testThemes(t) {
		for _, asked := range []typeset.Scaled{typeset.MM(170), typeset.MM(60)} {
			comp := newComposer(exampleDocument(t), th, bound)
			img := content.Image{File: "saal.jpg", Format: "jpeg", WidthPx: 3000, HeightPx: 2000, Alt: "Saal", Width: "length", WidthAt: asked.Points()}
			v := comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, true)
			pic := pictureIn(flatten(v))
			warned := 0
			for _, w := range comp.warnings {
				if w.Kind == WarnImageWidth && strings.Contains(w.Msg, "wider than") {
					warned++
				}
			}
			wider := asked > th.ColumnWidth()
			if pic == nil || pic.W != min(asked, th.ColumnWidth()) {
				t.Errorf("%s, %.0f mm: set %v, want %.0f mm", name, asked.MM(), pic, min(asked, th.ColumnWidth()).MM())
			}
			if (warned == 1) != wider {
				t.Errorf("%s, %.0f mm in a column of %.0f mm: %d image-width warnings", name, asked.MM(), th.ColumnWidth().MM(), warned)
			}
		}
	}
}

// pictureIn is the last picture among items, or nil.
func pictureIn(items []typeset.Item) *typeset.Picture {
	var pic *typeset.Picture
	for _, it := range items {
		if p, ok := it.(*typeset.Picture); ok {
			pic = p
		}
	}
	return pic
}

// TestCreditLineBindsShortNames: a credit says what it is („Foto:“ unless
// it does, with its own word before a colon) bound to the name, and a short name's words are bound too, so
// a narrow caption does not divide „Werkstatt Plus“; a long name keeps
// its spaces.
func TestCreditLineBindsShortNames(t *testing.T) {
	for in, want := range map[string]string{
		"Werkstatt Plus":                    "Foto:\u00a0Werkstatt\u00a0Plus",
		"Foto: Jana Richter":                "Foto:\u00a0Jana\u00a0Richter",
		"Netzwerk Ausbildung Nordost e. V.": "Foto:\u00a0Netzwerk Ausbildung Nordost e. V.",
		"© Stadt Greifswald":                "©\u00a0Stadt\u00a0Greifswald",
		"Handyfoto: Teilnehmerin":           "Handyfoto:\u00a0Teilnehmerin",
		"Illustration: Jana Richter":        "Illustration:\u00a0Jana\u00a0Richter",
		"12:30 Uhr Max Muster":              "Foto:\u00a012:30 Uhr Max Muster",
		"Handyfoto:":                        "Handyfoto:",
	} {
		if got := creditLine(in); got != want {
			t.Errorf("creditLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNarrowCaptionsLeaveLongNamesFree: a short credited name is bound
// where the caption is wide, but where the bound credit would take more
// than two thirds of the caption's width (a half-width picture in two
// columns) its words are left free, so the caption breaks between them
// instead of dividing one („Netz-/werk Jugend Nordost“).
func TestNarrowCaptionsLeaveLongNamesFree(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	st := c.th.Caption
	if got, want := c.fittedCredit("Netzwerk Jugend Nordost", st, typeset.MM(150)), "Foto:\u00a0Netzwerk\u00a0Jugend\u00a0Nordost"; got != want {
		t.Errorf("150 mm: %q, want %q", got, want)
	}
	if got, want := c.fittedCredit("Netzwerk Jugend Nordost", st, typeset.MM(38)), "Foto:\u00a0Netzwerk Jugend Nordost"; got != want {
		t.Errorf("38 mm: %q, want %q", got, want)
	}
	if got, want := c.fittedCredit("Foto: Jana Richter", st, typeset.MM(38)), "Foto:\u00a0Jana\u00a0Richter"; got != want {
		t.Errorf("a short name at 38 mm: %q, want %q", got, want)
	}
}

// TestTinyHalfPictureIsSaid: width = "half" in a column of two (some
// 28 mm: the prober's Fachtag set photos the size of a stamp under
// captions of six lines) is set as asked but the author is told, with
// the width leaving it out gives; in one column half the measure is
// said nothing of.
func TestTinyHalfPictureIsSaid(t *testing.T) {
	for name, th := range testThemes(t) {
		comp := newComposer(exampleDocument(t), th, bound)
		img := content.Image{File: "saal.jpg", Format: "jpeg", WidthPx: 3000, HeightPx: 2000, Alt: "Saal", Width: "half"}
		v := comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, true)
		pic := pictureIn(flatten(v))
		var said []string
		for _, w := range comp.warnings {
			if w.Kind == WarnImageWidth && strings.Contains(w.Msg, `width = "half"`) {
				said = append(said, w.Msg)
			}
		}
		small := pic != nil && pic.W < minHalfPicture()
		if small != (len(said) == 1) || small && !strings.Contains(said[0], "leave width out") {
			t.Errorf("%s: a half picture %.0f mm wide in a column of %.0f mm: said %q", name, pic.W.MM(), th.ColumnWidth().MM(), said)
		}
		if th.Columns > 1 && !small {
			t.Errorf("%s: the premise: in two columns half is under %.0f mm, got %.0f mm", name, minHalfPicture().MM(), pic.W.MM())
		}
	}
}

// TestTinyHalfPairIsSaid: two pictures of width = "half" in a row, set
// side by side at their shapes' widths (pairedAlike), are warned about as
// one alone is where half the column is under minHalfPicture: the
// prober's Jahreskonferenz (e23) set a pair 21 and 28 mm wide in silence.
func TestTinyHalfPairIsSaid(t *testing.T) {
	th := DefaultTheme()
	th.Columns, th.ColumnGap = 2, typeset.MM(8)
	doc := exampleDocument(t)
	comp := newComposer(doc, th, bound)
	s := content.Section{Images: []content.Image{
		{File: "handy.jpg", Format: "jpeg", WidthPx: 3024, HeightPx: 4032, Alt: "Bank", Width: "half"},
		{File: "karten.png", Format: "png", WidthPx: 1500, HeightPx: 1500, Alt: "Karten", Width: "half"},
	}}
	comp.pictureBlocks(0, s, th.MarginLeft, th.ColumnWidth(), comp.root)
	var said []string
	for _, w := range comp.warnings {
		if w.Kind == WarnImageWidth && strings.Contains(w.Msg, `width = "half"`) {
			said = append(said, w.Where)
		}
	}
	if len(said) != 2 || !strings.HasSuffix(said[0], "images[0]") || !strings.HasSuffix(said[1], "images[1]") {
		t.Errorf("a pair of half pictures in a column of %.0f mm: warned at %q, want both", th.ColumnWidth().MM(), said)
	}
}

// TestTallPictureStaysWideEnough: a roll-up banner of 1:3, narrowed by a
// lowered height limit (a print edition fitted to fewer signatures) and
// set smaller beside its text, stands no narrower than minGivenWidth:
// the sign-off found one 17 mm wide, a sliver.
func TestTallPictureStaysWideEnough(t *testing.T) {
	th := DefaultTheme()
	th.pictureShare = minPictureShare
	comp := newComposer(exampleDocument(t), th, bound)
	img := content.Image{File: "banner.png", Format: "png", WidthPx: 600, HeightPx: 1800, Alt: "Roll-up"}
	v := comp.picture(img, th.MarginLeft, th.ColumnWidth(), "content.toml:1:1: sections[0].images[0]", comp.root, true)
	pic := pictureIn(flatten(v))
	if pic == nil {
		t.Fatal("no picture set")
	}
	if pic.W < minGivenWidth()-typeset.Pt(0.5) {
		t.Errorf("narrowed by the limit: %.1f mm wide, want at least %.1f mm", pic.W.MM(), minGivenWidth().MM())
	}
	give := comp.pictureGive(v)
	if w := typeset.ScaleBy(pic.W, int64(pic.H-give), int64(pic.H)); w < minGivenWidth()-typeset.Pt(0.5) {
		t.Errorf("given %.1f mm: %.1f mm wide, want at least %.1f mm", give.MM(), w.MM(), minGivenWidth().MM())
	}
}
