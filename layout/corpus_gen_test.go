package layout_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
)

// The composition corpus: events generated from a seed, each a content
// file, a theme and PNG pictures in a folder of its own, varied in
// everything the page make-up has to cope with — pictures of many aspect
// ratios with and without captions, none to eight link blocks a section,
// short and long sections, one or two columns, unequal margins, long
// headings of German compounds, portraits or none, every section kind and
// sometimes a programme.

// corpusSeed makes the corpus; changing it changes every event (and the
// golden page counts in testdata/corpus-pages.golden).
const corpusSeed = 19

// corpusEvents is how many events the corpus has.
const corpusEvents = 32

// corpusPicture is one picture file of an event: its pixel size is unique
// in the event, so the readers tell the pictures apart by it.
type corpusPicture struct {
	file          string
	width, height int
	section       int // index of its section; -1 for a portrait
	index         int // its place in the section's images (or -1)
}

// corpusLink is one link block: its address, unique in the event.
type corpusLink struct {
	url, printed string
	section      int
	order        int // its place among the section's floats
}

// corpusEvent is a generated event on disk.
type corpusEvent struct {
	name     string
	dir      string
	path     string // content.toml
	pictures []corpusPicture
	links    []corpusLink
}

// eventGen writes one event; rnd is its own source, seeded from the
// corpus seed and the event's number.
type eventGen struct {
	t         *testing.T
	rnd       *rand.Rand
	number    int
	dir       string
	sentences []string
	b         strings.Builder
	ev        corpusEvent
	nextPixel int // makes every picture's pixel size unique
	png       *quickPNG
}

// sharedCorpus is the corpus generated once per test binary for the tests
// that read it (TestCompositionCorpus, the figure-box test); the test of
// the generator's repeatability generates a second one of its own. Its
// folder is removed when the tests end, unless it is CORPUS_PDF_DIR.
var sharedCorpus struct {
	once   sync.Once
	events []corpusEvent
	ok     bool
}

// load reads the event's content and theme and prepares the document for
// composing, as the build does.
func (ev corpusEvent) load(t *testing.T) (*content.Document, layout.Theme) {
	t.Helper()
	doc, err := content.Load(ev.path, content.Options{})
	if err != nil {
		t.Fatalf("%s: %v", ev.name, err)
	}
	layout.Prepare(doc)
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatalf("%s: theme: %v", ev.name, err)
	}
	return doc, th
}

// corpus returns the shared corpus, generating it on first use.
func corpus(t *testing.T) []corpusEvent {
	t.Helper()
	sharedCorpus.once.Do(func() {
		dir := os.Getenv("CORPUS_PDF_DIR") // the events' content beside their PDFs
		if dir == "" {
			tmp, err := os.MkdirTemp("", "brochure-corpus-")
			if err != nil {
				t.Fatal(err)
			}
			layout.AtTestsEnd(func() { os.RemoveAll(tmp) })
			dir = tmp
		}
		sharedCorpus.events = generateCorpus(t, dir)
		sharedCorpus.ok = true
	})
	if !sharedCorpus.ok {
		t.Fatal("the corpus could not be generated (see the first test that asked for it)")
	}
	return sharedCorpus.events
}

// generateCorpus writes the corpus into dir and returns its events.
func generateCorpus(t *testing.T, dir string) []corpusEvent {
	t.Helper()
	sentences := corpusSentences(t)
	events := make([]corpusEvent, corpusEvents)
	png := &quickPNG{} // one compressor for all pictures
	for n := range events {
		g := &eventGen{t: t, rnd: rand.New(rand.NewPCG(corpusSeed, uint64(n))), number: n, sentences: sentences, png: png}
		g.dir = filepath.Join(dir, fmt.Sprintf("event-%02d", n))
		if err := os.MkdirAll(g.dir, 0o755); err != nil {
			t.Fatal(err)
		}
		events[n] = g.event()
	}
	return events
}

// corpusSentences are German sentences to build paragraphs from: the
// example's and the second event's body text, cut into sentences, and
// sentences with long compounds written for the corpus. None is used in
// a form that Markdown or TOML would read otherwise.
func corpusSentences(t *testing.T) []string {
	t.Helper()
	example, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	second, err := content.Load("../cmd/brochure/testdata/second-event/content.toml", content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if utf8.RuneCountInString(s) < 25 || seen[s] || strings.ContainsAny(s, "*_[]<>`#\\'\"|~") {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	for _, doc := range []*content.Document{example, second} {
		for _, s := range doc.Sections {
			for _, text := range blockTexts(s.Body) {
				for _, sentence := range splitSentences(text) {
					add(sentence)
				}
			}
		}
	}
	for _, s := range corpusOwnSentences {
		add(s)
	}
	if len(out) < 60 {
		t.Fatalf("only %d sentences to build the corpus from", len(out))
	}
	return out
}

// corpusOwnSentences bring the long compounds headings and page turns
// have to cope with.
var corpusOwnSentences = []string{
	"Die Fachkräfteeinwanderung verändert die Beratungslandschaft in den Landkreisen spürbar.",
	"Viele Arbeitsmarktintegrationsmaßnahmen scheitern an fehlenden Kinderbetreuungsmöglichkeiten.",
	"Die Anerkennungsverfahren ausländischer Berufsqualifikationen dauern oft länger als ein Jahr.",
	"Berufssprachkurse und Integrationskurse müssen besser mit den Arbeitszeiten abgestimmt werden.",
	"Die Begleitforschungsergebnisse zeigen, dass Mentoringprogramme die Ausbildungsabbruchquote senken.",
	"Eine verlässliche Mobilitätsunterstützung entscheidet in ländlichen Regionen über den Ausbildungserfolg.",
	"Die Ausländerbehörden berichteten von Personalengpässen und langen Bearbeitungszeiten.",
	"Arbeitgeberinnen und Arbeitgeber wünschen sich feste Ansprechpersonen in den Jobcentern.",
	"Die Qualifizierungsbegleitung wurde von den Teilnehmenden als besonders hilfreich beschrieben.",
	"Gemeinsam wurden Handlungsempfehlungen für die Landesarbeitsmarktpolitik formuliert.",
	"Die Wohnraumversorgung bleibt eine der größten Herausforderungen für neu zugewanderte Familien.",
	"Ehrenamtliche Sprachpatenschaften ergänzen die hauptamtliche Migrationsberatung vor Ort.",
	"In der anschließenden Diskussion ging es um die Beschäftigungsduldung und ihre Voraussetzungen.",
	"Das Netzwerk plant für das kommende Jahr eine Fortbildungsreihe zur interkulturellen Personalentwicklung.",
	"Zum Abschluss stellten die Arbeitsgruppen ihre Ergebnisse im Plenum vor.",
	"Die Landkreisverwaltungen sollen künftig enger mit den Kammern und Bildungsträgern zusammenarbeiten.",
	"Besonders gelobt wurde die Zusammenarbeit zwischen Berufsschulen und Ausbildungsbetrieben.",
	"Rückfragen zur Gesundheitsversorgung und zum Krankenversicherungsschutz wurden ausführlich beantwortet.",
	"Die Teilnehmenden betonten die Bedeutung niedrigschwelliger Beratungsangebote im Sozialraum.",
	"Eine digitale Vermittlungsplattform soll Betriebe und Bewerbende künftig schneller zusammenbringen.",
}

// blockTexts is the plain text of each paragraph in blocks (lists and
// quotes opened), in order.
func blockTexts(blocks []content.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Kind == content.Paragraph {
			var s strings.Builder
			for _, in := range b.Inlines {
				if in.Break {
					s.WriteString(" ")
				}
				s.WriteString(in.Text)
			}
			out = append(out, s.String())
		}
		out = append(out, blockTexts(b.Children)...)
	}
	return out
}

// splitSentences cuts text after „.“, „!“ or „?“ followed by a space and
// a capital letter.
func splitSentences(text string) []string {
	var out []string
	start := 0
	runes := []rune(text)
	for i := 0; i+2 < len(runes); i++ {
		if strings.ContainsRune(".!?", runes[i]) && runes[i+1] == ' ' && strings.ToUpper(string(runes[i+2])) == string(runes[i+2]) &&
			strings.ToLower(string(runes[i+2])) != string(runes[i+2]) {
			out = append(out, string(runes[start:i+1]))
			start = i + 2
		}
	}
	return append(out, string(runes[start:]))
}

// pick returns one of the choices.
func pick[T any](r *rand.Rand, choices ...T) T { return choices[r.IntN(len(choices))] }

// chance is true with probability p.
func (g *eventGen) chance(p float64) bool { return g.rnd.Float64() < p }

// quote is a TOML basic string.
func quote(s string) string { return strconv.Quote(s) }

// event writes the event's theme, pictures and content.
func (g *eventGen) event() corpusEvent {
	g.ev = corpusEvent{name: fmt.Sprintf("event-%02d", g.number), dir: g.dir, path: filepath.Join(g.dir, "content.toml")}
	g.writeTheme()
	b := &g.b
	b.WriteString("theme = \"theme.toml\"\n\n[document]\n")
	fmt.Fprintf(b, "kind = %s\n", quote(pick(g.rnd, "Tagungsdokumentation", "Dokumentation", "Fachtag")))
	fmt.Fprintf(b, "title = %s\n", quote(g.title()))
	if g.chance(0.7) {
		fmt.Fprintf(b, "subtitle = %s\n", quote(g.title()))
	}
	fmt.Fprintf(b, "event = %s\n", quote("Fachtag des Netzwerks "+pick(g.rnd, "Nordost", "Integration Süd", "Arbeit und Ankommen", "Perspektive Land")))
	fmt.Fprintf(b, "date = 2025-%02d-%02d\n", 1+g.rnd.IntN(12), 1+g.rnd.IntN(28))
	fmt.Fprintf(b, "organisers = [%s]\n\n", quote("Netzwerk "+strconv.Itoa(g.number)))
	sections := 3 + g.rnd.IntN(6)
	for i := 0; i < sections; i++ {
		if i == 0 && g.chance(0.3) {
			g.programme()
			continue
		}
		g.section(i)
	}
	if g.chance(0.8) {
		b.WriteString("[funding]\nstatement = " + quote(pick(g.rnd, g.sentences...)+" Das Projekt wird durch das Bundesministerium für Arbeit und Soziales gefördert.") + "\n")
		fmt.Fprintf(b, "eu_cofunded = %v\n", g.chance(0.7))
		b.WriteString("\n  [[funding.funders]]\n  name = \"Bundesministerium für Arbeit und Soziales\"\n")
	}
	if err := os.WriteFile(g.ev.path, []byte(b.String()), 0o644); err != nil {
		g.t.Fatal(err)
	}
	return g.ev
}

// writeTheme writes theme.toml: one or two columns, unequal side margins
// (each column keeps at least 60 mm), body sizes, the grid, running head,
// contents and what the padding pages show.
func (g *eventGen) writeTheme() {
	columns := 1
	if g.chance(0.45) {
		columns = 2
	}
	left, right := 18+g.rnd.IntN(25), 15+g.rnd.IntN(25)
	if left == right {
		right += 4
	}
	if columns == 2 && left+right > 74 {
		left, right = 28, 20
	}
	body := pick(g.rnd, [2]string{"10.5pt", "14.5pt"}, [2]string{"10pt", "13.5pt"}, [2]string{"11pt", "15pt"}, [2]string{"9.5pt", "13pt"})
	var b strings.Builder
	fmt.Fprintf(&b, "[page]\ncolumns = %d\nmargin_left = \"%dmm\"\nmargin_right = \"%dmm\"\n", columns, left, right)
	fmt.Fprintf(&b, "margin_top = \"%dmm\"\nmargin_bottom = \"%dmm\"\n", 20+g.rnd.IntN(10), 22+g.rnd.IntN(12))
	fmt.Fprintf(&b, "baseline_grid = %v\nrunning_head = %v\ntable_of_contents = %v\n", g.chance(0.8), g.chance(0.4), g.chance(0.6))
	fmt.Fprintf(&b, "empty_pages = %s\n\n", quote(pick(g.rnd, "notes", "blank")))
	fmt.Fprintf(&b, "[roles.body]\nsize = %s\nleading = %s\n", quote(body[0]), quote(body[1]))
	if err := os.WriteFile(filepath.Join(g.dir, "theme.toml"), []byte(b.String()), 0o644); err != nil {
		g.t.Fatal(err)
	}
}

// headingParts make long headings: compounds, explicit hyphens, a colon.
var headingParts = []string{
	"Fachkräfteeinwanderung", "Begleitforschungsergebnisse", "Arbeitsmarktintegrationsmaßnahmen",
	"Anerkennungsverfahren ausländischer Berufsqualifikationen", "Beschäftigungsduldung", "Ausbildungsduldung",
	"Kinderbetreuungsmöglichkeiten", "Sprachförderung", "Mobilitätsunterstützung im ländlichen Raum",
	"OER-/Qualitätskriterien", "Arbeitsmarkt-Integration", "Wege in Ausbildung", "Beratungspraxis",
	"Qualifizierungsbegleitung", "Erfahrungen aus den Landkreisen", "Netzwerkarbeit", "Willkommenskultur in Betrieben",
	"Gesundheitsversorgung", "Berufsorientierung", "Landesarbeitsmarktpolitik",
}

// title is a heading of one to four parts.
func (g *eventGen) title() string {
	n := 1 + g.rnd.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = pick(g.rnd, headingParts...)
	}
	switch n {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + ": " + parts[1]
	}
	return parts[0] + " und " + strings.Join(parts[1:n-1], ", ") + ": " + parts[n-1]
}

// programme writes an agenda section.
func (g *eventGen) programme() {
	b := &g.b
	b.WriteString("[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n\n")
	for k, n := 0, 4+g.rnd.IntN(7); k < n; k++ {
		fmt.Fprintf(b, "  [[sections.items]]\n  time = \"%02d:%02d\"\n  title = %s\n", 9+k, 15*g.rnd.IntN(4), quote(g.title()))
		if g.chance(0.6) {
			fmt.Fprintf(b, "  speakers = [%s]\n", quote(g.name()))
		}
		b.WriteString("\n")
	}
}

var (
	givenNames = []string{"Anna", "Mehmet", "Christiane", "Jonas", "Fatima", "Kristian", "Merle", "Olga", "Tobias", "Reem", "Uwe", "Hannelore"}
	familyName = []string{"Welker", "Garthus-Niegel", "Malolepszy", "Johannsen", "Yılmaz", "Lindqvist", "Prochnow", "Schulze-Bergmann", "Nowak", "Haddad"}
)

func (g *eventGen) name() string {
	return pick(g.rnd, "", "", "Dr. ", "Prof. Dr. ") + pick(g.rnd, givenNames...) + " " + pick(g.rnd, familyName...)
}

// section writes one section of a kind other than the programme.
func (g *eventGen) section(i int) {
	b := &g.b
	kind := pick(g.rnd, "welcome", "greeting", "talk", "talk", "workshop", "workshop", "panel", "contact")
	fmt.Fprintf(b, "[[sections]]\nkind = %q\n", kind)
	if kind == "workshop" {
		fmt.Fprintf(b, "label = \"Workshop %d\"\n", i)
	}
	fmt.Fprintf(b, "title = %s\n", quote(g.title()))
	b.WriteString("body = '''\n" + g.body() + "'''\n\n")
	for k, n := 0, g.rnd.IntN(4); k < n; k++ {
		g.person("speakers")
	}
	if kind == "panel" || kind == "workshop" && g.chance(0.5) {
		g.person("moderation")
	}
	images := 0
	if g.chance(0.5) {
		images = 1 + g.rnd.IntN(3)
	}
	for k := 0; k < images; k++ {
		g.picture(i, k)
	}
	order := images
	links := 0
	switch r := g.rnd.Float64(); {
	case r < 0.35:
	case r < 0.8:
		links = 1 + g.rnd.IntN(3)
	default:
		links = 4 + g.rnd.IntN(5)
	}
	key := "presentations"
	if kind == "contact" {
		key = "links"
	}
	for k := 0; k < links; k++ {
		url := fmt.Sprintf("https://example.org/e%d/s%d/%s%d", g.number, i, key[:1], k)
		fmt.Fprintf(b, "  [[sections.%s]]\n  label = %s\n  url = %q\n", key, quote(fmt.Sprintf("%s %d.%d: %s", pick(g.rnd, "Präsentation", "Handreichung", "Materialien"), i, k, pick(g.rnd, headingParts...))), url)
		if g.chance(0.5) {
			fmt.Fprintf(b, "  text = %s\n", quote(pick(g.rnd, "Die Präsentation finden Sie hier:", "Weitere Informationen:", "Die Unterlagen zum Herunterladen:")))
		}
		b.WriteString("\n")
		g.ev.links = append(g.ev.links, corpusLink{url: url, printed: strings.TrimPrefix(url, "https://"), section: i, order: order})
		order++
	}
}

// body is Markdown of one short paragraph or several long ones, now and
// then a list or a quote; no two paragraphs alike.
func (g *eventGen) body() string {
	paragraphs := 1
	if g.chance(0.6) {
		paragraphs = 3 + g.rnd.IntN(8)
	}
	var b strings.Builder
	for p := 0; p < paragraphs; p++ {
		switch {
		case p > 0 && g.chance(0.12):
			for k, n := 0, 2+g.rnd.IntN(4); k < n; k++ {
				b.WriteString("- " + g.sentencesOf(1+g.rnd.IntN(2)) + "\n")
			}
		case p > 0 && g.chance(0.08):
			b.WriteString("> " + g.sentencesOf(1+g.rnd.IntN(2)) + "\n")
		default:
			n := 1 + g.rnd.IntN(3)
			if paragraphs > 1 {
				n = 2 + g.rnd.IntN(6)
			}
			b.WriteString(g.sentencesOf(n) + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// sentencesOf joins n sentences chosen at random.
func (g *eventGen) sentencesOf(n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = pick(g.rnd, g.sentences...)
	}
	return strings.Join(s, " ")
}

// person writes a speaker or moderator, with a portrait now and then.
func (g *eventGen) person(key string) {
	b := &g.b
	fmt.Fprintf(b, "  [[sections.%s]]\n  name = %s\n", key, quote(g.name()))
	if g.chance(0.8) {
		fmt.Fprintf(b, "  role = %s\n", quote(pick(g.rnd, "Referentin", "Projektleiter", "Beraterin für Arbeitsmarktintegration", "Geschäftsführung", "Moderation")))
	}
	if g.chance(0.6) {
		fmt.Fprintf(b, "  organisation = %s\n", quote(pick(g.rnd, "Regionaldirektion der Bundesagentur für Arbeit", "Sächsischer Flüchtlingsrat e.V.", "Handwerkskammer Ostmecklenburg-Vorpommern", "Jobcenter Landkreis Nordsachsen")))
	}
	if g.chance(0.4) {
		p := g.writePicture(4, 5, -1, -1)
		fmt.Fprintf(b, "  photo = %q\n", p.file)
	}
	b.WriteString("\n")
}

// pictureRatios are the aspect ratios pictures come in: landscape,
// portrait, square, wide, and panoramas.
var pictureRatios = [][2]int{{3, 2}, {2, 3}, {1, 1}, {16, 9}, {4, 5}, {3, 1}, {4, 1}}

// picture writes a picture of the section with alt text, a caption or a
// credit now and then, and a width.
func (g *eventGen) picture(section, index int) {
	r := pick(g.rnd, pictureRatios...)
	p := g.writePicture(r[0], r[1], section, index)
	b := &g.b
	fmt.Fprintf(b, "  [[sections.images]]\n  file = %q\n  alt = %s\n", p.file, quote(fmt.Sprintf("Bild %d im Abschnitt %d, Seitenverhältnis %d:%d", index+1, section+1, r[0], r[1])))
	if g.chance(0.6) {
		fmt.Fprintf(b, "  caption = %s\n", quote(pick(g.rnd, "Arbeitsgruppe im Plenum", "Blick in den Saal während der Diskussion", "Die Referentinnen und Referenten des Nachmittags", "Ergebnisse der Kleingruppenarbeit an der Pinnwand")))
	}
	if g.chance(0.4) {
		fmt.Fprintf(b, "  credit = %s\n", quote(pick(g.rnd, "Netzwerk Nordost", "Foto: Anna Nowak", "© Landkreis Nordsachsen")))
	}
	if g.chance(0.25) {
		fmt.Fprintf(b, "  width = %s\n", quote(pick(g.rnd, "half", "80mm", "measure")))
	}
	b.WriteString("\n")
}

// writePicture writes a PNG of the aspect ratio w:h whose pixel size no
// other picture of the event has.
func (g *eventGen) writePicture(w, h, section, index int) corpusPicture {
	g.nextPixel++
	width, height := 480*w/max(w, h)+g.nextPixel, 480*h/max(w, h)
	img := g.png.canvas(width, height)
	hue := uint8(g.rnd.IntN(200))
	// Red grows across, green down, blue falls by one a pixel on a
	// 40-pixel cycle along the diagonals; each column's red is worked out
	// once rather than for every pixel.
	red := make([]uint8, width)
	for x := range red {
		red[x] = hue + uint8(x*40/width)
	}
	for y := 0; y < height; y++ {
		row := img.Pix[y*img.Stride:][:4*width]
		green := uint8(60 + y*120/height)
		for x := range width {
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = red[x], green, uint8(180-(x+y)%40), 255
		}
	}
	file := fmt.Sprintf("bild-%02d.png", g.nextPixel)
	f, err := os.Create(filepath.Join(g.dir, file))
	if err != nil {
		g.t.Fatal(err)
	}
	if err := g.png.write(f, img); err != nil {
		g.t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		g.t.Fatal(err)
	}
	p := corpusPicture{file: file, width: width, height: height, section: section, index: index}
	g.ev.pictures = append(g.ev.pictures, p)
	return p
}
