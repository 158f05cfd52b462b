package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// logo is a funder's PNG artwork of w × h pixels for the funding bar tests.
func logo(file string, w, h int) *content.Image {
	return &content.Image{File: file, Format: "png", WidthPx: w, HeightPx: h}
}

// fundingCases are funding tables of the shapes organisers supply: logos
// wide, tall and square, names without artwork, labels longer than their
// logos, and funders sharing a label.
func fundingCases() map[string][]content.Funder {
	return map[string][]content.Funder{
		"four logos, two sharing a label": {
			{Label: "Gefördert durch:", Name: "Bundesministerium für Arbeit und Soziales", Logo: logo("bmas.png", 1000, 500)},
			{Label: "In Kooperation mit:", Name: "Stiftung Nachbarschaft", Logo: logo("wide.png", 1600, 200)},
			{Label: "Unterstützt von:", Name: "Land", Logo: logo("tall.png", 200, 600)},
			{Label: "Unterstützt von:", Name: "Bezirksamt", Logo: logo("square.png", 400, 400)},
		},
		"names without artwork": {
			{Label: "Gefördert durch:", Name: "Bundesministerium für Arbeit und Soziales"},
			{Label: "In Kooperation mit:", Name: "Landesamt für Soziales, Jugend und Versorgung Rheinland-Pfalz"},
			{Label: "Unterstützt von:", Name: "Stiftung Nachbarschaft"},
		},
		"a logo wider than a row": {
			{Label: "Gefördert durch:", Name: "Band", Logo: logo("band.png", 3000, 150)},
		},
		"a very wide logo sharing a label": {
			{Label: "Gefördert durch:", Name: "Bundesministerium für Arbeit und Soziales", Logo: logo("bmas.png", 1200, 300)},
			{Label: "Kofinanziert durch:", Name: "Land", Logo: logo("land.png", 1700, 400)},
			{Label: "Kofinanziert durch:", Name: "Stiftung", Logo: logo("stiftung.png", 3200, 200)},
			{Label: "In Kooperation mit:", Name: "Stadt", Logo: logo("stadt.png", 300, 600)},
			{Label: "In Kooperation mit:", Name: "Jobcenter", Logo: logo("jobcenter.png", 1300, 300)},
		},
		"six logos under long labels": {
			{Label: "Mit freundlicher Unterstützung durch:", Name: "A", Logo: logo("a.png", 300, 300)},
			{Label: "In Zusammenarbeit mit der Stadt:", Name: "B", Logo: logo("b.png", 300, 300)},
			{Label: "Ein Projekt des Netzwerks:", Name: "C", Logo: logo("c.png", 600, 300)},
			{Label: "Gefördert durch:", Name: "D", Logo: logo("d.png", 300, 300)},
			{Label: "Partner:", Name: "E", Logo: logo("e.png", 300, 300)},
			{Label: "Medienpartner:", Name: "F", Logo: logo("f.png", 300, 300)},
		},
	}
}

// TestFundingBarKeepsEveryMarkApart composes the example with each
// funding table of fundingCases, in every test theme, and reads the bar on
// the cover (where the theme has one there) and in the funding notice: no
// label, logo, name or part of
// the EU block overlaps another, all stand within the type area, no logo
// is taller than the emblem, and a logo set under half the emblem's height
// or width is warned about (small-logo), one set at it is not.
func TestFundingBarKeepsEveryMarkApart(t *testing.T) {
	for name, funders := range fundingCases() {
		for themeName, th := range testThemes(t) {
			laid := composeWithFunders(t, funders, th)
			warned := map[string]bool{}
			for _, w := range laid.Warnings {
				if w.Kind == WarnSmallLogo {
					warned[w.Where] = true
				}
			}
			pages := []int{noticePage(t, laid)}
			if th.CoverFundingBar {
				pages = append(pages, 0)
			}
			for _, pi := range pages {
				what := fmt.Sprintf("%s, %s, page %d", name, themeName, pi+1)
				bar := barBoxes(laid.Pages[pi], funders)
				checkBarBoxes(t, what, bar, laid.Pages[pi], th, pi)
				checkLogoSizes(t, what, laid.Pages[pi], funders, th.EmblemHeight, warned)
			}
		}
	}
}

// composeWithFunders composes the example, bound, in th, with the
// funders of its funding notice replaced by funders.
func composeWithFunders(t *testing.T, funders []content.Funder, th Theme) *Document {
	t.Helper()
	doc := exampleDocument(t)
	f := *doc.Funding
	f.Funders = funders
	doc.Funding = &f
	return Compose(doc, th, bound)
}

// noticePage is the index of the page with the funding notice.
func noticePage(t *testing.T, laid *Document) int {
	t.Helper()
	for pi, p := range laid.Pages {
		for _, it := range p.Items {
			if m, ok := it.(*Mark); ok && m.Kind == MarkFundingNote {
				return pi
			}
		}
	}
	t.Fatal("no page holds the funding notice")
	return 0
}

// TestFundingBarRowsKeepOneHeight: the logos of the funding bar stand at
// one height, the emblem's, in every funding table and test theme; only a
// logo alone in its row, wider than the row, is set smaller. A logo too
// wide to share a row takes one of its own rather than shrinking its
// neighbours with it.
func TestFundingBarRowsKeepOneHeight(t *testing.T) {
	for name, funders := range fundingCases() {
		for themeName, th := range testThemes(t) {
			laid := composeWithFunders(t, funders, th)
			pi := noticePage(t, laid)
			rows := map[typeset.Scaled]int{} // how many logos stand at each top
			var logos []*Mark
			for _, it := range laid.Pages[pi].Items {
				if m, ok := it.(*Mark); ok && m.Kind == MarkLogo {
					rows[m.Y]++
					logos = append(logos, m)
				}
			}
			for _, m := range logos {
				if m.H < th.EmblemHeight-typeset.Pt(0.1) && rows[m.Y] > 1 {
					t.Errorf("%s, %s: %s is set %.1f mm tall in a row of %d logos; the emblem and the others are %.1f mm",
						name, themeName, m.Label, m.H.MM(), rows[m.Y], th.EmblemHeight.MM())
				}
			}
		}
	}
}

// barBoxes are the extents of the funding bar's parts on page: the
// funders' labels, logos and names, the emblem and its statement.
func barBoxes(page Page, funders []content.Funder) []box {
	var labels []string
	for _, fu := range funders {
		labels = append(labels, strings.Fields(fu.Label)...)
	}
	statement := strings.Fields(EUStatement)
	var out []box
	for _, it := range page.Items {
		switch x := it.(type) {
		case *Mark:
			switch x.Kind {
			case MarkLogo, MarkFunderName, MarkEmblem, MarkStatement:
				out = append(out, box{x.X, x.Y, x.X + x.W, x.Y + x.H, fmt.Sprintf("%s %q", x.Kind, x.Label)})
			}
		case *typeset.GlyphRun:
			if words := strings.Fields(x.Text); len(words) > 0 && slices.Contains(labels, words[0]) && !slices.Contains(statement, words[0]) {
				b, _ := extent(x)
				out = append(out, b)
			}
		}
	}
	return out
}

// checkBarBoxes fails where two of the bar's parts overlap (beyond a
// hair) or one leaves the page's type area across.
func checkBarBoxes(t *testing.T, what string, bar []box, page Page, th Theme, pi int) {
	t.Helper()
	if len(bar) < 3 {
		t.Fatalf("%s: found only %d parts of the funding bar", what, len(bar))
	}
	left, right := th.PageMargins(pi, bound)
	if pi == 0 {
		left, right = typeset.MM(25), typeset.MM(25) // the cover's
	}
	tol := typeset.Pt(0.5)
	for a := range bar {
		p := bar[a]
		if p.x0 < left-tol || p.x1 > th.PageWidth-right+tol {
			t.Errorf("%s: %s runs out of the type area (%.1f–%.1f pt)", what, p.what, p.x0.Points(), p.x1.Points())
		}
		for b := a + 1; b < len(bar); b++ {
			q := bar[b]
			if p.x0 < q.x1-tol && q.x0 < p.x1-tol && p.y0 < q.y1-tol && q.y0 < p.y1-tol {
				t.Errorf("%s: %s overlaps %s", what, p.what, q.what)
			}
		}
	}
}

// checkLogoSizes fails where a logo stands taller than the emblem, or
// under half its height or width without a small-logo warning at its key,
// or with one though it is not that small.
func checkLogoSizes(t *testing.T, what string, page Page, funders []content.Funder, emblem typeset.Scaled, warned map[string]bool) {
	t.Helper()
	for _, it := range page.Items {
		p, ok := it.(*Picture)
		if !ok {
			continue
		}
		for i, fu := range funders {
			if fu.Logo == nil || ImageOf(p) != fu.Logo {
				continue
			}
			key := fmt.Sprintf("content.toml: funding.funders[%d].logo", i)
			small := p.H < emblem/2-typeset.Pt(0.1) || p.W < emblem/2-typeset.Pt(0.1)
			switch {
			case p.H > emblem+typeset.Pt(0.01):
				t.Errorf("%s: %s is %.1f pt tall, taller than the emblem's %.1f pt", what, fu.Logo.File, p.H.Points(), emblem.Points())
			case small && !warned[key]:
				t.Errorf("%s: %s is set %.1f × %.1f pt, under half the emblem, and no small-logo warning names %s", what, fu.Logo.File, p.W.Points(), p.H.Points(), key)
			case !small && warned[key]:
				t.Errorf("%s: %s is set %.1f × %.1f pt, yet warned about as too small", what, fu.Logo.File, p.W.Points(), p.H.Points())
			}
		}
	}
}

// TestFundingBarSaysALabelOnce: a group of funders under one label too
// wide for a row splits into rows, and its label („Gefördert durch:“)
// stands once, over the first: said over every row it read as as many
// funding relations.
func TestFundingBarSaysALabelOnce(t *testing.T) {
	var funders []content.Funder
	for k := range 8 {
		funders = append(funders, content.Funder{Label: "Gefördert durch:", Name: fmt.Sprintf("Stiftung %d", k+1), Logo: logo(fmt.Sprintf("s%d.png", k), 1500, 400)})
	}
	th := DefaultTheme()
	laid := composeWithFunders(t, funders, th)
	pi := noticePage(t, laid)
	labels, rows := 0, map[typeset.Scaled]bool{}
	for _, it := range laid.Pages[pi].Items {
		switch x := it.(type) {
		case *typeset.GlyphRun:
			if strings.HasPrefix(x.Text, "Gefördert") {
				labels++
			}
		case *Mark:
			if x.Kind == MarkLogo {
				rows[x.Y] = true
			}
		}
	}
	if len(rows) < 2 || labels != 1 {
		t.Errorf("eight logos in %d rows under %d labels, want two rows or more under one", len(rows), labels)
	}
}

// TestFundingBarSetsGroupsApart: side by side in a row, two groups of
// funders stand at least twice as far apart (groupGap) as two logos of
// one group (markGap), so a group's last logo is not read as the next group's.
func TestFundingBarSetsGroupsApart(t *testing.T) {
	funders := fundingCases()["four logos, two sharing a label"]
	labelOf := map[string]string{}
	for _, f := range funders {
		labelOf[f.Name] = f.Label
	}
	laid := composeWithFunders(t, funders, DefaultTheme())
	rows := map[typeset.Scaled][]*Mark{}
	for _, it := range laid.Pages[noticePage(t, laid)].Items {
		if m, ok := it.(*Mark); ok && m.Kind == MarkLogo {
			rows[m.Y] = append(rows[m.Y], m)
		}
	}
	between, within := 0, 0
	for _, row := range rows {
		slices.SortFunc(row, func(a, b *Mark) int { return int(a.X - b.X) })
		for k := 1; k < len(row); k++ {
			gap := row[k].X - row[k-1].X - row[k-1].W
			same := labelOf[row[k].Label] == labelOf[row[k-1].Label]
			switch {
			case same && gap != markGap:
				t.Errorf("%s and %s of one group stand %.1f pt apart, want %.1f", row[k-1].Label, row[k].Label, gap.Points(), markGap.Points())
			case !same && gap < 2*markGap:
				t.Errorf("%s and %s of two groups stand %.1f pt apart, want at least twice the %.1f inside a group", row[k-1].Label, row[k].Label, gap.Points(), markGap.Points())
			}
			if same {
				within++
			} else {
				between++
			}
		}
	}
	if between == 0 || within == 0 {
		t.Errorf("%d gaps between groups and %d inside one in a row: the case does not test both", between, within)
	}
}
