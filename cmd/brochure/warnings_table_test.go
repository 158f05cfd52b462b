package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout"
)

// warningRow provokes one kind of layout warning on the second event.
type warningRow struct {
	// setup changes the event in dir; nil means the faulty event of the
	// composition report's test (faultyEvent), which provokes the faults
	// of the page make-up.
	setup func(t *testing.T, dir string)
	// unbound composes the event as the screen edition is, unbound (else
	// bound, as the print edition).
	unbound bool
	// unreachable says why no input can produce the kind.
	unreachable string
}

// warningRows has a row for every kind of layout warning.
func warningRows() map[layout.WarningKind]warningRow {
	edit := func(old, new string) func(*testing.T, string) {
		return func(t *testing.T, dir string) { editContent(t, dir, old, new) }
	}
	const engineChecks = "the page builder forbids it; the check guards the engine (its place is the paragraph's, as an overfull line's)"
	return map[layout.WarningKind]warningRow{
		layout.WarnOverfull:  {setup: edit("Rund 120 Teilnehmende", strings.Repeat("x", 300)+" Rund 120 Teilnehmende")},
		layout.WarnUnderfull: {},
		layout.WarnWidow:     {unreachable: engineChecks},
		layout.WarnOrphan:    {unreachable: engineChecks},
		layout.WarnHyphenatedName: {unreachable: "a name wider than its line breaks at its spaces, as a typesetter divides it, which is no fault, " +
			"and after its own hyphens, which add none; one that fits breaks only beside a word no stage of the display-break rule fits, " +
			"and on every input tried (a moderator named by one word of 45 letters beside „Prof. Dr. Viera Pirker“, an organisation of 46 letters " +
			"or digits without a break) none did; layout's TestBrokenNameWarned reaches it with text set directly"},
		layout.WarnMissingGlyph: {setup: edit(`title = "Begrüßung"`, `title = "Begrüßung 🎉"`)},
		layout.WarnNoQRCode: {setup: edit(`url = "https://example.org/netzwerk-ausbildung-nordost/"`,
			`url = "https://example.org/`+strings.Repeat("a", 3000)+`"`)},
		layout.WarnEnlargedImage: {setup: func(t *testing.T, dir string) {
			var b bytes.Buffer
			png.Encode(&b, image.NewGray(image.Rect(0, 0, 40, 20)))
			writeFile(t, filepath.Join(dir, "gruppe.png"), b.Bytes())
		}},
		layout.WarnMissingLogo:       {setup: edit(`  logo = "partnerlogo.pdf"`, "")},
		layout.WarnMissingAlt:        {setup: edit(`  alt = "Sechs Personen sitzen in einer Reihe auf grünem Grund"`, "")},
		layout.WarnImageWidth:        {setup: edit(`  file = "gruppe.png"`, "  file = \"gruppe.png\"\n  width = \"full-bleed\"")},
		layout.WarnUnderfullPage:     {},
		layout.WarnHyphenatedDisplay: {},
		layout.WarnHyphenAcrossPage:  {},
		layout.WarnStrandedBlock:     {},
		layout.WarnFloatDistance: {unreachable: "pagination keeps every float within a page of its anchor on every input tried " +
			"(the composition report's test provokes it on a synthetic document: TestCompositionReportFindsEachFault); its place is the float's key, as image-width's"},
		layout.WarnOverprint: {unreachable: "no setting of a line prints text over text; the report guards the make-up " +
			"(TestCompositionReportFindsEachFault provokes it on a synthetic page, and a picture's caption moved over itself made it once: " +
			"TestGivenPictureCaptionStandsClear); its place is the run's element's, as stranded-block's"},
		layout.WarnPastTypeArea: {unreachable: "no rule of the make-up sets content past the type area's foot; the report guards it " +
			"(TestCompositionReportFindsEachFault provokes it on a synthetic page, and a picture in a column shortened by one across the columns " +
			"made it once: typeset's TestFloatWaitsForAFrameItFits); its place is the item's block's, as stranded-block's"},
		layout.WarnNoFunding: {setup: func(t *testing.T, dir string) {
			path := filepath.Join(dir, "content.toml")
			src := string(readFile(t, path))
			writeFile(t, path, []byte(src[:strings.Index(src, "[funding]")]))
		}},
		layout.WarnSmallLogo: {setup: func(t *testing.T, dir string) {
			var b bytes.Buffer
			png.Encode(&b, image.NewGray(image.Rect(0, 0, 3000, 100)))
			writeFile(t, filepath.Join(dir, "band.png"), b.Bytes())
			editContent(t, dir, `  logo = "partnerlogo.pdf"`, `  logo = "band.png"`)
		}},
		layout.WarnProgrammeOrder: {setup: edit("[funding]", "[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n\n"+
			"  [[sections.items]]\n  time = \"16:30\"\n  title = \"Abschluss\"\n\n"+
			"  [[sections.items]]\n  time = \"09:00\"\n  title = \"Ankommen am zweiten Tag\"\n\n[funding]")},
		layout.WarnLowContrast: {setup: func(t *testing.T, dir string) {
			path := filepath.Join(dir, "theme.toml")
			theme := string(readFile(t, path))
			light := strings.Replace(theme, `rgb = "#C8283C"`, `rgb = "#F0A0A8"`, 1)
			if light == theme {
				t.Fatal("the second event's theme has no accent #C8283C")
			}
			writeFile(t, path, []byte(light))
		}},
		layout.WarnEmptySection: {setup: edit("[funding]", "[[sections]]\nkind = \"workshop\"\ntitle = \"Workshop B\"\n\n[funding]")},
		layout.WarnCaptionCredit: {setup: edit(`caption = "Ausbildungswerkstatt der Handwerkskammer"`,
			`caption = "Ausbildungswerkstatt der Handwerkskammer (Foto: Netzwerk Ausbildung Nordost)"`)},
		// A picture kept in the flow (floats „here“) with the two lines
		// before it: the page before it ends a few lines early inside
		// the talk's paragraph.
		layout.WarnParagraphGap: {setup: func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 1\n\n[floats]\npictures = \"here\"\n"))
			sentence := "Die Teilnehmenden sprachen über Wege in Ausbildung, über Praktika und über die Begleitung im Betrieb. "
			editContent(t, dir, "[funding]", "[[sections]]\nkind = \"talk\"\ntitle = \"Rundgang\"\nbody = \"\"\"\n"+strings.Repeat(sentence, 6)+
				"\n\"\"\"\n\n  [[sections.images]]\n  file = \"werkstatt.jpg\"\n  alt = \"Die Werkstatt\"\n  width = \"measure\"\n\n[funding]")
		}},
		layout.WarnRuntPage: {setup: func(t *testing.T, dir string) {
			// In one column, a contact long enough to run on to a page
			// of its own for a few lines.
			writeFile(t, filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 1\n"))
			para := strings.Repeat("Die Geschäftsstelle berät Betriebe und Ausbildungsbegleiter zu allen Fragen rund um die Ausbildung. ", 4)
			editContent(t, dir, "Domstraße 12, 17489 Greifswald.\n", "Domstraße 12, 17489 Greifswald.\n\n"+strings.Repeat(para+"\n\n", 7)+para+"\n")
		}},
		layout.WarnFloatPastHeading: {unbound: true, setup: func(t *testing.T, dir string) {
			// The prober's international conference in two columns
			// (layout/testdata/fairrecruitment, its photos small files of
			// their shapes) without its welcome's panorama: in the screen
			// edition, the closing panel's photo across the columns
			// stands on the last page after the heading of „Kontakt“,
			// every other place by its section being worse.
			src := filepath.Join("..", "..", "layout", "testdata", "fairrecruitment")
			files, err := filepath.Glob(filepath.Join(src, "*", "*"))
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range append(files, filepath.Join(src, "content.toml"), filepath.Join(src, "theme.toml")) {
				rel, _ := filepath.Rel(src, name)
				if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, rel)), 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, filepath.Join(dir, rel), readFile(t, name))
			}
			editContent(t, dir, "  [[sections.images]]\n  file = \"fotos/panorama-foyer.jpg\"\n  caption = \"Das Foyer während des Welcome-Coffee am ersten Konferenztag\"\n"+
				"  credit = \"Jana Reuter\"\n  alt = \"Menschen stehen in kleinen Gruppen mit Kaffeetassen in einem langen Foyer\"\n  width = \"type-area\"\n\n", "")
		}},
		layout.WarnProgrammeDay: {setup: edit("[funding]", "[[sections]]\nkind = \"programme\"\ntitle = \"Termine\"\n\n"+
			"  [[sections.items]]\n  time = \"10:00\"\n  title = \"Auftakt\"\n  note = \"26.06.2024, Weimar\"\n\n[funding]")},
	}
}

// TestEveryWarningKind provokes every kind of layout warning (the table
// must have a row for each kind layout declares) and checks its shape: it
// names the content file, line and column and the key path, and prints as
// one line.
func TestEveryWarningKind(t *testing.T) {
	t.Parallel()
	rows := warningRows()
	var kinds []layout.WarningKind
	for i, name := range warningKindNames(t) {
		k := layout.WarningKind(i + 1)
		kinds = append(kinds, k)
		if _, ok := rows[k]; !ok {
			t.Errorf("the warning kind %s (%s) has no row in warningRows", name, k)
		}
	}
	if len(rows) != len(kinds) {
		t.Errorf("%d rows for %d kinds", len(rows), len(kinds))
	}
	faulty := composeEvent(t, faultyEvent(t), true)
	for _, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			r := rows[k]
			if r.unreachable != "" {
				t.Skipf("no input reaches it: %s", r.unreachable)
			}
			laid := faulty
			if r.setup != nil {
				dir := t.TempDir()
				copyEvent(t, dir)
				r.setup(t, dir)
				laid = composeEvent(t, filepath.Join(dir, "content.toml"), !r.unbound)
			}
			checkWarningShape(t, k, laid.Warnings)
		})
	}
}

// warningKindNames reads the kinds of layout warning from their
// declaration in layout/document.go: the constants of the block that
// starts with a WarningKind of iota + 1, in order.
func warningKindNames(t *testing.T) []string {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "..", "layout", "document.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST || len(g.Specs) == 0 {
			continue
		}
		if typ, ok := g.Specs[0].(*ast.ValueSpec).Type.(*ast.Ident); !ok || typ.Name != "WarningKind" {
			continue
		}
		var names []string
		for _, spec := range g.Specs {
			for _, n := range spec.(*ast.ValueSpec).Names {
				names = append(names, n.Name)
			}
		}
		return names
	}
	t.Fatal("layout/document.go declares no WarningKind constants")
	return nil
}

// A warning's place: the content file, line and column, and a key path
// (a block of a body may follow in parentheses).
var warningWhere = regexp.MustCompile(`^\S*(content|theme)\.toml:\d+:\d+: [a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*( \([^)]*\))?$`)

func checkWarningShape(t *testing.T, k layout.WarningKind, warnings []layout.Warning) {
	n := 0
	for _, w := range warnings {
		if w.Kind != k {
			continue
		}
		n++
		if !warningWhere.MatchString(w.Where) {
			t.Errorf("not placed at file:line:col: key path: %q (%s)", w.Where, w.Msg)
		}
		if strings.Contains(w.String(), "\n") || w.Msg == "" {
			t.Errorf("not one line of message: %q", w)
		}
	}
	if n == 0 {
		t.Fatalf("not provoked; the warnings were: %v", warnings)
	}
}

// composeEvent lays out the content at path, bound as the print edition
// is or not, without the build's policy: a warning the build refuses (a
// link without its QR code) is read here as layout made it.
func composeEvent(t *testing.T, path string, bound bool) *layout.Document {
	t.Helper()
	doc, err := content.Load(path, content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	layout.Prepare(doc)
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Compose(doc, th, layout.Options{Bound: bound})
}

// TestBuildNoteNamesTheFaultsFound: build sums up the faults of the page
// make-up in one line that names the kinds it found, with their counts,
// and none it did not (the prober's note listed underfull pages and
// hyphens across a page turn for a build that had neither).
func TestBuildNoteNamesTheFaultsFound(t *testing.T) {
	var out strings.Builder
	printWarnings(&out, []layout.Warning{
		{Kind: layout.WarnFloatDistance, Msg: "a picture two pages after its place"},
		{Kind: layout.WarnHyphenatedDisplay, Msg: "a heading is hyphenated"},
		{Kind: layout.WarnHyphenatedDisplay, Msg: "a heading is hyphenated again"},
		{Kind: layout.WarnEnlargedImage, Where: "content.toml:3:1: sections[0].images[0].file", Msg: "foto.png is enlarged"},
	})
	got := out.String()
	want := "note: 3 faults of the page make-up (1 float-distance, 2 hyphenated-display); brochure check lists them with their places\n"
	if !strings.Contains(got, want) || !strings.Contains(got, "foto.png is enlarged") || strings.Contains(got, "underfull") {
		t.Errorf("build printed:\n%s\nwant the warning and the note\n%s", got, want)
	}
}
