package output

import (
	"testing"

	"brochure/layout/typeset"
)

// TestObjectSyntax: each kind of object writes the syntax ISO 32000-1,
// 7.3 gives it, and a dictionary keeps its entries in the order given.
func TestObjectSyntax(t *testing.T) {
	for _, c := range []struct {
		obj  pdfObject
		want string
	}{
		{pdfName("Type"), "/Type"},
		{pdfName("A B#(c)"), "/A#20B#23#28c#29"},
		{pdfInt(-42), "-42"},
		{pdfReal(0.1234567), "0.12346"},
		{pdfReal(-0.000001), "0"},
		{pdfPoints(typeset.Pt(12.5)), "12.5"},
		{pdfBool(true), "true"},
		{pdfRef(7), "7 0 R"},
		{pdfText("Fachtag (2024)"), `(Fachtag \(2024\))`},
		{pdfText("Grüße"), "<FEFF0047007200FC00DF0065>"},
		{pdfText("ü\U0001F600\xff"), "<FEFF00FCD83DDE00FFFD>"}, // a surrogate pair; invalid UTF-8 is U+FFFD
		{pdfLiteral("D:20240626"), "(D:20240626)"},
		{pdfHex{0x00, 0xAB, 0xFF}, "<00ABFF>"},
		{pdfNull{}, "null"},
		{pdfArray{pdfInt(1), pdfName("XYZ"), pdfNull{}}, "[1 /XYZ null]"},
		{pdfArray{}, "[]"},
		{pdfDict{{"Type", pdfName("Page")}, {"Count", pdfInt(3)}, {"A", pdfDict{{"S", pdfName("URI")}}}},
			"<< /Type /Page /Count 3 /A << /S /URI >> >>"},
		{pdfDict{}, "<< >>"},
		{pdfDict{{"Z", pdfInt(1)}, {"A", pdfInt(2)}}, "<< /Z 1 /A 2 >>"},
		{pdfPointsRect(box{0, typeset.Pt(1), typeset.MM(210), typeset.Pt(842)}), "[0 1 595.2756 842]"},
		{pdfRealRect([4]float64{0, -0.5, 99.999999, 1e3}), "[0 -0.5 100 1000]"},
		{pdfInts{0, -3, 1000}, "[0 -3 1000]"},
		{pdfRefs([]int{3, 4}), "[3 0 R 4 0 R]"},
		{&pdfLinkAnnot{rect: pdfPointsRect{0, typeset.Pt(1), typeset.Pt(2.5), typeset.Pt(3)}, contents: "Web", structParent: 12, flags: 4, uri: "https://a.de/(x)"},
			"<< /Type /Annot /Subtype /Link /Rect [0 1 2.5 3] /Contents (Web) /StructParent 12 /F 4 /Border [0 0 0] /A << /S /URI /URI (https://a.de/\\(x\\)) >> >>"},
		{&pdfLinkAnnot{contents: "Seite", structParent: -1, dest: "p2y10"},
			"<< /Type /Annot /Subtype /Link /Rect [0 0 0 0] /Contents (Seite) /F 0 /Border [0 0 0] /Dest (p2y10) >>"},
		{&pdfOutlineItem{title: "Teil 1", parent: 3, next: 9, first: 5, last: 7, count: 2, dest: "p1y800"},
			"<< /Title (Teil 1) /Parent 3 0 R /Next 9 0 R /First 5 0 R /Last 7 0 R /Count 2 /Dest (p1y800) >>"},
		{&pdfOutlineItem{title: "Ende", parent: 3, prev: 4}, "<< /Title (Ende) /Parent 3 0 R /Prev 4 0 R >>"},
		{&pdfStructElem{role: "P", parent: 2, kids: structKids{newStructure(0), &elemRecord{}, nil}}, "<< /S /P /P 2 0 R /K [] >>"},
		{&pdfStructElem{role: "TH", parent: 3, page: 9, alt: "Bild", lang: "en", table: columnScope, layout: pdfDict{{"O", pdfName("Layout")}},
			kids: structKids{newStructure(0), &elemRecord{}, nil}},
			"<< /S /TH /P 3 0 R /Pg 9 0 R /Alt (Bild) /Lang (en) /A [<< /O /Table /Scope /Column >> << /O /Layout >>] /K [] >>"},
		{&pdfStructElem{role: "TD", parent: 3, table: pdfDict{{"O", pdfName("Table")}, {"RowSpan", pdfInt(3)}}, kids: structKids{newStructure(0), &elemRecord{}, nil}},
			"<< /S /TD /P 3 0 R /A << /O /Table /RowSpan 3 >> /K [] >>"},
	} {
		if got := string(c.obj.appendPDF(nil)); got != c.want {
			t.Errorf("%#v writes %q, want %q", c.obj, got, c.want)
		}
	}
}

// TestStreamDictionaryIsNotChanged: writing a stream adds /Length to a
// copy of its dictionary, never into the room the caller's slice has.
func TestStreamDictionaryIsNotChanged(t *testing.T) {
	dict := make(pdfDict, 1, 4)
	dict[0] = flateFilter
	var out []byte
	ow := newObjectWriter(sliceWriter{&out}, "1.7")
	ow.addStream(dict, []byte("x"))
	ow.addStream(dict, []byte("yy"))
	if spare := dict[:cap(dict)]; spare[1].key != "" {
		t.Fatalf("the stream wrote %v into the caller's dictionary", spare[1])
	}
	if err := ow.finish(1, 2); err != nil {
		t.Fatal(err)
	}
	want := "<< /Filter /FlateDecode /Length 2 >>"
	if got := string(out); !containsOnce(got, want) {
		t.Errorf("the second stream's dictionary is not %q:\n%s", want, got)
	}
}

type sliceWriter struct{ b *[]byte }

func (w sliceWriter) Write(p []byte) (int, error) {
	*w.b = append(*w.b, p...)
	return len(p), nil
}

func containsOnce(s, sub string) bool {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n == 1
}
