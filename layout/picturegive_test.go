package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestOneColumnPicturesStayInTheirSection: the prober's workshop series
// in one column on facing pages (testdata/workshopseries, its photos
// small files of their shapes): seven short sections, most with a
// picture a third of the page tall or more. Every picture stands in its
// own section, before the next heading, in both editions. Before
// pictures could give (typeset.VNode.Give, pictureGive), five of them
// stood after the next section's heading in print, a list of three items
// was spread over three pages around them, and the last paragraph of a
// section went alone to the next page.
func TestOneColumnPicturesStayInTheirSection(t *testing.T) {
	doc, th := testdataEvent(t, "workshopseries")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		headed := map[*typeset.StructElement]bool{}
		var current *typeset.StructElement
		var astray []string
		pictures := 0
		for _, m := range sectionMarks(laid, th) {
			switch {
			case m.heading:
				current = m.sect
				headed[m.sect] = true
			case m.picture && headed[m.sect]:
				pictures++
				if m.sect != current {
					astray = append(astray, fmt.Sprintf("page %d: %s", m.place.page+1, m.url))
				}
			}
		}
		if pictures < 8 {
			t.Errorf("bound %v: %d pictures of sections, want the series' 8", opts.Bound, pictures)
		}
		if len(astray) > 0 {
			t.Errorf("bound %v: %d pictures stand after another section's heading:\n%s", opts.Bound, len(astray), strings.Join(astray, "\n"))
		}
	}
}

// TestGivenPictureKeepsItsShape: where a picture gave height to stand
// beside its text, it is narrowed in proportion — its frame keeps the
// photo's shape — and keeps at least half its height and a fifth of
// the type area's (pictureGive); its float's placement says what share
// of its height it kept (FloatPlacement.Kept, for the build's note).
func TestGivenPictureKeepsItsShape(t *testing.T) {
	doc, th := testdataEvent(t, "workshopseries")
	laid := Compose(doc, th, bound)
	given := 0
	for pi, page := range laid.Pages {
		if page.Kind != BodyPage {
			continue // the cover's and the back cover's logos
		}
		for _, it := range page.Items {
			p, ok := it.(*typeset.Picture)
			if !ok || p.Elem == nil || sectionOf(p.Elem) == nil {
				continue
			}
			img, ok := p.Source.(*content.Image)
			if !ok {
				continue
			}
			w, h := img.WidthPx, img.HeightPx
			width := th.ColumnWidth()
			switch img.Width {
			case "half":
				width = (width - halfGap()) / 2
			case "length":
				width = min(width, typeset.Pt(img.WidthAt))
			}
			natural := min(typeset.ScaleBy(width, int64(h), int64(w)), th.TextHeight()*3/5)
			if p.H >= natural-typeset.Pt(1) {
				continue // as it was set
			}
			given++
			if shape, want := float64(p.W)/float64(p.H), float64(w)/float64(h); shape < want*0.99 || shape > want*1.01 {
				t.Errorf("page %d: a picture given %.0f × %.0f pt, shape %.3f, want its photo's %.3f", pi+1, p.W.Points(), p.H.Points(), shape, want)
			}
			if p.H < natural/2-typeset.Pt(1) || p.H < th.TextHeight()/5-typeset.Pt(1) {
				t.Errorf("page %d: a picture given down to %.0f pt of %.0f", pi+1, p.H.Points(), natural.Points())
			}
		}
	}
	if given == 0 {
		t.Errorf("no picture of the series gave height: the test sees nothing")
	}
	// The document says which floats gave and what they kept, for the
	// build's note: at least half their height.
	kept := 0
	for _, f := range laid.Floats {
		if f.Kept < 100 {
			kept++
			if f.Kept < 49 {
				t.Errorf("%s kept %d %% of its height, want at least half", f.Where, f.Kept)
			}
		}
	}
	if kept == 0 {
		t.Errorf("%d pictures gave, no float placement says so", given)
	}
}

// TestShrunkPictureCaptions: a picture block that gives height keeps
// its captions clear of each other and of the pictures. A caption under a
// picture keeps its place, though it runs past the picture's new edge; a
// caption beside a picture moves left with the picture's edge; the
// second picture of a pair moves left by what the first gave, only as
// far as the first one's caption leaves room.
func TestShrunkPictureCaptions(t *testing.T) {
	pt := typeset.Pt
	run := func(x, y, w typeset.Scaled, text string) *typeset.GlyphRun {
		return &typeset.GlyphRun{X: x, Y: y, Size: pt(8), Width: w, Text: text}
	}
	for _, tc := range []struct {
		name  string
		items []typeset.Item
		want  map[string]typeset.Scaled // a run's or picture's left edge after, by its text ("pic N" for picture N)
	}{
		{"a caption under its picture, running past the picture's edge",
			[]typeset.Item{&typeset.Picture{X: pt(100), W: pt(200), H: pt(300)},
				run(pt(100), pt(312), pt(200), "Auszug"), run(pt(305), pt(312), pt(80), "Foto:")},
			map[string]typeset.Scaled{"Auszug": pt(100), "Foto:": pt(305)}},
		{"a caption beside its picture",
			[]typeset.Item{&typeset.Picture{X: pt(100), W: pt(200), H: pt(300)}, run(pt(310), pt(290), pt(60), "Bildunterschrift")},
			map[string]typeset.Scaled{"Bildunterschrift": pt(210)}},
		{"a pair whose first caption fills its picture's width",
			[]typeset.Item{&typeset.Picture{X: 0, W: pt(200), H: pt(300)}, &typeset.Picture{X: pt(210), W: pt(200), H: pt(300)},
				run(0, pt(312), pt(200), "Erste"), run(pt(210), pt(312), pt(90), "Zweite")},
			map[string]typeset.Scaled{"Erste": 0, "pic 2": pt(210), "Zweite": pt(210)}},
		{"a pair with short captions",
			[]typeset.Item{&typeset.Picture{X: 0, W: pt(200), H: pt(300)}, &typeset.Picture{X: pt(210), W: pt(200), H: pt(300)},
				run(0, pt(312), pt(60), "Erste"), run(pt(210), pt(312), pt(60), "Zweite")},
			map[string]typeset.Scaled{"Erste": 0, "pic 2": pt(110), "Zweite": pt(110)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := map[*typeset.GlyphRun]typeset.Scaled{}
			for _, it := range tc.items {
				if g, ok := it.(*typeset.GlyphRun); ok {
					before[g] = g.Y
				}
			}
			shrinkPictures(tc.items, pt(150))
			pics := 0
			for _, it := range tc.items {
				name, x, y := "", typeset.Scaled(0), typeset.Scaled(0)
				switch v := it.(type) {
				case *typeset.Picture:
					pics++
					name, x, y = fmt.Sprint("pic ", pics), v.X, v.Y
					if v.H != pt(150) || v.W != pt(100) {
						t.Errorf("%s: %.0f × %.0f pt, want 100 × 150", name, v.W.Points(), v.H.Points())
					}
				case *typeset.GlyphRun:
					name, x, y = v.Text, v.X, v.Y
					if y != before[v]-pt(150) {
						t.Errorf("%s: at %.0f pt, not moved up with the pictures' foot from %.0f", name, y.Points(), before[v].Points())
					}
				}
				if want, ok := tc.want[name]; ok && x != want {
					t.Errorf("%s at %.0f pt, want %.0f", name, x.Points(), want.Points())
				}
			}
			if overlap := overlappingRuns(tc.items); overlap != "" {
				t.Error(overlap)
			}
		})
	}
}

// TestGivenPictureCaptionStandsClear: a tall scan set smaller to stand
// under its section's text in one column, whose caption and credit take a
// line wider than the scan, has that line whole under it (the prober's
// „(geschwärzt) – Foto: Landesamt für“ was printed over „soziale
// Dienste“), in both editions.
func TestGivenPictureCaptionStandsClear(t *testing.T) {
	dir := t.TempDir()
	scan, err := testPNG(200, 300)
	if err != nil {
		t.Fatal(err)
	}
	para := "Die Referentin gab zunächst einen Überblick über die rechtlichen Grundlagen. Seit Inkrafttreten des " +
		"Fachkräfteeinwanderungsgesetzes können Pflegefachkräfte mit einer ausländischen Qualifikation unter bestimmten " +
		"Voraussetzungen bereits während des Anerkennungsverfahrens einreisen und in Deutschland arbeiten."
	src := "theme = \"theme.toml\"\n[document]\ntitle = \"Probe\"\ndate = 2025-11-13\n\n[[sections]]\nkind = \"talk\"\n" +
		"title = \"Ein Vortrag\"\nbody = \"\"\"\n" + strings.Repeat(para+"\n\n", 5) + "\"\"\"\n\n  [[sections.images]]\n" +
		"  file = \"scan.png\"\n  caption = \"Auszug aus einem Anerkennungsbescheid (geschwärzt)\"\n" +
		"  credit = \"Landesamt für soziale Dienste\"\n  alt = \"Scan\"\n"
	theme := "[page]\nmargin_inner = \"15mm\"\nmargin_outer = \"62mm\"\nmargin_top = \"20mm\"\nmargin_bottom = \"35mm\"\n"
	for name, data := range map[string][]byte{"scan.png": scan, "content.toml": []byte(src), "theme.toml": []byte(theme)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc, th := eventIn(t, dir)
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		given := false
		for pi, page := range laid.Pages {
			if page.Kind != BodyPage {
				continue
			}
			if p := pictureIn(page.Items); p != nil && p.H < th.TextHeight()*3/5-typeset.Pt(1) && p.W < th.ColumnWidth()*2/3 {
				given = true
			}
			if overlap := overlappingRuns(page.Items); overlap != "" {
				t.Errorf("bound %v, page %d: %s", opts.Bound, pi+1, overlap)
			}
		}
		if !given {
			t.Errorf("bound %v: the scan did not give height: the test sees nothing", opts.Bound)
		}
	}
}

// overlappingRuns names two glyph runs among items that overlap on one
// line, "" for none.
func overlappingRuns(items []typeset.Item) string {
	var runs []*typeset.GlyphRun
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			runs = append(runs, g)
		}
	}
	for a, p := range runs {
		for _, q := range runs[a+1:] {
			if p.Y == q.Y && p.X < q.X+q.Width-typeset.Pt(0.5) && q.X < p.X+p.Width-typeset.Pt(0.5) {
				return fmt.Sprintf("%q at %.1f pt overlaps %q at %.1f pt on one line", p.Text, p.X.Points(), q.Text, q.X.Points())
			}
		}
	}
	return ""
}

// TestCaptionBesideKeepsBelowThePictureTop: a picture with a caption
// beside it, which keeps to the picture's foot, gives no more height than
// the room above the caption's first line, so the caption never rises
// above the picture's top when the picture is set smaller (the review's
// 150 pt picture with twelve caption lines beside it, given 75 pt, had
// its caption's first line 43 pt above the picture).
func TestCaptionBesideKeepsBelowThePictureTop(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	pt := typeset.Pt
	pic := &typeset.Picture{X: 0, Y: 0, W: pt(200), H: pt(300)} // wide enough to give (minGivenWidth)
	items := []typeset.Item{pic}
	for k := range 24 { // a caption taller than half the picture
		items = append(items, &typeset.GlyphRun{X: pt(210), Y: pt(300) - pt(10)*typeset.Scaled(23-k), Face: th.Caption.Face(), Size: pt(8), Width: pt(60), Text: "Zeile"})
	}
	give := c.pictureGive([]typeset.VNode{typeset.Box(pic.H, items...)})
	if give <= 0 {
		t.Fatal("the picture gives nothing: the test sees nothing")
	}
	shrinkPictures(items, give)
	for _, it := range items[1:] {
		g := it.(*typeset.GlyphRun)
		if top := g.Y - typeset.OfEm(g.Face.Ascent, g.Size); top < pic.Y {
			t.Fatalf("given %.0f pt, a caption line's top stands at %.1f pt, above the picture's top %.1f pt", give.Points(), top.Points(), pic.Y.Points())
		}
	}
}
