package content

import "testing"

// TestQuoteAttribution: a quote's last line „– Name“ (or „— Name“, or
// „- Name“, which Markdown reads as a list) is its attribution, taken out
// of the text; [[sections.quotes]] gives the same with text and by.
func TestQuoteAttribution(t *testing.T) {
	cases := []struct {
		markdown, by string
		paragraphs   int
	}{
		{"> Wir müssen es leichter machen.\n>\n> – Reem Alabali-Radovan", "Reem Alabali-Radovan", 1},
		{"> Wir müssen es leichter machen.\n> — Reem Alabali-Radovan", "Reem Alabali-Radovan", 1},
		{"> Wir müssen es leichter machen.\n> – Reem Alabali-Radovan", "Reem Alabali-Radovan", 1},
		{"> Zahlen – und was sie heißen.", "", 1},
		{"> Wir müssen es leichter machen.\n>\n> — Reem Alabali-Radovan", "Reem Alabali-Radovan", 1},
		{"> Wir müssen es leichter machen.\n> - Reem Alabali-Radovan", "Reem Alabali-Radovan", 1},
		{"> Erster Absatz.\n>\n> Zweiter Absatz.", "", 2},
		{"> Ein Zitat.\n> - erstens\n> - zweitens", "", 1},
	}
	for _, c := range cases {
		blocks, errs := parseMarkdown(c.markdown, false)
		if len(errs) > 0 || len(blocks) != 1 || blocks[0].Kind != Quote {
			t.Errorf("%q: %v %v", c.markdown, blocks, errs)
			continue
		}
		q := blocks[0]
		if q.By != c.by {
			t.Errorf("%q: by %q, want %q", c.markdown, q.By, c.by)
		}
		if c.by != "" && len(q.Children) != c.paragraphs {
			t.Errorf("%q: %d blocks left in the quote, want %d", c.markdown, len(q.Children), c.paragraphs)
		}
	}
	src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n[[sections]]\nkind = \"talk\"\ntitle = \"V\"\nbody = \"Text.\"\n" +
		"  [[sections.quotes]]\n  text = \"Ausbildung ist der *Schlüssel*.\"\n  by = \"Annegret Lindqvist\"\n"
	doc, err := Parse("q.toml", []byte(src), Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	body := doc.Sections[0].Body
	if len(body) != 2 || body[1].Kind != Quote || body[1].By != "Annegret Lindqvist" {
		t.Errorf("[[sections.quotes]] gave %+v", body)
	}
}
