package pdfread

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestValues(t *testing.T) {
	cases := []struct {
		in   string
		want Object
	}{
		{"42", int64(42)},
		{"-3.5", -3.5},
		{".5", 0.5},
		{"true", true},
		{"null", nil},
		{"/Name", Name("Name")},
		{"/A#20B", Name("A B")},
		{"(a\\(b\\)c)", String("a(b)c")},
		{"(nested (paren) ok)", String("nested (paren) ok")},
		{"(\\101\\n\\\\)", String("A\n\\")},
		{"(line\\\ncontinued)", String("linecontinued")},
		{"<48656C6C6F>", String("Hello")},
		{"<48 65 6>", String("He`")},
		{"[1 2 0 R /X]", Array{int64(1), Ref{Num: 2}, Name("X")}},
		{"[1 2 R]", Array{Ref{Num: 1, Gen: 2}}},
		{"[1 2 3 0 R]", Array{int64(1), int64(2), Ref{Num: 3}}},
		{"<< /A 1 /B << /C [true] >> /N null >>", Dict{"A": int64(1), "B": Dict{"C": Array{true}}}},
		{"% a comment\n7", int64(7)},
	}
	for _, c := range cases {
		p := &parser{b: []byte(c.in)}
		got, err := p.value(0)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %#v, want %#v", c.in, got, c.want)
		}
	}
}

func TestValuesRefuseWhatIsBroken(t *testing.T) {
	for _, in := range []string{"(unterminated", "<4G>", "<< /A 1", "[1 2", strings.Repeat("[", 100) + strings.Repeat("]", 100), "<< 1 2 >>", ")"} {
		p := &parser{b: []byte(in)}
		if _, err := p.value(0); !errors.Is(err, ErrDamaged) {
			t.Errorf("%q: got %v, want a damage error", in, err)
		}
	}
}

func TestOperations(t *testing.T) {
	ops, err := Operations([]byte("q 1 0 0 1 10 20 cm /Im1 Do Q BT /F1 12 Tf [(a) -20 (b)] TJ ET /Span <</MCID 3>> BDC EMC BI /W 2 /H 1 /CS /G /BPC 8 ID \x00\xffEI\n EI Q"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, op := range ops {
		names = append(names, string(op.Op))
	}
	if got := strings.Join(names, " "); got != "q cm Do Q BT Tf TJ ET BDC EMC BI Q" {
		t.Errorf("operators: %s", got)
	}
	inline := ops[10]
	if d := inline.Operands[0].(Dict); d["W"] != int64(2) || d["CS"] != Name("G") {
		t.Errorf("inline image dictionary: %v", d)
	}
	if string(inline.Inline) != "\x00\xffEI\n" {
		t.Errorf("inline image data %q: EI inside the data must not end it", inline.Inline)
	}
}

// writePDF assembles a classic PDF from object bodies (1 is the catalog).
func writePDF(objects []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objects))
	for i, body := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailerExtra, xref)
	return b.Bytes()
}

func flateStream(data []byte) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(data)
	w.Close()
	return fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", b.Len(), b.Bytes())
}

// onePage is a logo-like file: one page whose content is compressed, in
// a page tree that passes down its resources and media box.
func onePage(content string) []byte {
	return writePDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 200 100] /Resources << /Font << >> >> /Rotate 90 >>",
		"<< /Type /Page /Parent 2 0 R /TrimBox [10 10 190 90] /Contents [4 0 R 5 0 R] >>",
		flateStream([]byte(content)),
		"<< /Length 6 0 R >>\nstream\n0 0 m\nendstream",
		"6",
	}, "")
}

func checkOnePage(t *testing.T, name string, data []byte) {
	t.Helper()
	f, err := Open(data, DefaultLimits)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	pages, err := f.Pages()
	if err != nil || len(pages) != 1 {
		t.Fatalf("%s: pages %d, %v", name, len(pages), err)
	}
	p := pages[0]
	if p.MediaBox != [4]float64{0, 0, 200, 100} || p.TrimBox != [4]float64{10, 10, 190, 90} || !p.HasTrim || p.Rotate != 90 || p.Resources == nil {
		t.Errorf("%s: inherited attributes wrong: %+v", name, p)
	}
	streams, err := f.ContentStreams(p)
	if err != nil || len(streams) != 2 {
		t.Fatalf("%s: %d content streams, %v", name, len(streams), err)
	}
	var all []byte
	for _, s := range streams {
		d, err := f.Decode(s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		all = append(append(all, d...), '\n')
	}
	if got := strings.Join(strings.Fields(string(all)), " "); got != "1 0 0 rg 0 0 10 10 re f 0 0 m" {
		t.Errorf("%s: contents %q", name, got)
	}
}

func TestOpenClassicFile(t *testing.T) {
	checkOnePage(t, "classic", onePage("1 0 0 rg 0 0 10 10 re f"))
}

// TestOpenWhatOtherWritersMake: the same file as qpdf writes it with
// object streams and a cross-reference stream (with PNG predictors),
// linearized, and after an incremental update.
func TestOpenWhatOtherWritersMake(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	os.WriteFile(in, onePage("1 0 0 rg 0 0 10 10 re f"), 0o644)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"object streams", []string{"--object-streams=generate", "--compress-streams=y"}},
		{"linearized", []string{"--linearize"}},
		{"qdf", []string{"--qdf"}},
	} {
		out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".pdf")
		args := append(append([]string{}, c.args...), in, out)
		if o, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
			t.Fatalf("qpdf %v: %v\n%s (qpdf is needed: run .ci/run)", args, err, o)
		}
		data, _ := os.ReadFile(out)
		if c.name == "object streams" && !bytes.Contains(data, []byte("/ObjStm")) {
			t.Fatalf("qpdf wrote no object streams")
		}
		checkOnePage(t, c.name, data)
	}
	// An incremental update replaces the content stream 5.
	base := onePage("1 0 0 rg 0 0 10 10 re f")
	prev := bytes.LastIndex(base, []byte("startxref"))
	var prevOffset int
	fmt.Sscanf(string(base[prev+len("startxref"):]), "%d", &prevOffset)
	update := fmt.Sprintf("5 0 obj\n<< /Length 5 >>\nstream\n1 0 m\nendstream\nendobj\n")
	at := len(base)
	xref := at + len(update)
	updated := append(append([]byte(nil), base...), update...)
	updated = append(updated, fmt.Sprintf("xref\n5 1\n%010d 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", at, prevOffset, xref)...)
	f, err := Open(updated, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	o, _ := f.Object(5)
	if s, ok := o.(*Stream); !ok || string(s.Raw) != "1 0 m" {
		t.Errorf("incremental update: object 5 is %#v", o)
	}
}

func TestOpenRepairsABrokenTable(t *testing.T) {
	data := onePage("1 0 0 rg 0 0 10 10 re f")
	i := bytes.LastIndex(data, []byte("startxref\n"))
	broken := append(append([]byte(nil), data[:i]...), "startxref\n999999\n%%EOF\n"...)
	checkOnePage(t, "wrong startxref", broken)
}

func TestRefusals(t *testing.T) {
	bomb := writePDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>",
		flateStream(bytes.Repeat([]byte("0 0 m "), 2<<20)),
	}, "")
	loopTree := writePDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
	}, "")
	selfLength := writePDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Length 2 0 R >>\nstream\nabc\nendstream",
	}, "")
	cases := []struct {
		name  string
		data  []byte
		limit int64
		want  error
	}{
		{"encrypted", writePDF([]string{"<< /Type /Catalog >>", "<< /Filter /Standard >>"}, " /Encrypt 2 0 R"), 0, ErrEncrypted},
		{"flate bomb", bomb, 1 << 20, ErrBudget},
		{"page tree loop", loopTree, 0, ErrDamaged},
		{"stream whose length is itself", selfLength, 0, nil},
		{"not a PDF", []byte("GIF89a"), 0, ErrDamaged},
		{"empty", nil, 0, ErrDamaged},
	}
	for _, c := range cases {
		f, err := Open(c.data, Limits{Decompressed: c.limit})
		if err == nil {
			_, err = f.Pages()
			if err == nil && c.name == "flate bomb" {
				p, _ := f.Pages()
				s, _ := f.ContentStreams(p[0])
				_, err = f.Decode(s[0])
			}
			if c.name == "stream whose length is itself" {
				// Reading the object must end, with or without an error.
				f.Object(2)
				err = nil
			}
		}
		if c.want == nil {
			continue
		}
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

func TestPredictors(t *testing.T) {
	// Two rows of three bytes, PNG Sub then Up then Paeth, and TIFF.
	rows := []byte{1, 10, 5, 5, 2, 1, 1, 1}
	got, err := unpredict(append([]byte(nil), rows...), Dict{"Predictor": int64(12), "Columns": int64(3)})
	if err != nil || !bytes.Equal(got, []byte{10, 15, 20, 11, 16, 21}) {
		t.Errorf("PNG Sub/Up: %v %v", got, err)
	}
	got, _ = unpredict([]byte{4, 10, 20, 30, 4, 1, 1, 1}, Dict{"Predictor": int64(15), "Columns": int64(3)})
	if !bytes.Equal(got, []byte{10, 30, 60, 11, 31, 61}) {
		t.Errorf("PNG Paeth: %v", got)
	}
	got, _ = unpredict([]byte{1, 2, 3, 1, 1, 1}, Dict{"Predictor": int64(2), "Columns": int64(3)})
	if !bytes.Equal(got, []byte{1, 3, 6, 1, 2, 3}) {
		t.Errorf("TIFF: %v", got)
	}
}

func TestFilters(t *testing.T) {
	f := &File{limits: DefaultLimits}
	for _, c := range []struct {
		filter string
		raw    string
		want   string
	}{
		{"/ASCIIHexDecode", "48 65 6C6C 6F>", "Hello"},
		{"/ASCII85Decode", "<~87cURD]i,\"Ebo80~>", "Hello World!"},
		{"/RunLengthDecode", "\x02abc\xfdx\x80", "abcxxxx"},
		{"[/ASCIIHexDecode /RunLengthDecode]", "0261626380>", "abc"},
	} {
		p := &parser{b: []byte("<< /Filter " + c.filter + " >>")}
		d, _ := p.value(0)
		got, err := f.Decode(&Stream{Dict: d.(Dict), Raw: []byte(c.raw)})
		if err != nil || string(got) != c.want {
			t.Errorf("%s: %q %v, want %q", c.filter, got, err, c.want)
		}
	}
	if _, err := f.Decode(&Stream{Dict: Dict{"Filter": Name("DCTDecode")}, Raw: []byte{1}}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("DCTDecode: %v, want ErrUnsupported", err)
	}
}

// FuzzOpen: whatever the bytes, reading a file, its pages, their content
// and every stream ends without a panic.
func FuzzOpen(f *testing.F) {
	f.Add(onePage("1 0 0 rg 0 0 10 10 re f"))
	f.Add(writePDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] >>"}, ""))
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj trailer << /Root 1 0 R >>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Open(data, Limits{Decompressed: 4 << 20})
		if err != nil {
			return
		}
		pages, _ := file.Pages()
		for _, p := range pages {
			streams, _ := file.ContentStreams(p)
			for _, s := range streams {
				if d, err := file.Decode(s); err == nil {
					Operations(d)
				}
			}
		}
		for _, n := range file.ObjectNumbers() {
			if o, err := file.Object(n); err == nil {
				if s, ok := o.(*Stream); ok {
					file.Decode(s)
				}
			}
		}
	})
}
