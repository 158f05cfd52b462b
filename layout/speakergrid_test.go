package layout

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// portrait is a photo for tests: a PDF page of 3:4, which needs no file
// to be placed.
var portrait = &content.Image{File: "portrait.pdf", Format: "pdf", WidthPt: 90, HeightPt: 120, Alt: "Porträt"}

// speaker is a person for the grid tests.
func speaker(name, role, org string, photo bool) content.Person {
	p := content.Person{Name: name, Role: role, Organisation: org}
	if photo {
		p.Photo = portrait
	}
	return p
}

var (
	longSpeaker = speaker("Prof. Dr. Maximiliane Sophie von Hohenzollern-Sigmaringen",
		"Leiterin der Stabsstelle für Digitalisierung, Forschungsdatenmanagement und Wissenschaftskommunikation",
		"Bundesinstitut für Berufsbildung", true)
	shortSpeaker = speaker("Jan Ott", "Moderator", "", false)
)

// gridCells sets a speaker grid with the given columns and returns, for
// each speaker, the extent of its text (glyph runs) and of its portrait
// (zero if none): an item belongs to the cell of the column its left edge
// is in.
func gridCells(c *composer, people []content.Person, widths []typeset.Scaled) (text, photo []box) {
	v := c.speakerGrid(0, people, personKeys(".speakers", len(people)), c.root.Child(typeset.RoleSect))
	row := 0
	for _, n := range v {
		if n.Kind != typeset.VBox {
			continue
		}
		for range widths {
			text, photo = append(text, box{x0: 1 << 40, y0: 1 << 40}), append(photo, box{})
		}
		for _, it := range n.Items {
			b, ok := extent(it)
			if !ok {
				continue
			}
			k, left := row, c.th.MarginLeft
			for col, w := range widths {
				if b.x0 >= left {
					k = row + col
				}
				left += w + speakerGap
			}
			if _, isPic := it.(*Picture); isPic {
				photo[k] = b
				continue
			}
			t := &text[k]
			t.x0, t.x1, t.y0 = min(t.x0, b.x0), max(t.x1, b.x1), min(t.y0, b.y0)
		}
		row += len(widths)
	}
	return text[:len(people)], photo[:len(people)]
}

// TestSpeakerColumns checks the speaker grid against its display list:
// columns sized from their content, a portrait's text column never under
// 45 mm, and one speaker a row where two such columns do not fit.
func TestSpeakerColumns(t *testing.T) {
	base := DefaultTheme()
	narrow := base
	narrow.MarginLeft += typeset.MM(90) // a measure under 100 mm
	cases := []struct {
		name   string
		th     Theme
		people []content.Person
		perRow int
		check  func(t *testing.T, widths []typeset.Scaled, c *composer)
	}{
		{"two short speakers: even columns", base, []content.Person{speaker("Anna Beck", "Referentin", "", false), speaker("Ole Dahl", "Referent", "", false)}, 2,
			func(t *testing.T, w []typeset.Scaled, c *composer) {
				if w[0] != w[1] {
					t.Errorf("columns %.1f and %.1f mm, want even", w[0].MM(), w[1].MM())
				}
			}},
		{"a long speaker with a portrait beside a short one", base, []content.Person{longSpeaker, shortSpeaker}, 2,
			func(t *testing.T, w []typeset.Scaled, c *composer) {
				// The long speaker as short as the widest column makes it,
				// the short one no taller than in even columns.
				widest := c.th.ColumnWidth() - speakerGap - minSpeakerText
				even := (c.th.ColumnWidth() - speakerGap) / 2
				if got, best := c.personHeight(longSpeaker, c.newPersonText(longSpeaker), w[0], true), c.personHeight(longSpeaker, c.newPersonText(longSpeaker), widest, true); got != best {
					t.Errorf("the long speaker is %.1f mm tall in %.1f mm, could be %.1f mm", got.MM(), w[0].MM(), best.MM())
				}
				if got, was := c.personHeight(shortSpeaker, c.newPersonText(shortSpeaker), w[1], shortSpeaker.Photo != nil), c.personHeight(shortSpeaker, c.newPersonText(shortSpeaker), even, shortSpeaker.Photo != nil); got > was {
					t.Errorf("the short speaker is %.1f mm tall in %.1f mm, %.1f mm in even columns", got.MM(), w[1].MM(), was.MM())
				}
			}},
		{"two portraits that do not fit side by side: each over its text", base, []content.Person{longSpeaker, speaker("Lena Hoff", "Referentin", "", true)}, 2,
			func(t *testing.T, w []typeset.Scaled, c *composer) {
				if w[0] != w[1] {
					t.Errorf("columns %v: want them equal", w)
				}
				text, photo := gridCells(c, []content.Person{longSpeaker, speaker("Lena Hoff", "Referentin", "", true)}, w)
				for k := range 2 {
					if text[k].y0 < photo[k].y1 {
						t.Errorf("speaker %d: text at %v, portrait at %v: want the text below the portrait", k, text[k], photo[k])
					}
				}
			}},
		{"a narrow measure: the portrait above the text", narrow, []content.Person{longSpeaker, shortSpeaker}, 1,
			func(t *testing.T, w []typeset.Scaled, c *composer) {
				text, photo := gridCells(c, []content.Person{longSpeaker}, w)
				if text[0].x0 >= photo[0].x1 || text[0].y0 < photo[0].y1 {
					t.Errorf("text at %v, portrait at %v: want the text below the portrait", text[0], photo[0])
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := testComposer(t, tc.th)
			widths := c.speakerColumns(tc.people)
			if len(widths) != tc.perRow {
				t.Fatalf("%d speakers a row (columns %v), want %d", len(widths), widths, tc.perRow)
			}
			var sum typeset.Scaled
			for _, w := range widths {
				sum += w
			}
			if sum+typeset.Scaled(len(widths)-1)*speakerGap != c.th.ColumnWidth() {
				t.Errorf("columns %v and gaps do not make the measure %v", widths, c.th.ColumnWidth())
			}
			text, photo := gridCells(c, tc.people, widths)
			for k := range text {
				col := k % len(widths)
				right := c.th.MarginLeft + typeset.Scaled(col)*speakerGap
				for _, w := range widths[:col+1] {
					right += w
				}
				if text[k].x1 > right {
					t.Errorf("speaker %d: text runs to %.1f mm, past its column's edge at %.1f mm", k, text[k].x1.MM(), right.MM())
				}
				switch {
				case photo[k] == box{}:
				case text[k].x0 >= photo[k].x1:
					if room := right - photo[k].x1 - portraitGap; room < typeset.MM(45) {
						t.Errorf("speaker %d: %.1f mm for text beside the portrait", k, room.MM())
					}
				case text[k].x0 < photo[k].x1 && text[k].y0 < photo[k].y1:
					t.Errorf("speaker %d: text and portrait overlap", k)
				}
			}
			if tc.check != nil {
				tc.check(t, widths, c)
			}
		})
	}
}

// TestGridTextOneLineAgreesWithBreaker checks the grid's shortcut: for
// every speaker of the example and a few hard cases, in every width from
// 20 mm to the measure in 0.5 mm steps, the height the shortcut gives is
// the height the display-break rule gives, and the shortcut is taken.
func TestGridTextOneLineAgreesWithBreaker(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	people := []content.Person{longSpeaker, shortSpeaker,
		speaker("Aylin Yılmaz-Kowalczyk", "Referentin", "Landkreis Ostprignitz-Ruppin", false),
		speaker("Jo", "", "", false)}
	for _, s := range exampleDocument(t).Sections {
		people = append(people, s.Speakers...)
	}
	taken := 0
	for _, p := range people {
		pt := c.newPersonText(p)
		for _, g := range []*gridText{pt.name, pt.about} {
			if g == nil {
				continue
			}
			for w := typeset.MM(20); w <= c.th.ColumnWidth(); w += typeset.MM(0.5) {
				_, lines := g.breakAt(w)
				want := typeset.Scaled(len(lines)) * g.st.Leading
				if got := g.height(w); got != want {
					t.Fatalf("%q in %v: shortcut height %v, breaker %v (%d lines)", g.spans[0].Text, w, got, want, len(lines))
				}
				if g.single && g.natural <= w {
					taken++
				}
			}
		}
	}
	if taken == 0 {
		t.Fatal("the one-line shortcut was never taken")
	}
}

// TestOneLineWidthRefusesInnerBreaks: text with a forced or rewarded
// break inside is not measured as one line.
func TestOneLineWidthRefusesInnerBreaks(t *testing.T) {
	box := typeset.Node{Kind: typeset.BoxNode, Width: typeset.Pt(10)}
	end := []typeset.Node{{Kind: typeset.GlueNode, Fil: true}, {Kind: typeset.PenaltyNode, Penalty: typeset.ForceBreak}}
	if w, ok := oneLineWidth(append([]typeset.Node{box, box}, end...)); !ok || w != typeset.Pt(20) {
		t.Fatalf("two boxes: %v %v", w, ok)
	}
	for _, p := range []int{typeset.ForceBreak, -50} {
		nodes := append([]typeset.Node{box, {Kind: typeset.PenaltyNode, Penalty: p}, box}, end...)
		if _, ok := oneLineWidth(nodes); ok {
			t.Errorf("penalty %d inside: measured as one line", p)
		}
	}
	if _, ok := oneLineWidth(end); ok {
		t.Error("no text: measured as one line")
	}
}

// TestCarriedSpeakerColumnsAreFresh: a grid's split carried between
// builds (Options.Reuse) is the one a fresh build finds, whatever changed
// between them: a portrait or its height (a tall one at its own shape),
// a role, the speakers' order, the role's size.
func TestCarriedSpeakerColumnsAreFresh(t *testing.T) {
	base := DefaultTheme()
	ownShapes := base // portraits at their own heights
	ownShapes.PhotoHeight = 0
	bigRole := base
	bigRole.SpeakerRole.Size += typeset.Pt(3)
	bigRole.SpeakerRole.Leading += typeset.Pt(3)
	noPhoto := longSpeaker
	noPhoto.Photo = nil
	shortRole := longSpeaker
	shortRole.Role = "Leiterin"
	tallPhoto := longSpeaker
	tallPhoto.Photo = &content.Image{File: "tall.pdf", Format: "pdf", WidthPt: 90, HeightPt: 300, Alt: "Porträt"}
	variants := []struct {
		th     Theme
		people []content.Person
	}{
		{base, []content.Person{longSpeaker, shortSpeaker}},
		{base, []content.Person{noPhoto, shortSpeaker}},
		{ownShapes, []content.Person{tallPhoto, shortSpeaker}},
		{base, []content.Person{shortRole, shortSpeaker}},
		{base, []content.Person{shortSpeaker, longSpeaker}},
		{bigRole, []content.Person{longSpeaker, shortSpeaker}},
	}
	reuse := new(Reuse)
	hyph := testComposer(t, base).hyph // as Reuse keeps it between builds
	distinct := map[string]bool{}
	for round := range 2 {
		for i, v := range variants {
			want := testComposer(t, v.th).speakerColumns(v.people)
			c := testComposer(t, v.th)
			c.opts.Reuse, c.hyph = reuse, hyph
			if got := c.speakerColumns(v.people); !slices.Equal(got, want) {
				t.Errorf("round %d, variant %d: carried columns %v, fresh %v", round, i, got, want)
			}
			distinct[fmt.Sprint(want)] = true
		}
	}
	if len(reuse.splits) != len(variants) {
		t.Errorf("%d splits kept for %d variants", len(reuse.splits), len(variants))
	}
	reuse.begin()
	reuse.begin() // two builds without a grid
	if len(reuse.splits) != 0 {
		t.Errorf("%d splits kept after a build that used none", len(reuse.splits))
	}
	if len(distinct) < 4 {
		t.Errorf("the variants give only %d splits: the test sees too little", len(distinct))
	}
}

// TestSpeakerNamesLineUp: in a grid column whose portraits stand beside
// their text, a speaker without a portrait has his name where theirs
// are, not at the column's edge (the prober's Jahrestagung: „Tobias
// Meier“ flush left above „Minh Anh Nguyen“ beside a portrait); in a
// column without portraits the names stand at its edge. One grid column
// (a column of a two-column page) and two, a portrait in the first only.
func TestSpeakerNamesLineUp(t *testing.T) {
	narrow := DefaultTheme() // a column of two: 81 mm, a portrait beside its text
	narrow.Columns, narrow.ColumnGap = 2, typeset.MM(8)
	narrow.MarginLeft, narrow.MarginRight = typeset.MM(20), typeset.MM(20)
	for _, tc := range []struct {
		name   string
		th     Theme
		people []content.Person
		// lined are the speakers whose text must begin where the first's
		// does; edge those at their column's left edge.
		lined, edge []int
	}{
		{"one grid column", narrow, []content.Person{speaker("Tobias Meier", "Ausbildungsleiter", "Stadtwerke Erfurt GmbH", false),
			speaker("Minh Anh Nguyen", "Integrationsbegleiterin", "Caritasverband", true)}, []int{0, 1}, nil},
		{"two columns, a portrait in the first", DefaultTheme(), []content.Person{speaker("Minh Anh Nguyen", "Integrationsbegleiterin", "Caritasverband", true),
			speaker("Tobias Meier", "Ausbildungsleiter", "Stadtwerke Erfurt GmbH", false),
			speaker("Lena Hoff", "Referentin", "", false), speaker("Jan Ott", "Referent", "", false)}, []int{0, 2}, []int{1, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := testComposer(t, tc.th)
			widths := c.speakerColumns(tc.people)
			if !c.portraitBeside(widths[0]) {
				t.Fatalf("a grid column of %.1f mm sets its portraits above their text", widths[0].MM())
			}
			text, _ := gridCells(c, tc.people, widths)
			for _, k := range tc.lined {
				if text[k].x0 != text[tc.lined[0]].x0 {
					t.Errorf("%s's text begins at %.1f mm, %s's at %.1f mm", tc.people[k].Name, text[k].x0.MM(), tc.people[tc.lined[0]].Name, text[tc.lined[0]].x0.MM())
				}
			}
			for _, k := range tc.edge {
				left := c.th.MarginLeft + widths[0] + speakerGap
				if text[k].x0 != left {
					t.Errorf("%s's text begins at %.1f mm, want the column's edge %.1f mm", tc.people[k].Name, text[k].x0.MM(), left.MM())
				}
			}
		})
	}
}

// TestPersonCellFromPreparedText: a speaker's cell set from the text the
// grid's search prepared (speakerLayout) is the cell set from the person
// afresh, item for item, for names and roles that break and that do not.
func TestPersonCellFromPreparedText(t *testing.T) {
	people := []content.Person{longSpeaker, shortSpeaker, speaker("Dr. Lena Hoff", "Referentin für Jugendberufshilfe", "Landkreis Vorpommern-Greifswald", true)}
	c := testComposer(t, DefaultTheme())
	widths, texts := c.speakerLayout(people)
	if len(widths) != 2 || len(texts) != len(people) {
		t.Fatalf("columns %v and %d prepared texts, want two columns and %d", widths, len(texts), len(people))
	}
	for k, p := range people {
		w, aligned := widths[k%2], columnHasPortrait(people, k%2, 2)
		want, wantH := c.personCell("x", p, nil, c.th.MarginLeft, w, aligned, 0, c.root.Child(typeset.RoleDiv))
		got, gotH := c.personCell("x", p, &texts[k], c.th.MarginLeft, w, aligned, 0, c.root.Child(typeset.RoleDiv))
		if gotH != wantH || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the cell from the prepared text (%d items, %v high) is not the cell set afresh (%d items, %v high)", p.Name, len(got), gotH, len(want), wantH)
		}
	}
}

// TestStackedRowNamesLineUp: in a grid whose portraits stand over their
// text (four speakers, three a row), a speaker without a portrait has his
// name where the others have theirs, under the row's portraits, not at
// the top of his cell — the prober's symposium set „Ralf Dieter
// Zimmermann“ level with the portraits beside him — and the rows stand
// further apart than a portrait from its name.
func TestStackedRowNamesLineUp(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	people := []content.Person{speaker("Nadia Ben Abdallah-Riedel", "Antidiskriminierungsberaterin", "Antidiskriminierungsstelle Sachsen-Anhalt", true),
		speaker("Ralf Dieter Zimmermann", "Bürgermeister", "Verbandsgemeinde Elbe-Heide", false),
		speaker("Prof. Dr. Karim Fereidooni-Lorenz", "Professor für Didaktik der sozialwissenschaftlichen Bildung", "Ruhr-Universität Bochum", true),
		speaker("Thomas Gerlach-Okonkwo", "Personalleiter", "ENERGIE Mitteldeutschland AG", true)}
	widths, _ := c.speakerLayout(people)
	if len(widths) < 3 || c.portraitBeside(widths[1]) {
		t.Fatalf("the premise: three columns, portraits over the text; got %d of %.1f mm", len(widths), widths[0].MM())
	}
	text, photo := gridCells(c, people, widths)
	for k := range 3 { // the first row
		if text[k].y0 != text[0].y0 {
			t.Errorf("%s's text begins at %.1f mm, the row's at %.1f mm", people[k].Name, text[k].y0.MM(), text[0].y0.MM())
		}
	}
	if text[1].y0 <= photo[0].y1 {
		t.Errorf("the text without a portrait begins at %.1f mm, above the portraits' foot at %.1f mm", text[1].y0.MM(), photo[0].y1.MM())
	}
	// The rows stand further apart than a portrait from its name, so the
	// second row's portraits do not read as the first row's text's.
	for _, n := range c.speakerGrid(0, people, personKeys(".speakers", len(people)), c.root.Child(typeset.RoleSect)) {
		if n.Kind == typeset.VGlue && n.Height <= portraitGap {
			t.Errorf("rows %.1f mm apart, a portrait %.1f mm from its name", n.Height.MM(), portraitGap.MM())
		}
	}
}

// TestModeratorsInTheSpeakersColumns: a panel of four speakers whose
// portraits stand over their text (three columns) and a moderator with a
// portrait: the moderator's cell is the speakers' first column, her
// portrait over her name as theirs — not a row of the whole measure with
// the portrait beside the name, as a grid of her own set it (the
// prober's symposium used both layouts in one document).
func TestModeratorsInTheSpeakersColumns(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	s := content.Section{Kind: content.Panel, Title: "Podium", Speakers: []content.Person{
		speaker("Nadia Ben Abdallah-Riedel", "Antidiskriminierungsberaterin", "Antidiskriminierungsstelle Sachsen-Anhalt", true),
		speaker("Ralf Dieter Zimmermann", "Bürgermeister", "Verbandsgemeinde Elbe-Heide", true),
		speaker("Prof. Dr. Karim Fereidooni-Lorenz", "Professor für Didaktik der sozialwissenschaftlichen Bildung", "Ruhr-Universität Bochum", true),
		speaker("Thomas Gerlach-Okonkwo", "Personalleiter", "ENERGIE Mitteldeutschland AG", true)},
		Moderation: []content.Person{speaker("Friederike Sophie Lindqvist-Abendroth", "Journalistin", "Mitteldeutscher Rundfunk", true)}}
	c.doc.Sections = []content.Section{s}
	if widths, _ := c.speakerLayout(s.Speakers); len(widths) < 3 {
		t.Fatalf("the premise: the speakers stand in three columns or more, got %d", len(widths))
	}
	var photos []*Picture
	var nameTop typeset.Scaled
	y := typeset.Scaled(0)
	for _, n := range c.sectionHead(nil, 0, s, c.root.Child(typeset.RoleSect)) {
		for _, it := range n.Items {
			switch x := it.(type) {
			case *Picture:
				p := *x
				p.Y += y
				photos = append(photos, &p)
			case *typeset.GlyphRun:
				if strings.HasPrefix(x.Text, "Friederike") {
					nameTop = y + x.Y
				}
			}
		}
		y += n.Height
	}
	if len(photos) != 5 || nameTop == 0 {
		t.Fatalf("%d portraits and the moderator's name at %.1f mm, want five and the name", len(photos), nameTop.MM())
	}
	first, moderator := photos[0], photos[4]
	if moderator.X != first.X || moderator.W != first.W {
		t.Errorf("the moderator's portrait at %.1f mm, %.1f mm wide; the first speaker's at %.1f, %.1f", moderator.X.MM(), moderator.W.MM(), first.X.MM(), first.W.MM())
	}
	if nameTop < moderator.Y+moderator.H {
		t.Errorf("the moderator's name at %.1f mm stands beside her portrait (%.1f to %.1f mm), not under it", nameTop.MM(), moderator.Y.MM(), (moderator.Y + moderator.H).MM())
	}
}
