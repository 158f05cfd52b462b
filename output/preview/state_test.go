package preview

import (
	"encoding/json"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestCompositionFindingsReachThePage: a finding of the composition
// report is published in the state the page reads, on its page with its
// band, its kind and element, and marked as a composition finding, which
// a plain typesetting warning is not.
func TestCompositionFindingsReachThePage(t *testing.T) {
	srv, err := New("127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	page := layout.Page{Width: typeset.MM(210), Height: typeset.MM(297)}
	doc := &layout.Document{Pages: []layout.Page{page, page, page}, Warnings: []layout.Warning{
		{Kind: layout.WarnOverfull, Where: "content.toml:12:1: sections[0].body (block 1)", Msg: "overfull line 3", Page: 2, Top: typeset.Pt(100), Height: typeset.Pt(13)},
		{Kind: layout.WarnUnderfullPage, Where: "content.toml:40:1: sections[2].title", Msg: "39.0 % of the type area of page 2 is empty",
			Page: 2, Top: typeset.Pt(500), Height: typeset.Pt(250), Element: "page"},
		{Kind: layout.WarnHyphenAcrossPage, Where: "content.toml:30:1: sections[1].body (block 2)", Msg: "„Fachkräfte-“ ends page 3",
			Page: 3, Top: typeset.Pt(740), Height: typeset.Pt(13), Element: "body line"},
	}}
	if _, err := srv.Publish(Snapshot{Title: "Test", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	srv.mu.Lock()
	state := srv.state
	srv.mu.Unlock()
	var msg struct {
		Warnings []struct {
			Kind        string  `json:"kind"`
			Composition bool    `json:"composition"`
			Element     string  `json:"element"`
			Where       string  `json:"where"`
			Page        int     `json:"page"`
			Top         float64 `json:"top"`
			Height      float64 `json:"height"`
		} `json:"warnings"`
	}
	if err := json.Unmarshal(state, &msg); err != nil {
		t.Fatalf("the state is not JSON: %v\n%s", err, state)
	}
	if len(msg.Warnings) != 3 {
		t.Fatalf("%d warnings in the state, want 3:\n%s", len(msg.Warnings), state)
	}
	plain, underfull, hyphen := msg.Warnings[0], msg.Warnings[1], msg.Warnings[2]
	if plain.Kind != "overfull-line" || plain.Composition {
		t.Errorf("an overfull line is published as %+v", plain)
	}
	if underfull.Kind != "underfull-page" || !underfull.Composition || underfull.Element != "page" || underfull.Page != 2 ||
		underfull.Top != 500 || underfull.Height != 250 || underfull.Where != "content.toml:40:1: sections[2].title" {
		t.Errorf("the underfull page is published as %+v", underfull)
	}
	if hyphen.Kind != "hyphen-across-page" || !hyphen.Composition || hyphen.Element != "body line" || hyphen.Page != 3 {
		t.Errorf("the hyphen across the page turn is published as %+v", hyphen)
	}
}
