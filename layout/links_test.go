package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// linkSection has two presentations whose codes differ in version (a
// short and a long address) and whose texts differ in length, and a web
// link.
var linkSection = content.Section{
	Presentations: []content.Link{
		{Label: "Präsentation", URL: "https://a.de/p"},
		{Label: "Präsentation von Professorin Dr. Birgit Glorius", Text: []content.Inline{{Text: "Die Präsentation finden Sie hier:"}},
			URL: "https://bleibdranplus.de/wp-content/uploads/Praesentation-Glorius-26062024-mit-einem-langen-Namen-der-Datei.pdf"},
	},
	Links: []content.Link{{Label: "BLEIBdran+", URL: "https://www.bleibdranplus.de"}},
}

// codeAndText is a link block's code (its visible area) and its text
// runs, taken from the display list: the runs belong to the code whose
// column they start in.
type codeAndText struct {
	code box
	runs []*typeset.GlyphRun
}

func blockParts(v []typeset.VNode) []codeAndText {
	var out []codeAndText
	for _, n := range v {
		if n.Kind != typeset.VBox {
			continue
		}
		var parts []codeAndText
		var runs []*typeset.GlyphRun
		for _, it := range n.Items {
			switch x := it.(type) {
			case *typeset.QRCode:
				b, _ := extent(x)
				parts = append(parts, codeAndText{code: b})
			case *typeset.GlyphRun:
				runs = append(runs, x)
			}
		}
		for _, r := range runs {
			k := 0
			for j, p := range parts {
				if r.X >= p.code.x0 {
					k = j
				}
			}
			parts[k].runs = append(parts[k].runs, r)
		}
		out = append(out, parts...)
	}
	return out
}

// baselines are the distinct baselines of runs, top to bottom.
func baselines(runs []*typeset.GlyphRun) []typeset.Scaled {
	var ys []typeset.Scaled
	for _, r := range runs {
		if !slices.Contains(ys, r.Y) {
			ys = append(ys, r.Y)
		}
	}
	slices.Sort(ys)
	return ys
}

// TestLinkArrangement sets the link blocks of a section in both
// arrangements and measures: wide enough for pairs side by side in either,
// the default, and a narrow column where text beside a code has no room.
// Every block follows one arrangement; the two blocks of a pair have
// their codes' tops level and their text lines on the same baselines, to
// a hundredth of a point.
func TestLinkArrangement(t *testing.T) {
	wide := DefaultTheme()
	wide.MarginLeft, wide.MarginRight = typeset.MM(12), typeset.MM(12)
	narrow := DefaultTheme()
	narrow.Columns, narrow.ColumnGap = 2, typeset.MM(8)
	cases := []struct {
		name  string
		th    Theme
		arr   content.LinkArrangement
		want  content.LinkArrangement
		pairs bool
	}{
		{"beside, wide", wide, content.LinksBeside, content.LinksBeside, true},
		{"below, wide", wide, content.LinksBelow, content.LinksBelow, true},
		{"beside, default measure", DefaultTheme(), content.LinksBeside, content.LinksBeside, false},
		{"below, default measure", DefaultTheme(), content.LinksBelow, content.LinksBelow, true},
		{"beside, narrow column", narrow, content.LinksBeside, content.LinksBelow, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.th.LinkArrangement = tc.arr
			c := testComposer(t, tc.th)
			blocks, _ := c.linkBlocks(0, linkSection, tc.th.MarginLeft, tc.th.ColumnWidth(), c.root.Child(typeset.RoleSect))
			wantBlocks := 3
			if tc.pairs {
				wantBlocks = 2
			}
			if len(blocks) != wantBlocks {
				t.Fatalf("%d blocks, want %d (pairs side by side: %v)", len(blocks), wantBlocks, tc.pairs)
			}
			for k, b := range blocks {
				parts := blockParts(b)
				for _, p := range parts {
					checkArrangement(t, k, p, tc.want)
				}
				if len(parts) == 2 {
					checkPair(t, parts[0], parts[1])
				}
			}
		})
	}
}

// checkArrangement: the text of a block stands beside its code (right of
// it, its first line level with the code's top) or below it (under it,
// flush with its left edge).
func checkArrangement(t *testing.T, k int, p codeAndText, arr content.LinkArrangement) {
	t.Helper()
	var text strings.Builder
	for _, r := range p.runs {
		text.WriteString(r.Text)
		b, _ := extent(r)
		switch arr {
		case content.LinksBeside:
			if b.x0 < p.code.x1 || b.y0 > p.code.y1 && r == p.runs[0] {
				t.Errorf("block %d: %q at (%.1f, %.1f) mm is not beside the code (%.1f–%.1f, %.1f–%.1f mm)", k, r.Text, b.x0.MM(), b.y0.MM(), p.code.x0.MM(), p.code.x1.MM(), p.code.y0.MM(), p.code.y1.MM())
			}
		case content.LinksBelow:
			if b.y0 < p.code.y1 || r == p.runs[0] && b.x0 > p.code.x0+typeset.Pt(1) {
				t.Errorf("block %d: %q at (%.1f, %.1f) mm is not below the code (%.1f–%.1f, %.1f–%.1f mm)", k, r.Text, b.x0.MM(), b.y0.MM(), p.code.x0.MM(), p.code.x1.MM(), p.code.y0.MM(), p.code.y1.MM())
			}
		}
	}
	if len(p.runs) == 0 {
		t.Errorf("block %d: no text", k)
	}
}

// checkPair: codes' tops level, and the lines of the two texts on one
// grid — each baseline of the shorter text is a baseline of the longer.
func checkPair(t *testing.T, a, b codeAndText) {
	t.Helper()
	const hundredth = typeset.Scaled(655) // 0.01 pt
	if d := a.code.y0 - b.code.y0; d > hundredth || d < -hundredth {
		t.Errorf("the codes' tops are %.3f pt apart", d.Points())
	}
	ya, yb := baselines(a.runs), baselines(b.runs)
	if len(ya) > len(yb) {
		ya, yb = yb, ya
	}
	for k := range ya {
		if d := ya[k] - yb[k]; d > hundredth || d < -hundredth {
			t.Errorf("line %d of the pair: baselines %.3f pt apart", k+1, d.Points())
		}
	}
}

// TestQRCacheBounded: the QR symbol cache keeps at most qrCacheBound
// symbols, drops the oldest first, and makes a dropped symbol again when
// it is asked for.
func TestQRCacheBounded(t *testing.T) {
	c := &qrCache{byURL: map[string]*qrSymbol{}}
	url := func(i int) string { return fmt.Sprintf("https://example.org/%d", i) }
	first := c.symbol(url(0))
	for i := 1; i < qrCacheBound+10; i++ {
		c.symbol(url(i))
	}
	if len(c.byURL) != qrCacheBound || len(c.order) != qrCacheBound {
		t.Fatalf("cache holds %d symbols (%d in order), want %d", len(c.byURL), len(c.order), qrCacheBound)
	}
	if _, ok := c.byURL[url(9)]; ok {
		t.Error("an old symbol is still kept")
	}
	if _, ok := c.byURL[url(qrCacheBound+9)]; !ok {
		t.Error("the newest symbol is not kept")
	}
	again := c.symbol(url(0))
	if again == first || again.err != nil || len(again.modules) != len(first.modules) {
		t.Error("a dropped symbol was not made again alike")
	}
	if c.symbol(url(0)) != again {
		t.Error("a kept symbol was made again")
	}
}

// BenchmarkQRSymbolsExample encodes the QR symbols of all the example's
// addresses afresh (a cold build's cost; the cache spares a rebuild it)
// and reports how many there are.
func BenchmarkQRSymbolsExample(b *testing.B) {
	urls := documentURLs(exampleDocument(b))
	for b.Loop() {
		c := &qrCache{byURL: map[string]*qrSymbol{}}
		for _, u := range urls {
			if s := c.symbol(u); s.err != nil {
				b.Fatal(s.err)
			}
		}
	}
	b.ReportMetric(float64(len(urls)), "symbols")
}

// TestLinksInTheOrderWritten: a section's presentations and links are
// set in the order the content file writes them, a link written between
// two presentations between them (the two then stand apart, not side by
// side as a pair), in the composed pages' reading order too.
func TestLinksInTheOrderWritten(t *testing.T) {
	src := "[document]\ntitle = \"Probe\"\ndate = 2025-11-13\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Videoberatung\"\n" +
		"body = \"Ein kurzer Text.\"\n"
	for _, entry := range []string{"presentations|Folien 3", "links|Portal 4", "presentations|Folien 5", "links|Portal 6", "presentations|Folien 7"} {
		key, label, _ := strings.Cut(entry, "|")
		src += fmt.Sprintf("\n  [[sections.%s]]\n  label = %q\n  url = \"https://example.org/%s\"\n", key, label, strings.ReplaceAll(label, " ", ""))
	}
	doc, err := content.Parse("content.toml", []byte(src), content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th := DefaultTheme()
	th.MarginLeft, th.MarginRight = typeset.MM(12), typeset.MM(12) // wide enough for pairs
	c := testComposer(t, th)
	c.doc = doc
	_, wheres := c.linkBlocks(0, doc.Sections[0], th.MarginLeft, th.ColumnWidth(), c.root.Child(typeset.RoleSect))
	var got []string
	for _, w := range wheres {
		got = append(got, w[strings.LastIndex(w, " ")+1:])
	}
	want := "sections[0].presentations[0] sections[0].links[0] sections[0].presentations[1] sections[0].links[1] sections[0].presentations[2]"
	if strings.Join(got, " ") != want {
		t.Errorf("blocks in the order\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	var labels []string
	for _, page := range Compose(doc, th, bound).Pages {
		for _, it := range page.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && (g.Text == "3" || g.Text == "4" || g.Text == "5" || g.Text == "6" || g.Text == "7") && g.Face.Name == th.Caption.Family.Face(fonts.Bold).Name {
				labels = append(labels, g.Text)
			}
		}
	}
	if strings.Join(labels, " ") != "3 4 5 6 7" {
		t.Errorf("labels read in the order %v, want 3 4 5 6 7", labels)
	}
}
