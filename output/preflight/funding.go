package preflight

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// pageMarks collects the marks of one kind on a page.
func pageMarks(p layout.Page, kind layout.MarkKind) []*layout.Mark {
	var out []*layout.Mark
	for _, it := range p.Items {
		if m, ok := it.(*layout.Mark); ok && m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}

func mm(s typeset.Scaled) string { return fmt.Sprintf("%.1f mm", s.Millimetres()) }

// checkFunding applies Regulation (EU) 2021/1060 Art. 47, 50 and Annex IX
// and the BMAS crediting rule to what the layout placed.
func checkFunding(r *Report, doc *layout.Document) {
	var emblemPages []int
	fundingPage := -1
	statement := ""
	for i, p := range doc.Pages {
		if len(pageMarks(p, layout.MarkEmblem)) > 0 {
			emblemPages = append(emblemPages, i)
		}
		if len(pageMarks(p, layout.MarkFundingNote)) > 0 {
			fundingPage = i
		}
		for _, m := range pageMarks(p, layout.MarkFundingStatement) {
			statement += m.Label
		}
	}
	// Every rule is reported on every run, pass or fail.
	switch {
	case fundingPage < 0:
		r.add("funding-statement", Fail, "no funding notice", "the brochure has no funding notice; the funders require one with the funding statement (BMAS)")
	case strings.TrimSpace(statement) == "":
		r.add("funding-statement", Fail, "empty", "the funding notice has no statement: write it as [funding] statement = \"…\"")
	default:
		r.add("funding-statement", Pass, fmt.Sprintf("%d characters", len([]rune(statement))), "the funding notice carries its statement")
	}
	checkFunderLogos(r, doc)
	if len(emblemPages) == 0 {
		r.add("eu-emblem", Fail, "none", "no EU emblem anywhere; every document for the public must show it with „Kofinanziert von der Europäischen Union“ (Art. 50(1), Annex IX)")
		r.add("eu-emblem-cover", Fail, "none", "the EU emblem is missing from the cover")
		r.add("eu-emblem-funding-page", Fail, "none", "the funding notice has no EU emblem")
		return
	}
	r.add("eu-emblem", Pass, fmt.Sprintf("%d pages", len(emblemPages)), "the EU emblem is shown")
	if emblemPages[0] == 0 {
		r.add("eu-emblem-cover", Pass, "page 1", "EU emblem on the cover").Page = 1
	} else {
		r.add("eu-emblem-cover", Fail, fmt.Sprintf("first on page %d", emblemPages[0]+1), "the EU emblem is missing from the cover (Annex IX; practice: logo bar on the cover)")
	}
	switch {
	case fundingPage < 0:
		r.add("eu-emblem-funding-page", Fail, "no funding notice", "the brochure has no funding notice with the funding statement")
	case len(pageMarks(doc.Pages[fundingPage], layout.MarkEmblem)) == 0:
		r.add("eu-emblem-funding-page", Fail, fmt.Sprintf("page %d", fundingPage+1), "the page with the funding notice has no EU emblem").Page = fundingPage + 1
	default:
		r.add("eu-emblem-funding-page", Pass, fmt.Sprintf("page %d", fundingPage+1), "EU emblem with the funding notice").Page = fundingPage + 1
	}
	for _, pi := range emblemPages {
		checkEmblems(r, &doc.Pages[pi], pi+1)
	}
}

// minEmblemHeight is the smallest EU emblem the rules accept (1 cm).
var minEmblemHeight = typeset.MM(10)

// checkFunderLogos requires the official artwork of every funder whose
// rules demand it (a federal ministry such as the BMAS: the logo, never
// redrawn; a name set as text does not count). Other funders — a city, a
// foundation, a Land office — accept their name set as text; a missing
// logo of theirs is a warning, asked of them, not a failure.
func checkFunderLogos(r *Report, doc *layout.Document) {
	missing := map[string]bool{}
	found := 0
	for _, p := range doc.Pages {
		for _, m := range pageMarks(p, layout.MarkFunderName) {
			missing[m.Label] = true
		}
		found += len(pageMarks(p, layout.MarkLogo))
	}
	names := make([]string, 0, len(missing))
	for name := range missing {
		names = append(names, name)
	}
	sort.Strings(names)
	failed := false
	for _, name := range names {
		if requiresOfficialArtwork(name) {
			failed = true
			r.add("funder-logo", Fail, "missing", "no official logo for %s: its name is set as text under its label; a federal ministry requires its official artwork, never redrawn (BMAS, B7). Supply it as logo = \"…\"", name)
			continue
		}
		r.add("funder-logo", Warn, "name as text", "no logo for %s: its name is set as text under its label, which most funders accept; ask %s whether its logo should be shown, and supply it as logo = \"…\"", name, name)
	}
	switch {
	case failed:
	case found > 0:
		r.add("funder-logo", Pass, fmt.Sprintf("%d placements", found), "official funder artwork under each funder's label that requires it")
	case len(missing) == 0:
		r.add("funder-logo", Pass, "no funders", "no national funder is credited")
	}
}

// requiresOfficialArtwork reports a funder whose crediting rules demand
// its official logo: a federal ministry, written out („Bundesministerium
// für …“) or as its short form (BMAS, BMFSFJ, BMBF).
func requiresOfficialArtwork(name string) bool {
	if strings.Contains(strings.ToLower(name), "bundesministerium") {
		return true
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 3 && len(w) <= 7 && strings.HasPrefix(w, "BM") && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// checkStatementFont checks the typeface of the statement beside an
// emblem on page number page (where: „page 3“), each emblem's in a row of
// its own, named by its page.
func checkStatementFont(r *Report, st *layout.Mark, where string, page int) {
	face := st.Face
	value := where + ": " + face
	var f *Finding
	switch {
	case st.Italic:
		f = r.add("eu-statement-font", Fail, value, "the funding statement is set in italic; Annex IX 1.4 forbids italic, underline and effects")
	case fonts.AllowedForStatement(face):
		f = r.add("eu-statement-font", Pass, value, "%s is one of the typefaces Annex IX 1.3 allows", face)
	case strings.Contains(face, "LiberationSans"):
		f = r.add("eu-statement-font", Warn, value, "%s is a metric clone of Arial, not Arial itself; Annex IX 1.3 names %s — set the statement in one of them for strict compliance", face, strings.Join(fonts.StatementTypefaces, ", "))
	default:
		f = r.add("eu-statement-font", Warn, value, "%s is not one of the typefaces Annex IX 1.3 names (%s)", face, strings.Join(fonts.StatementTypefaces, ", "))
	}
	f.Page = page
}

// nearestStatement finds the statement beside an emblem: level with it and
// no further from it than the emblem is high.
func nearestStatement(e *layout.Mark, statements []*layout.Mark) *layout.Mark {
	for _, s := range statements {
		levelWith := s.Y < e.Y+e.H && e.Y < s.Y+s.H
		if levelWith && gap(e, s) <= e.H {
			return s
		}
	}
	return nil
}

func overlaps(a, b *layout.Mark) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// gap is the horizontal distance between two side-by-side rectangles.
func gap(a, b *layout.Mark) typeset.Scaled {
	if b.X >= a.X+a.W {
		return b.X - (a.X + a.W)
	}
	if a.X >= b.X+b.W {
		return a.X - (b.X + b.W)
	}
	return 0
}

// checkEmblems checks each EU emblem on page number page: its geometry,
// the statement written out beside it, and its size against the other
// logos on the page.
func checkEmblems(r *Report, p *layout.Page, page int) {
	emblems, statements := pageMarks(*p, layout.MarkEmblem), pageMarks(*p, layout.MarkStatement)
	where := fmt.Sprintf("page %d", page)
	for _, e := range emblems {
		st := nearestStatement(e, statements)
		if e.H < minEmblemHeight {
			r.add("eu-emblem-geometry", Fail, fmt.Sprintf("%s: %s high", where, mm(e.H)), "the EU emblem must be at least %s high", mm(minEmblemHeight)).Page = page
			continue
		}
		ratio := float64(e.W) / float64(e.H)
		switch {
		case math.Abs(ratio-1.5) > 0.01:
			r.add("eu-emblem-geometry", Fail, fmt.Sprintf("%s: %.2f:1", where, ratio), "the EU emblem must be a 3:2 rectangle").Page = page
		case st == nil:
			r.add("eu-statement", Fail, where, "„Kofinanziert von der Europäischen Union“ is not written out next to the emblem (Annex IX 1.2)").Page = page
		case overlaps(e, st):
			r.add("eu-statement", Fail, where, "the funding statement overlaps the emblem (Annex IX 1.5)").Page = page
		default:
			r.add("eu-statement", Pass, where, "„Kofinanziert von der Europäischen Union“ written out beside the emblem, %s from it", mm(gap(e, st))).Page = page
			checkStatementFont(r, st, where, page)
		}
		checkEmblemSize(r, p, e, page)
	}
}

// checkEmblemSize: the emblem is at least as tall as the tallest other
// logo on its page (Annex IX 1.7).
func checkEmblemSize(r *Report, p *layout.Page, e *layout.Mark, page int) {
	where := fmt.Sprintf("page %d", page)
	tallest, name := typeset.Scaled(0), ""
	for _, l := range pageMarks(*p, layout.MarkLogo) {
		if l.H > tallest {
			tallest, name = l.H, l.Label
		}
	}
	switch {
	case tallest > 0 && e.H+typeset.Pt(0.01) < tallest:
		r.add("eu-emblem-size", Fail, fmt.Sprintf("%s: emblem %s < logo %s", where, mm(e.H), mm(tallest)),
			"the EU emblem is smaller than the logo of %s; its height must be at least that of the tallest other logo (Annex IX 1.7)", name).Page = page
	case tallest == 0:
		r.add("eu-emblem-size", Pass, fmt.Sprintf("%s: emblem %s", where, mm(e.H)), "no other logo on the page").Page = page
	default:
		r.add("eu-emblem-size", Pass, fmt.Sprintf("%s: %s ≥ %s", where, mm(e.H), mm(tallest)), "the EU emblem is at least as tall as every other logo").Page = page
	}
}
