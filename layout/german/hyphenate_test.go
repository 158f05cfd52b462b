package german

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/layout/typeset"
)

// patternHyphenate is plain Liang hyphenation with minimums 2/2 — what
// TeX does — written with '-' at each break.
func patternHyphenate(p *Patterns, word string) string {
	w := []rune(word)
	points := p.Points([]rune(strings.ToLower(word)), nil)
	var b strings.Builder
	for i, r := range w {
		if i >= 2 && i <= len(w)-2 && points[i]%2 == 1 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestPatternsAgreeWithTeX compares Liang's algorithm here with LuaTeX's
// own hyphenation of the same words with the same patterns
// (testdata/hyphenation/tex-reference.txt, made by tex-reference.lua).
func TestPatternsAgreeWithTeX(t *testing.T) {
	f, err := os.Open("testdata/hyphenation/tex-reference.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := GermanPatterns()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		want := sc.Text()
		if want == "" || want[0] == '%' {
			continue
		}
		n++
		if got := patternHyphenate(p, strings.ReplaceAll(want, "-", "")); got != want {
			t.Errorf("%s: got %s, TeX says %s", strings.ReplaceAll(want, "-", ""), got, want)
		}
	}
	if n < 300 {
		t.Fatalf("only %d reference words", n)
	}
}

func TestPatternsFromText(t *testing.T) {
	p, err := ParsePatterns([]byte("% comment\n1ba\n.ab3\n"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{"abababab": "ab-a-ba-bab", "abbb": "ab-bb", "xabx": "xabx"}
	for word, want := range cases {
		if got := patternHyphenate(p, word); got != want {
			t.Errorf("%s: got %s, want %s", word, got, want)
		}
	}
	if _, err := ParsePatterns([]byte("a#b\n")); err == nil {
		t.Errorf("a pattern with '#' was accepted")
	}
}

// hyphenated writes a word with '-' at normal breaks, '=' at compound
// joints and '|' at breaks that add no hyphen.
func hyphenated(h *Hyphenator, word string, keep bool) string {
	return MarkBreaks(word, h.Breaks(word, keep), true)
}

// TestCompoundParts: a break inside a compound is classed by where it
// falls — at a joint, inside the first part (which costs most), or inside
// a later part — and a simple word's breaks are plain hyphenation. The
// short linking elements (-s-, -es-, -n-, -en-, -er-) mark a joint only
// before a known head.
func TestCompoundParts(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), nil)
	kinds := map[typeset.BreakKind]string{typeset.Hyphenation: "-", typeset.Joint: "=", typeset.FirstPart: "<", typeset.LaterPart: ">"}
	cases := []struct{ word, want string }{
		{"Arbeitsmarktintegration", "Ar<beits=markt=in>te>gra>ti>on"},
		{"Erziehungsberechtigten", "Er<zie<hungs=be>rech>tig>ten"},
		{"Bundesprogrammplanung", "Bun<des=pro>gramm>pla>nung"},
		{"Zusammenarbeit", "Zu<sam<men=ar>beit"},
		{"Kinderbetreuung", "Kin-der-be-treu-ung"},
		{"Beschränkungen", "Be-schrän-kun-gen"},
		{"Kinder", "Kin-der"},
		{"Dienstleistungspflicht", "Dienst=leis>tungs=pflicht"},
		{"Gesetzgebungsakts", "Ge<setz=ge>bungs=akts"},
		{"Lebensgrundlagen", "Le<bens=grund=la>gen"},
		{"Ausweis", "Aus-weis"},
		// A head after an inseparable prefix marks the joint before the
		// prefix, not after it (Maßnahmen-verordnung, not
		// Maßnahmenver-ordnung); the prefix alone keeps its break.
		{"Arbeitsmarktintegrationsmaßnahmenverordnung", "Ar<beits=markt=in>te>gra>ti>ons=maß>nah>men=ver>ord>nung"},
		{"Rechtsverordnung", "Rechts=ver>ord>nung"},
		{"Verordnung", "Ver=ord>nung"},
		// A separable prefix after a linking element begins the head,
		// where the head list does not know it; not in a simple word.
		{"Anspruchsvoraussetzungen", "An<spruchs=vor>aus>set>zun>gen"},
		{"Sprachkursanforderungen", "Sprach=kurs=an>for>de>run>gen"},
		{"Veranstaltung", "Ver-an-stal-tung"},
		{"Pflanzenanbau", "Pflan-zen-an-bau"},
		// Street names break at the joint before their kind of street
		// (Bahnhof-straße, Kastanien-allee), where an address in a
		// narrow column must break.
		{"Bahnhofstraße", "Bahn<hof=stra>ße"},
		{"Lindenstrasse", "Lin<den=stras>se"},
		{"Kastanienallee", "Kas<ta<ni<en=al>lee"},
		{"Rosengasse", "Ro<sen=gas>se"},
		{"Mühlendamm", "Müh<len=damm"},
		{"Ostseeufer", "Ost<see=ufer"},
		{"Käufer", "Käu-fer"},
		// Heads the prober's workshop series divided inside
		// (Materialsamm-lung, Inkrafttre-ten) where the joint reads.
		{"Materialsammlung", "Ma<te<ri<al=samm>lung"},
		{"Inkrafttreten", "In<kraft=tre>ten"},
	}
	for _, c := range cases {
		var b strings.Builder
		breaks := h.Breaks(c.word, false)
		k := 0
		for i, r := range []rune(c.word) {
			if k < len(breaks) && breaks[k].Pos == i {
				b.WriteString(kinds[breaks[k].Kind])
				k++
			}
			b.WriteRune(r)
		}
		if got := b.String(); got != c.want {
			t.Errorf("%s: got %s, want %s", c.word, got, c.want)
		}
	}
}

func TestGermanWordBreaks(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), []string{"Ma-lo-lep-szy", "Koessl"})
	cases := []struct {
		word string
		keep bool
		want string
	}{
		// Compounds prefer their joints.
		{"Arbeitsmarktintegration", false, "Ar-beits=markt=in-te-gra-ti-on"},
		{"Veränderungswille", false, "Ver-än-de-rungs=wil-le"},
		{"Integrationsstrukturen", false, "In-te-gra-ti-ons=struk-tu-ren"},
		{"Sprachkursen", false, "Sprach=kur-sen"},
		// 2006 rules through the patterns: st splits, ck does not.
		{"Fenster", false, "Fens-ter"},
		{"Zucker", false, "Zu-cker"},
		// No single letter split off at either end.
		{"Abend", false, "Abend"},
		{"Ufer", false, "Ufer"},
		{"Idee", false, "Idee"},
		// Surrounding punctuation is not part of the word.
		{"„Fremden“", false, "„Frem-den“"},
		{"Unterstützungsangebote,", false, "Un-ter-stüt-zungs=an-ge-bo-te,"},
		// Hyphenated compounds break only at their hyphens.
		{"Sachsen-Anhalt-Thüringen", false, "Sachsen-|Anhalt-|Thüringen"},
		{"Saale-Orla-Kreises.", false, "Saale-|Orla-|Kreises."},
		// Gender marks: never at the mark or inside the ending after it;
		// the stem may break, but not within three letters of the mark.
		{"Arbeitsmarktmentor*innen", false, "Ar-beits=markt=mentor*innen"},
		{"Mitarbeiter:innen", false, "Mit=ar-bei-ter:innen"},
		{"Pädagog:innen", false, "Päd-agog:innen"},
		{"Geflüchtete*r", false, "Ge-flüch-tete*r"},
		{"Wasserbauer*innen", false, "Was-ser-bauer*innen"},
		// A compound going on after the ending breaks at its joint there
		// (not only inside the stem before the mark: Mi-grant*innen…).
		{"Migrant*innenselbstorganisationen", false, "Mi-grant*innen=selbst=or-ga-ni-sa-tio-nen"},
		{"Teilnehmer:innenzahl", false, "Teil-neh-mer:innen=zahl"},
		{"Lehrer*innenrat", false, "Leh-rer*innen=rat"},
		{"Lehrer*innenra", false, "Leh-rer*innenra"},
		{"Lehrer_innen", false, "Leh-rer_innen"},
		// A slash between words is a last resort.
		{"Infrastruktur/Rechtsrahmen", false, "In-fra=struk-tur/|Rechts=rah-men"},
		// Abbreviations, acronyms and numbers stay whole.
		{"gGmbH", false, "gGmbH"},
		{"BLEIBdran+", false, "BLEIBdran+"},
		{"26.06.2024", false, "26.06.2024"},
		// Names only break where the author allows (the typesetting core
		// breaks a double name at its hyphen as a last resort).
		{"Malolepszy", true, "Ma-lo-lep-szy"},
		{"Garthus-Niegel", true, "Garthus-Niegel"},
		{"Pirker", true, "Pirker"},
		{"Koessl", false, "Koessl"},
		{"Denstädt", true, "Denstädt"},
		// Web addresses: after a slash or before a dot, nothing added;
		// the host stays whole.
		{"bleibdranplus.de/wp-content/uploads/x.pdf", false, "bleibdranplus.de/|wp-content/|uploads/x.pdf"}, // no stub: x.pdf stays; none at a hyphen
		{"info@caritas-vorpommern.de", false, "info@|caritas-vorpommern.de"},
		// A long run of letters in an address breaks at its joints as a
		// last resort, no hyphen added.
		{"www.bundesarbeitsgemeinschaftderfreienwohlfahrtspflege.de", false, "www|.bundes|arbeits|gemeinschaftderfreienwohlfahrts|pflege.de"},
	}
	for _, c := range cases {
		if got := hyphenated(h, c.word, c.keep); got != c.want {
			t.Errorf("%s: got %s, want %s", c.word, got, c.want)
		}
	}
}

// distinctWords makes n distinct words from a vocabulary by appending
// letters, so the hyphenator's cache cannot make the work trivial.
func distinctWords(vocabulary []string, n int) []string {
	list := make([]string, n)
	for i := range list {
		list[i] = vocabulary[i%len(vocabulary)] + string(rune('a'+i/len(vocabulary)%26)) + string(rune('a'+i/len(vocabulary)/26%26))
	}
	return list
}

// BenchmarkHyphenate10000Words hyphenates 10,000 distinct words with the
// length distribution of running German text (the seed brochure's words).
func BenchmarkHyphenate10000Words(b *testing.B) {
	benchmarkHyphenate(b, distinctWords(strings.Fields(seedVocabulary), 10000))
}

// BenchmarkHyphenate10000LongCompounds is the worst case: 10,000 distinct
// long administrative compounds.
func BenchmarkHyphenate10000LongCompounds(b *testing.B) {
	words := strings.Fields(`Arbeitsmarktintegration Veränderungswille Integrationsstrukturen Beschäftigungsverbote
		Wohnsitzauflagen Aufenthaltszweckwechsel Ausländerbehörden Sprachkursen Bundesagentur Regionaldirektion
		Flüchtlingsrat Lebensunterhaltsicherung Mitbestimmung Weltoffenheit Zielorientierungen Thementische
		Migrantenselbstorganisationen Wirtschaftsförderung Kommunalverwaltung Gleichstellungsbeauftragter`)
	benchmarkHyphenate(b, distinctWords(words, 10000))
}

func benchmarkHyphenate(b *testing.B, list []string) {
	p := GermanPatterns()
	b.ResetTimer()
	for b.Loop() {
		h := NewHyphenator(p, nil)
		for _, w := range list {
			h.Breaks(w, false)
		}
	}
}

// seedVocabulary is running text from the seed brochure.
const seedVocabulary = `Die Zahlen sprechen eine eindeutige Sprache Zuwanderung mindert den demografischen
Arbeitskräfteverlust Für eine erfolgreiche Integration gibt es vielfältige Voraussetzungen Zu den persönlichen
Rahmenbedingungen zählen Wohnraum und eine gesicherte Lebensunterhaltsicherung ebenso wie der Wunsch nach
sozikoultureller Integration Im Bereich spielen unter anderem die Arbeitsweise von Ausländerbehörden die
Verfügbarkeit von Sprachkursen aber auch das für ländliche Räume wichtige Thema der Mobilität eine wichtige
Rolle Arbeitgebende müssen eine Bereitschaft haben Menschen mit Migrationshintergrund zu beschäftigen und
verfügen idealerweise über interkulturelles Verständnis Ländliche Regionen haben häufig wenig Erfahrungen mit
internationaler Migration und kaum ausgebaute Integrationsstrukturen Zugleich stellen die sozialräumliche Nähe
und die Dichte persönlicher Beziehungen ein Potenzial für Integrationsprozesse dar Große Vorbehalte gegenüber
Fremden und ein geringer Veränderungswille hemmen die Alltagsmechanismen der Integration`

// TestCompiledTrieMatchesPatterns: the embedded compiled trie is exactly
// the embedded pattern text compiled (regenerate both with
// assets/gen/hyphpatterns), and damaged data is refused.
func TestCompiledTrieMatchesPatterns(t *testing.T) {
	fromText, err := ParsePatterns(assets.GermanHyphenationPatterns)
	if err != nil {
		t.Fatal(err)
	}
	if got := MarshalPatterns(fromText, ""); !bytes.Equal(got[len(patternMagic)+1:], assets.GermanHyphenationTrie[bytes.IndexByte(assets.GermanHyphenationTrie, 0)+1:]) {
		t.Fatalf("de-1996.trie is not de-1996.pat compiled; run go run ./assets/gen/hyphpatterns")
	}
	for _, bad := range [][]byte{nil, []byte("BHYPH3\nx\x00\x01\x00"), assets.GermanHyphenationTrie[:len(assets.GermanHyphenationTrie)-3]} {
		if _, err := UnmarshalPatterns(bad); err == nil {
			t.Errorf("damaged compiled patterns (%d bytes) were accepted", len(bad))
		}
	}
	if _, err := UnmarshalPatterns(assets.GermanHyphenationTrie); err != nil {
		t.Fatalf("the embedded trie fails the full check: %v", err)
	}
}

// TestCompiledTrieIndicesChecked: a compiled set whose sizes are right
// but whose indices point outside it is refused by the full check, in
// each section.
func TestCompiledTrieIndicesChecked(t *testing.T) {
	pt := GermanPatterns()
	head := len(assets.GermanHyphenationTrie) - len(pt.body)
	code := head + countsSize
	nodes := code + len(pt.code)
	starts := nodes + len(pt.nodes)
	digits := starts + len(pt.starts)
	// The second node (the root's first child) and the first pattern.
	for name, at := range map[string]int{"node children": nodes + nodeSize + 2, "node pattern": nodes + nodeSize + 4,
		"pattern end": starts + startSize} {
		data := bytes.Clone(assets.GermanHyphenationTrie)
		le.PutUint16(data[at:], 0xffff)
		if _, err := UnmarshalPatterns(data); err == nil {
			t.Errorf("%s out of range: accepted", name)
		}
	}
	for name, at := range map[string]int{"node letter": nodes + nodeSize, "digit offset": digits} {
		data := bytes.Clone(assets.GermanHyphenationTrie)
		data[at] = 0xff
		if _, err := UnmarshalPatterns(data); err == nil {
			t.Errorf("%s out of range: accepted", name)
		}
	}
	data := bytes.Clone(assets.GermanHyphenationTrie)
	data[nodes+nodeSize] = 0 // a child without a letter
	if _, err := UnmarshalPatterns(data); err == nil {
		t.Error("a child without a letter: accepted")
	}
	data = bytes.Clone(assets.GermanHyphenationTrie)
	le.PutUint16(data[nodes+nodeSize+2:], 1) // a child pointing back at itself
	if _, err := UnmarshalPatterns(data); err == nil {
		t.Error("a node whose children come before it: accepted")
	}
}

// TestGermanPatternsUsedInPlace: the embedded set is read where it lies,
// not copied.
func TestGermanPatternsUsedInPlace(t *testing.T) {
	pt, trie := GermanPatterns(), assets.GermanHyphenationTrie
	if &pt.body[len(pt.body)-1] != &trie[len(trie)-1] || &pt.nodes[0] != &trie[len(trie)-len(pt.body)+countsSize+256] {
		t.Fatal("the embedded patterns were copied")
	}
}

// BenchmarkLoadCompiledPatterns loads the embedded set as a process does
// (in place), and with the full check of every index.
func BenchmarkLoadCompiledPatterns(b *testing.B) {
	for _, load := range []struct {
		name string
		f    func([]byte) (*Patterns, error)
	}{{"in-place", compiledPatterns}, {"checked", UnmarshalPatterns}} {
		b.Run(load.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := load.f(assets.GermanHyphenationTrie); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSmallerWordRules: no break after or before a single letter at a
// hyphen (E-Mail, U-Bahn, x-beliebig, Vitamin-C); of two breaks one letter
// apart the later wins on a tie (gerades-wegs, Men-to-ren); gender forms
// never break at the mark or inside their ending.
func TestSmallerWordRules(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), nil)
	cases := map[string]string{
		"E-Mail": "E-Mail", "U-Bahn": "U-Bahn", "x-beliebig": "x-beliebig", "Vitamin-C": "Vitamin-C",
		"E-Mail-Adresse": "E-Mail-|Adresse", "geradeswegs": "ge-ra-des-wegs", "Mentoren": "Men-to-ren",
		"Mentor*innen": "Men-tor*innen", "Lehrer_innen": "Leh-rer_innen", "Lehrer*innen": "Leh-rer*innen",
		"Pädagog:innen": "Päd-agog:innen", "Ärzt*innen": "Ärzt*innen",
	}
	for word, want := range cases {
		got := ""
		w := []rune(word)
		last := 0
		for _, b := range h.Breaks(word, false) {
			got += string(w[last:b.Pos])
			if b.Kind == typeset.AfterHyphen {
				got += "|"
			} else {
				got += "-"
			}
			last = b.Pos
		}
		got += string(w[last:])
		if got != want {
			t.Errorf("%s: got %s, want %s", word, got, want)
		}
	}
}

// TestSecondStepsMatchChildren: the table of the walks' second steps
// gives, for every letter code after every root's child, the child a
// scan of its children finds (0 where none has the letter), in the
// embedded set and in one compiled from a few patterns.
func TestSecondStepsMatchChildren(t *testing.T) {
	small, err := ParsePatterns([]byte(".ab3a\n4t1s\nzu1\n1ü2x\n"))
	if err != nil {
		t.Fatal(err)
	}
	for name, pt := range map[string]*Patterns{"embedded": GermanPatterns(), "small": small} {
		found := 0
		for c := range pt.alphabet {
			n := int(pt.root[c])
			if n == 0 {
				continue
			}
			for d := 1; d < pt.alphabet; d++ {
				want := pt.child(n, byte(d))
				if got := int(pt.second[c*pt.alphabet+d]); got != want {
					t.Fatalf("%s: codes %d, %d: table %d, children %d", name, c, d, got, want)
				}
				if want != 0 {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no second step found", name)
		}
	}
}

// TestDamagedSecondStepsLoad: a compiled set whose root's child points
// outside the nodes is loaded without the full check (as the embedded
// set is) without a panic; the full check refuses it.
func TestDamagedSecondStepsLoad(t *testing.T) {
	pt := GermanPatterns()
	nodes := len(assets.GermanHyphenationTrie) - len(pt.body) + countsSize + len(pt.code)
	data := bytes.Clone(assets.GermanHyphenationTrie)
	le.PutUint16(data[nodes+nodeSize+2:], 0xffff)
	if _, err := compiledPatterns(data); err != nil {
		t.Fatalf("sizes are right, yet: %v", err)
	}
	if _, err := UnmarshalPatterns(data); err == nil {
		t.Error("a root's child out of range: accepted")
	}
}
