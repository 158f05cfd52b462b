package preflight

import (
	"encoding/json"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestCompositionSection: the layout's composition findings — and only
// they — are listed page by page under composition with kind, page, band,
// element and position, as warnings summed up in the rule "composition";
// Strict makes them failures and the report fail.
func TestCompositionSection(t *testing.T) {
	doc := &layout.Document{Warnings: []layout.Warning{
		{Kind: layout.WarnOverfull, Where: "content.toml:9:1: sections[0].body (block 1)", Msg: "overfull line 2", Page: 2},
		{Kind: layout.WarnUnderfull, Where: "content.toml:9:1: sections[0].body (block 1)", Msg: "underfull line 3", Page: 5, Element: "body line"},
		{Kind: layout.WarnUnderfullPage, Where: "content.toml:40:1: sections[2].title", Msg: "39.0 % of the type area of page 3 is empty",
			Page: 3, Top: typeset.Pt(500), Height: typeset.Pt(250), Element: "page"},
		{Kind: layout.WarnFloatDistance, Where: "content.toml:44:3: sections[2].images[0]", Msg: "a picture stands on page 6", Element: "picture"},
	}}
	r := &Report{}
	checkComposition(r, doc)
	kinds := []string{}
	for _, f := range r.Composition {
		kinds = append(kinds, f.Kind)
		if f.Status != Warn {
			t.Errorf("%s is %q, want a warning", f.Kind, f.Status)
		}
	}
	if got := strings.Join(kinds, " "); got != "underfull-page loose-line float-distance" {
		t.Errorf("composition lists %q, want the three composition findings page by page", got)
	}
	first := r.Composition[0]
	if first.Page != 3 || first.Top != 500 || first.Height != 250 || first.Element != "page" || first.Where != "content.toml:40:1: sections[2].title" {
		t.Errorf("the underfull page is listed as %+v", first)
	}
	if len(r.Findings) != 1 || r.Findings[0].Rule != "composition" || r.Findings[0].Status != Warn || r.Findings[0].Value != "3" || r.Failed() {
		t.Errorf("the rule: %+v", r.Findings)
	}
	data, err := json.Marshal(r)
	if err != nil || !strings.Contains(string(data), `"composition":[{"kind":"underfull-page","status":"warn","page":3,"top":500,"height":250,"element":"page","where":"content.toml:40:1: sections[2].title"`) {
		t.Errorf("JSON: %v\n%s", err, data)
	}
	r.Strict()
	if !r.Failed() || r.Passed || r.Findings[0].Status != Fail {
		t.Errorf("after Strict the report does not fail: %+v", r.Findings)
	}
	for _, f := range r.Composition {
		if f.Status != Fail {
			t.Errorf("after Strict %s is %q", f.Kind, f.Status)
		}
	}

	clean := &Report{}
	checkComposition(clean, &layout.Document{Warnings: doc.Warnings[:1]})
	clean.Strict()
	if len(clean.Composition) != 0 || clean.Failed() || clean.Findings[0].Status != Pass {
		t.Errorf("without composition findings: %+v, %+v", clean.Composition, clean.Findings)
	}
	if data, _ := json.Marshal(clean); !strings.Contains(string(data), `"composition":[]`) {
		t.Errorf("an empty composition section is not an empty list: %s", data)
	}
}
