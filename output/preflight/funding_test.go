package preflight

import (
	"strings"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestFunderLogoMessageNamesNoOtherLabel: a ministry without its artwork
// fails funder-logo by its name, and the message does not claim a label
// the page may not show („In Kooperation mit:“ printed, „Gefördert durch:“
// said).
func TestFunderLogoMessageNamesNoOtherLabel(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Items: nil}}}
	doc.Pages[0].Items = append(doc.Pages[0].Items, &layout.Mark{Kind: layout.MarkFunderName, Label: "Bundesministerium für Arbeit und Soziales"})
	r := &Report{}
	checkFunderLogos(r, doc)
	if len(r.Findings) != 1 || r.Findings[0].Status != Fail {
		t.Fatalf("findings %+v, want one failure", r.Findings)
	}
	msg := r.Findings[0].Message
	if !strings.Contains(msg, "Bundesministerium für Arbeit und Soziales") || strings.Contains(msg, "Gefördert durch") {
		t.Errorf("message %q: want the funder's name and no label it may not have", msg)
	}
}

// TestFunderLogoOnlyMinistriesFail: only a funder whose rules demand its
// official artwork fails without it; a city, a Land office or a
// foundation credited by name gets a warning in its own terms, which
// cites no ministry's rule.
func TestFunderLogoOnlyMinistriesFail(t *testing.T) {
	cases := []struct {
		name string
		want Status
	}{
		{"Hansestadt Rostock, Amt für Stadtentwicklung", Warn},
		{"Landeshauptstadt Hannover", Warn},
		{"Aktion Mensch e. V.", Warn},
		{"Ministerium für Soziales, Gesundheit und Sport Mecklenburg-Vorpommern", Warn},
		{"Bundesministerium für Familie, Senioren, Frauen und Jugend", Fail},
		{"BMAS", Fail},
		{"Gefördert vom BMFSFJ", Fail},
	}
	for _, c := range cases {
		doc := &layout.Document{Pages: []layout.Page{{Items: []typeset.Item{&layout.Mark{Kind: layout.MarkFunderName, Label: c.name}}}}}
		r := &Report{}
		checkFunderLogos(r, doc)
		if len(r.Findings) != 1 || r.Findings[0].Status != c.want {
			t.Errorf("%s: findings %+v, want one %v", c.name, r.Findings, c.want)
			continue
		}
		if msg := r.Findings[0].Message; c.want == Warn && (strings.Contains(msg, "BMAS") || !strings.Contains(msg, c.name)) {
			t.Errorf("%s: message %q names a ministry's rule or not the funder", c.name, msg)
		}
	}
}
