package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkPageImage checks that a page image written is whole: a PNG
// decodes (checkPNG: every fault a decoder finds, without storing the
// pixels), an SVG is a complete SVG document.
func checkPageImage(t *testing.T, path string) {
	t.Helper()
	if strings.HasSuffix(path, ".png") {
		if err := checkPNGFile(path); err != nil {
			t.Errorf("%s does not decode: %v", filepath.Base(path), err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("<svg")) && !bytes.HasPrefix(data, []byte("<?xml")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("</svg>")) {
		t.Errorf("%s is not a complete SVG document", filepath.Base(path))
	}
}

// hostileLogo writes a one-page PDF logo over the event's partnerlogo.pdf:
// its page has the given resources and content, and extra objects follow
// as objects 5, 6, …. A content that is already compressed is given as
// raw stream bytes with its filter.
func hostileLogo(resources, content string, extra ...string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), logoPDF(resources, streamObject(content, ""), extra...))
		return nil
	}
}

// logoPDF is the file hostileLogo writes.
func logoPDF(resources, contentObject string, extra ...string) []byte {
	objects := append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 120 60] /Resources " + resources + " /Contents 4 0 R >>",
		contentObject,
	}, extra...)
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
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
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// streamObject is a stream with the given data (compressed with flate when
// filter is "FlateDecode").
func streamObject(data, filter string) string {
	if filter == "FlateDecode" {
		var b bytes.Buffer
		z, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
		z.Write([]byte(data))
		z.Close()
		return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", b.Len(), b.Bytes())
	}
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(data), data)
}

// formObject is a form XObject drawing content with the given resources.
func formObject(resources, content string) string {
	return fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 120 60] /Resources %s /Length %d >>\nstream\n%s\nendstream",
		resources, len(content), content)
}

// compressedLogo is hostileLogo with the content compressed.
func compressedLogo(resources, content string) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), logoPDF(resources, streamObject(content, "FlateDecode")))
		return nil
	}
}

// cutLogo writes the event's logo cut to its first n bytes (n < 0: all
// but the last -n).
func cutLogo(n int) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		path := filepath.Join(dir, "partnerlogo.pdf")
		data := readFile(t, path)
		if n < 0 {
			n += len(data)
		}
		writeFile(t, path, data[:n])
		return nil
	}
}

// onEvery gives a logo case on the four paths a logo takes: the PDF, PNG
// and SVG pages and the preview, each wanting the same message.
func onEvery(class int, name string, setup func(*testing.T, string) []string, want string) []hardeningCase {
	build := func(args ...string) func(*testing.T, string) []string {
		return withArgs(setup, append([]string{"build", "content.toml"}, args...)...)
	}
	return []hardeningCase{
		{class, name + " (pdf)", build("-o", "out.pdf"), nil, "", 0, 2, want},
		{class, name + " (png)", build("-format", "png", "-dpi", "72", "-o", "out.png"), nil, "", 0, 2, want},
		{class, name + " (svg)", build("-format", "svg", "-o", "out.svg"), nil, "", 0, 2, want},
		{class, name + " (serve)", withArgs(setup, "serve", "content.toml", "-addr", "127.0.0.1:0"), nil, "", untilSaid, 0, want},
	}
}

// many is s repeated n times, one a line.
func many(s string, n int) string { return strings.Repeat(s+"\n", n) }

// At the logo's entry in content.toml.
const atLogo = `content\.toml:\d+:\d+: funding\.funders\[0\]\.logo: `

func surfaceCases() []hardeningCase {
	var cases []hardeningCase
	cases = append(cases, rasterCases()...)
	cases = append(cases, outputPathCases()...)
	cases = append(cases, logoBoundCases()...)
	cases = append(cases, logoNumberCases()...)
	cases = append(cases, serverCases()...)
	cases = append(cases, positionCases()...)
	return cases
}

// Class 1: numeric flags and the raster budget.
func rasterCases() []hardeningCase {
	png := func(args ...string) func(*testing.T, string) []string {
		return withArgs(nil, append([]string{"build", "content.toml", "-format", "png", "-o", "out.png"}, args...)...)
	}
	bigPage := func(size string, args ...string) func(*testing.T, string) []string {
		return withArgs(themeCase("[page]\ncolumns = 2\nwidth = \""+size+"\"\nheight = \""+size+"\"\n"),
			append([]string{"build", "content.toml", "-format", "png", "-o", "out.png", "-pages", "1"}, args...)...)
	}
	const dpiRange = `-dpi .*: expected 10 to 1200`
	const budget = `page 1: a page of .* megapixels, over the 36 megapixels a page image may have; use -dpi \d+ or less$`
	return []hardeningCase{
		{1, "dpi NaN", png("-dpi", "NaN"), nil, "", 0, 2, dpiRange},
		{1, "dpi nan lower case", png("-dpi", "nan"), nil, "", 0, 2, dpiRange},
		{1, "dpi +Inf", png("-dpi", "+Inf"), nil, "", 0, 2, dpiRange},
		{1, "dpi -Inf", png("-dpi", "-Inf"), nil, "", 0, 2, dpiRange},
		{1, "dpi 1e309", png("-dpi", "1e309"), nil, "", 0, 2, `-dpi`},
		{1, "dpi 0", png("-dpi", "0"), nil, "", 0, 2, dpiRange},
		{1, "dpi negative", png("-dpi", "-300"), nil, "", 0, 2, dpiRange},
		{1, "dpi 9.99", png("-dpi", "9.99"), nil, "", 0, 2, dpiRange},
		{1, "dpi 1200.5", png("-dpi", "1200.5"), nil, "", 0, 2, dpiRange},
		{1, "dpi 1e6", png("-dpi", "1000000"), nil, "", 0, 2, dpiRange},
		{1, "dpi as text", png("-dpi", "hoch"), nil, "", 0, 2, `-dpi`},
		{1, "dpi empty", png("-dpi", ""), nil, "", 0, 2, `-dpi`},
		{1, "A4 at 1200 dpi", png("-dpi", "1200", "-pages", "1"), nil, "", 0, 2, `-dpi 1200: ` + budget},
		{1, "A4 at 700 dpi", png("-dpi", "700", "-pages", "2"), nil, "", 0, 2, `-dpi 700: page 2: .*use -dpi 610 or less$`},
		{1, "A4 at 600 dpi, the cover", png("-dpi", "600", "-pages", "1"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		{1, "A4 at 600 dpi, a photo page", png("-dpi", "600", "-pages", "3"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		{1, "A4 at 10 dpi", png("-dpi", "10"), nil, "", 0, 0, `wrote \d+ PNG pages`},
		{1, "1000 mm page at 300 dpi", bigPage("1000mm", "-dpi", "300"), nil, "", 0, 2, `-dpi 300: ` + budget},
		{1, "1000 mm page at 1200 dpi", bigPage("1000mm", "-dpi", "1200"), nil, "", 0, 2, `-dpi 1200: ` + budget},
		{1, "1000 mm page at 150 dpi", bigPage("1000mm", "-dpi", "150"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		{1, "1000 mm page as SVG", withArgs(themeCase("[page]\ncolumns = 2\nwidth = \"1000mm\"\nheight = \"1000mm\"\n"),
			"build", "content.toml", "-format", "svg", "-o", "out.svg", "-pages", "1"), nil, "", 0, 0, `wrote 1 SVG page \(`},
		{1, "A5 at 1200 dpi", withArgs(themeCase("[page]\nwidth = \"148mm\"\nheight = \"210mm\"\n[cover]\nfield_height = \"90mm\"\n"),
			"build", "content.toml", "-format", "png", "-o", "out.png", "-dpi", "1200"), nil, "", 0, 2, `-dpi 1200: page 1: a page of 148 × 210 mm at 1200 dpi is 69 megapixels`},
		{1, "budget refused before any page", png("-dpi", "900"), nil, "", 0, 2, `-dpi 900: page 1: `},
		{1, "pages 0", png("-pages", "0"), nil, "", 0, 2, `-pages "0"`},
		{1, "pages past the end", png("-pages", "99"), nil, "", 0, 2, `-pages "99": the document has \d+ pages`},
		{1, "pages backwards", png("-pages", "3-1"), nil, "", 0, 2, `-pages "3-1"`},
		{1, "pages huge range", png("-pages", "1-99999999999"), nil, "", 0, 2, `-pages "1-99999999999"`},
		{1, "pages with a PDF", withArgs(nil, "build", "content.toml", "-pages", "1"), nil, "", 0, 2, `-pages applies to -format svg or png`},
		{1, "dpi NaN with svg refused", withArgs(nil, "build", "content.toml", "-format", "svg", "-dpi", "NaN", "-o", "out.svg", "-pages", "2"), nil, "", 0, 2, `^brochure: -dpi applies to -format png `},
	}
}

// Class 2: one output rule for PDF, SVG and PNG.
func outputPathCases() []hardeningCase {
	named := func(file string, args ...string) func(*testing.T, string) []string {
		return func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, file), readFile(t, filepath.Join(dir, "gruppe.png")))
			editContent(t, dir, `file = "gruppe.png"`, `file = "`+file+`"`)
			return append([]string{"build", "content.toml"}, args...)
		}
	}
	prepared := func(prep func(*testing.T, string), args ...string) func(*testing.T, string) []string {
		return func(t *testing.T, dir string) []string {
			prep(t, dir)
			return append([]string{"build", "content.toml"}, args...)
		}
	}
	const isInput = `is .*, which the build reads; it would be overwritten — name another `
	return []hardeningCase{
		{2, "photo named like page 3 of a PNG", named("shot-3.png", "-format", "png", "-dpi", "20", "-o", "shot.png"), nil, "", 0, 2, `-o shot-3\.png ` + isInput + `PNG file$`},
		{2, "photo named like page 1 of a PNG", named("shot-1.png", "-format", "png", "-dpi", "20", "-o", "shot.png"), nil, "", 0, 2, `-o shot-1\.png ` + isInput},
		{2, "photo named like the last page", named("shot-8.png", "-format", "png", "-dpi", "20", "-o", "shot.png"), nil, "", 0, 2, `-o shot-8\.png ` + isInput},
		{2, "photo named like a selected page", named("shot-2.png", "-format", "png", "-dpi", "20", "-pages", "2", "-o", "shot.png"), nil, "", 0, 2, `-o shot-2\.png ` + isInput},
		{2, "photo named like a page not drawn", named("shot-2.png", "-format", "png", "-dpi", "20", "-pages", "1", "-o", "shot.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		{2, "photo through a hard link", prepared(func(t *testing.T, dir string) {
			if err := os.Link(filepath.Join(dir, "gruppe.png"), filepath.Join(dir, "shot-4.png")); err != nil {
				t.Fatal(err)
			}
		}, "-format", "png", "-dpi", "20", "-o", "shot.png"), nil, "", 0, 2, `-o shot-4\.png ` + isInput},
		{2, "photo through another path", func(t *testing.T, dir string) []string {
			os.Mkdir(filepath.Join(dir, "sub"), 0o755)
			return named("p-2.png", "-format", "png", "-dpi", "20", "-o", "sub/../p.png")(t, dir)
		}, nil, "", 0, 2, `-o sub/\.\./p-2\.png ` + isInput},
		{2, "through a folder that is not there", named("p-2.png", "-format", "png", "-dpi", "20", "-o", "./sub/../p.png"), nil, "", 0, 2, `-o \./sub/\.\./p-1\.png: there is no folder \./sub/\.\. to write it into$`},
		{2, "logo named like a PDF output", withArgs(nil, "build", "content.toml", "-o", "partnerlogo.pdf"), nil, "", 0, 2, `-o partnerlogo\.pdf ` + isInput + `PDF file$`},
		{2, "logo linked at an SVG page's name", prepared(func(t *testing.T, dir string) {
			if err := os.Link(filepath.Join(dir, "partnerlogo.pdf"), filepath.Join(dir, "logo-2.svg")); err != nil {
				t.Fatal(err)
			}
		}, "-format", "svg", "-o", "logo.svg"), nil, "", 0, 2, `-o logo-2\.svg is partnerlogo\.pdf, which the build reads; it would be overwritten — name another SVG file$`},
		{2, "font named like a PNG page", prepared(func(t *testing.T, dir string) {
			fontTheme(readFile(t, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))(t, dir)
			os.Rename(filepath.Join(dir, "fonts", "Mono-Regular.ttf"), filepath.Join(dir, "fonts", "f-1.png"))
			src := string(readFile(t, filepath.Join(dir, "theme.toml")))
			setTheme(t, dir, strings.Replace(src, "Mono-Regular.ttf", "f-1.png", 1))
		}, "-format", "png", "-dpi", "20", "-o", "fonts/f.png"), nil, "", 0, 2, `-o fonts/f-1\.png ` + isInput},
		{2, "ICC profile as the PDF", prepared(func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "out.pdf"), []byte("not a profile"))
		}, "-icc", "out.pdf", "-o", "out.pdf"), nil, "", 0, 2, `-icc out\.pdf: not an ICC profile`},
		{2, "symbolic link at a page's name", prepared(func(t *testing.T, dir string) {
			symlink(t, "elsewhere.png", filepath.Join(dir, "out-2.png"))
		}, "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 2, `-o out-2\.png is a symbolic link; name the file it points to instead$`},
		{2, "symbolic link to the photo at a page's name", prepared(func(t *testing.T, dir string) {
			symlink(t, "gruppe.png", filepath.Join(dir, "out-1.png"))
		}, "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 2, `-o out-1\.png is a symbolic link`},
		{2, "symbolic link at the SVG's name", prepared(func(t *testing.T, dir string) {
			symlink(t, "content.toml", filepath.Join(dir, "out-1.svg"))
		}, "-format", "svg", "-o", "out.svg"), nil, "", 0, 2, `-o out-1\.svg is a symbolic link`},
		{2, "folder at page 5's name", prepared(func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "out-5.png"), 0o755)
		}, "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 2, `-o out-5\.png is a folder; name the PNG file to write`},
		{2, "folder at an SVG page's name", prepared(func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "out-3.svg"), 0o755)
		}, "-format", "svg", "-o", "out.svg"), nil, "", 0, 2, `-o out-3\.svg is a folder`},
		{2, "pipe at a page's name", prepared(func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "out-2.png"))
		}, "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 2, `-o out-2\.png is not a regular file`},
		{2, "no folder for the pages", withArgs(nil, "build", "content.toml", "-format", "png", "-o", "nowhere/out.png"), nil, "", 0, 2, `-o nowhere/out-1\.png: there is no folder nowhere`},
		{2, "wrong extension for PNG", withArgs(nil, "build", "content.toml", "-format", "png", "-o", "out.pdf"), nil, "", 0, 2, `the output file must end in \.png`},
		{2, "wrong extension for SVG", withArgs(nil, "build", "content.toml", "-format", "svg", "-o", "out.png"), nil, "", 0, 2, `must end in \.svg`},
		{2, "content as the page name", withArgs(nil, "build", "content.toml", "-format", "svg", "-o", "content.toml"), nil, "", 0, 2, `must end in \.svg`},
		{2, "an old page replaced whole", prepared(func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "old-1.png"), []byte("an old page"))
			os.Remove(filepath.Join(dir, "old-1.png")) // the snapshot sees only inputs
		}, "-format", "png", "-dpi", "20", "-o", "old.png"), nil, "", 0, 0, `wrote 8 PNG pages`},
		{2, "PDF at a folder's name", prepared(func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "out.pdf"), 0o755)
		}, "-o", "out.pdf"), nil, "", 0, 2, `-o out\.pdf is a folder; name the PDF file to write`},
		{2, "PDF as a symbolic link", prepared(func(t *testing.T, dir string) {
			symlink(t, "x.pdf", filepath.Join(dir, "out.pdf"))
		}, "-o", "out.pdf"), nil, "", 0, 2, `-o out\.pdf is a symbolic link`},
		{2, "a name ending in a slash", withArgs(nil, "build", "content.toml", "-format", "png", "-o", "out.png/"), nil, "", 0, 2, `-o out\.png/: the output file must end in \.png`},
	}
}

// Class 3: the logo interpreter bounded like the reader, the same verdict
// on every path.
func logoBoundCases() []hardeningCase {
	var cases []hardeningCase
	add := func(c ...hardeningCase) { cases = append(cases, c...) }
	add(onEvery(3, "indexed colour space over itself", hostileLogo("<< /ColorSpace << /C 5 0 R >> >>", "/C cs 0 sc 0 0 10 10 re f",
		"[/Indexed 5 0 R 1 <000000FFFFFF>]"), atLogo+`.*the colour space \(object 5\) refers to itself`)...)
	add(onEvery(3, "colour space names in a loop", hostileLogo("<< /ColorSpace << /A /B /B /A >> >>", "/A cs 0 0 10 10 re f"),
		atLogo+`.*the colour space A refers to itself`)...)
	add(onEvery(3, "form drawing itself", hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do",
		formObject("<< /XObject << /F 5 0 R >> >>", "/F Do")), atLogo+`.*the form F draws itself`)...)
	add(onEvery(3, "a million operators", compressedLogo("<< >>", many("q Q", 500_000)), atLogo+`.*more than 200000 operators`)...)
	add(
		hardeningCase{3, "separation over itself", hostileLogo("<< /ColorSpace << /S 5 0 R >> >>", "/S cs 1 sc 0 0 10 10 re f",
			"[/Separation /Gold 5 0 R << /FunctionType 2 /Domain [0 1] /C0 [0] /C1 [1] /N 1 >>]"), nil, "", 0, 2, atLogo + `.*refers to itself`},
		hardeningCase{3, "DeviceN over itself", hostileLogo("<< /ColorSpace << /D 5 0 R >> >>", "/D cs",
			"[/DeviceN [/A /B] 5 0 R << /FunctionType 2 /Domain [0 1 0 1] /N 1 >>]"), nil, "", 0, 2, atLogo + `.*refers to itself`},
		hardeningCase{3, "pattern over itself", hostileLogo("<< /ColorSpace << /P [/Pattern /P] >> >>", "/P cs"), nil, "", 0, 2, atLogo + `.*the colour space P refers to itself`},
		hardeningCase{3, "indexed spaces in a loop of names", hostileLogo("<< /ColorSpace << /A [/Indexed /B 1 <00FF>] /B [/Indexed /A 1 <00FF>] >> >>", "/A cs"),
			nil, "", 0, 2, atLogo + `.*refers to itself`},
		hardeningCase{3, "image over a looping space", withArgs(hostileLogo("<< /XObject << /I 5 0 R >> >>", "q 10 0 0 10 0 0 cm /I Do Q",
			"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace 6 0 R /Length 1 >>\nstream\n\x00\nendstream",
			"[/Indexed 6 0 R 0 <00>]"), "build", "content.toml", "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 2, atLogo + `.*refers to itself`},
		hardeningCase{3, "shading over a looping space", hostileLogo("<< /Shading << /S 5 0 R >> >>", "/S sh",
			"<< /ShadingType 2 /ColorSpace 6 0 R /Coords [0 0 1 0] /Function << /FunctionType 2 /Domain [0 1] /N 1 >> >>", "[/Indexed 6 0 R 0 <00>]"),
			nil, "", 0, 2, atLogo + `.*refers to itself`},
		hardeningCase{3, "stitching function over itself", hostileLogo("<< /Shading << /S 5 0 R >> >>", "/S sh",
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function 6 0 R >>",
			"<< /FunctionType 3 /Domain [0 1] /Functions [6 0 R] /Bounds [] /Encode [0 1] >>"), nil, "", 0, 2, atLogo + `.*the function \(object 6\) refers to itself`},
		hardeningCase{3, "colour spaces 30 deep", hostileLogo("<< /ColorSpace << "+indexedChain(30)+" >> >>", "/C0 cs"), nil, "", 0, 2, atLogo + `.*nested more than 12 deep`},
		hardeningCase{3, "colour spaces 10 deep", withArgs(hostileLogo("<< /ColorSpace << "+indexedChain(10)+" >> >>", "/C0 cs 0 sc 0 0 10 10 re f"),
			"build", "content.toml", "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 0, `wrote 8 PNG pages`},
		hardeningCase{3, "forms 40 deep", hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do", formChain(40)...), nil, "", 0, 2, atLogo + `.*forms are nested more than 12 deep`},
		hardeningCase{3, "forms 10 deep", withArgs(hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do", formChain(10)...),
			"build", "content.toml", "-format", "png", "-dpi", "20", "-o", "out.png"), nil, "", 0, 0, `wrote 8 PNG pages`},
		hardeningCase{3, "form unused that draws itself", hostileLogo("<< /XObject << /F 5 0 R >> >>", "0 0 10 10 re f",
			formObject("<< /XObject << /F 5 0 R >> >>", "/F Do")), nil, "", 0, 2, atLogo + `.*draws itself`},
		hardeningCase{3, "two forms drawing each other", hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do",
			formObject("<< /XObject << /G 6 0 R >> >>", "/G Do"), formObject("<< /XObject << /F 5 0 R >> >>", "/F Do")), nil, "", 0, 2, atLogo + `.*draws itself`},
		hardeningCase{3, "tiling pattern drawing itself", hostileLogo("<< /Pattern << /P 5 0 R >> >>", "/Pattern cs /P scn 0 0 10 10 re f",
			"<< /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 5 5] /XStep 5 /YStep 5 /Resources << /Pattern << /P 5 0 R >> >> /Length 0 >>\nstream\n\nendstream"),
			nil, "", 0, 2, atLogo + `.*draws itself`},
		hardeningCase{3, "a million path segments", compressedLogo("<< >>", many("0 0 m 1 1 l", 500_000)), nil, "", 0, 2, atLogo + `.*more than 200000`},
		hardeningCase{3, "250,000 rectangles", compressedLogo("<< >>", many("0 0 1 1 re", 250_000)), nil, "", 0, 2, atLogo + `.*more than 200000`},
		hardeningCase{3, "31 MB of operators", compressedLogo("<< >>", many("0 0 1 1 re f", 2_600_000)), nil, "", 0, 2, atLogo},
		hardeningCase{3, "a form drawn 100,000 times", hostileLogo("<< /XObject << /F 5 0 R >> >>", many("/F Do", 100_000),
			formObject("<< >>", "0 0 1 1 re f")), nil, "", 0, 2, atLogo + `.*more than 200000 (operators|path segments) are drawn`},
		hardeningCase{3, "forms doubling 30 times", hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do", doublingForms(30)...), nil, "", 0, 2, atLogo + `.*(more than 200000|nested more than 12)`},
		hardeningCase{3, "180,000 segments as PNG", withArgs(compressedLogo("<< >>", many("0 0 1 1 re f", 36_000)),
			"build", "content.toml", "-format", "png", "-dpi", "150", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "180,000 segments as PDF", compressedLogo("<< >>", many("0 0 1 1 re f", 36_000)), nil, "", 0, 0, `wrote out\.pdf`},
		hardeningCase{3, "180,000 segments as SVG", withArgs(compressedLogo("<< >>", many("0 0 1 1 re f", 36_000)),
			"build", "content.toml", "-format", "svg", "-o", "out.svg"), nil, "", 0, 0, `wrote 8 SVG pages`},
		hardeningCase{3, "190,000 operators as PNG at 600 dpi", withArgs(compressedLogo("<< >>", many("q Q", 95_000)),
			"build", "content.toml", "-format", "png", "-dpi", "600", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "1,900 clips at 400 dpi: none of the pages", withArgs(compressedLogo("<< >>", many("0 0 120 60 re W n", 1_900)+"0 0 10 10 re f"),
			"build", "content.toml", "-format", "png", "-dpi", "400", "-pages", "7,8", "-o", "out.png"), nil, "", 0, 2,
			`^brochure: page 8: ` + atLogo + `partnerlogo\.pdf: drawing it at 400 dpi takes more than 100 million pixel operations \(clips and shadings\); use a lower -dpi$`},
		hardeningCase{3, "10,000 clips", compressedLogo("<< >>", many("0 0 120 60 re W n", 10_000)+"0 0 10 10 re f"), nil, "", 0, 2, atLogo + `.*more than 200000 operators`},
		hardeningCase{3, "1,900 clips at 300 dpi", withArgs(compressedLogo("<< >>", many("0 0 120 60 re W n", 1_900)+"0 0 10 10 re f"),
			"build", "content.toml", "-format", "png", "-dpi", "300", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "64 nested clips saved", withArgs(compressedLogo("<< >>", many("q 0 0 120 60 re W n", 70)+"0 0 10 10 re f"),
			"build", "content.toml", "-format", "png", "-dpi", "600", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "190 shadings at 600 dpi: drawn or refused, within the bounds", withArgs(func(t *testing.T, dir string) []string {
			hostileLogo("<< /Shading << /S 5 0 R >> >>", "0 0 120 60 re W n\n"+many("/S sh", 190),
				"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 120 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>")(t, dir)
			return nil
		}, "build", "content.toml", "-format", "png", "-dpi", "600", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(|` + atLogo + `.*use a lower -dpi`},
		hardeningCase{3, "10,000 shadings over the logo", hostileLogo("<< /Shading << /S 5 0 R >> >>", "0 0 120 60 re W n\n"+many("/S sh", 10_000),
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 120 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>"),
			nil, "", 0, 2, atLogo + `.*more than 200000 operators`},
		hardeningCase{3, "190 shadings at 300 dpi", withArgs(hostileLogo("<< /Shading << /S 5 0 R >> >>", "0 0 120 60 re W n\n"+many("/S sh", 190),
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 120 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>"),
			"build", "content.toml", "-format", "png", "-dpi", "300", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "a huge inline image", withArgs(hostileLogo("<< >>", "q 10 0 0 10 0 0 cm BI /W 30000 /H 30000 /CS /G /BPC 8 ID \x00 EI Q"),
			"build", "content.toml", "-format", "png", "-dpi", "72", "-o", "out.png"), nil, "", 0, 0, `wrote 8 PNG pages`},
		hardeningCase{3, "enormous coordinates", withArgs(hostileLogo("<< >>", "0 0 m 2000000000 2000000000 l -2000000000 5 l f"),
			"build", "content.toml", "-format", "png", "-dpi", "300", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
		hardeningCase{3, "a huge scale", withArgs(hostileLogo("<< >>", "1000000 0 0 1000000 0 0 cm 0 0 1 1 re f 0 0 m 1 0 l 0 1 l S"),
			"build", "content.toml", "-format", "png", "-dpi", "300", "-pages", "8", "-o", "out.png"), nil, "", 0, 0, `wrote 1 PNG page \(`},
	)
	return cases
}

// indexedChain is colour spaces C0 … Cn-1, each an Indexed space over the
// next, the last over DeviceGray.
func indexedChain(n int) string {
	var b strings.Builder
	for i := range n {
		base := fmt.Sprintf("/C%d", i+1)
		if i == n-1 {
			base = "/DeviceGray"
		}
		fmt.Fprintf(&b, "/C%d [/Indexed %s 1 <00FF>] ", i, base)
	}
	return b.String()
}

// formChain is n forms (objects 5 …), each drawing the next.
func formChain(n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = formObject(fmt.Sprintf("<< /XObject << /F %d 0 R >> >>", i+6), "/F Do")
	}
	out[n-1] = formObject("<< >>", "0 0 10 10 re f")
	return out
}

// doublingForms is n forms, each drawing the next twice: 2ⁿ drawings.
func doublingForms(n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = formObject(fmt.Sprintf("<< /XObject << /F %d 0 R >> >>", i+6), "/F Do /F Do")
	}
	out[n-1] = formObject("<< >>", "0 0 10 10 re f")
	return out
}

// Class 4: numbers copied into our PDF, truncated and damaged logos.
func logoNumberCases() []hardeningCase {
	huge := strings.Repeat("9", 40) + ".5"
	shading := func(coords string) func(*testing.T, string) []string {
		return hostileLogo("<< /Shading << /S 5 0 R >> >>", "0 0 120 60 re W n /S sh",
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords ["+coords+"] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>")
	}
	const outOfRange = `is out of PDF's range`
	var cases []hardeningCase
	cases = append(cases, onEvery(4, "shading coordinates out of range", shading("0 0 "+huge+" 0"), atLogo+`.*`+outOfRange)...)
	cases = append(cases, onEvery(4, "truncated logo", cutLogo(900), atLogo+`.*the PDF is truncated`)...)
	cases = append(cases,
		hardeningCase{4, "shading coordinate 3e9", shading("0 0 3000000000 0"), nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "shading coordinate -3e9", shading("-3000000000 0 1 0"), nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "shading coordinates within range", shading("0 0 120 0"), nil, "", 0, 0, `wrote out\.pdf`},
		hardeningCase{4, "function exponent out of range", hostileLogo("<< /Shading << /S 5 0 R >> >>", "/S sh",
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function << /FunctionType 2 /Domain [0 1] /N "+huge+" >> >>"),
			nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "integer out of range in the content", hostileLogo("<< >>", "0 0 99999999999 1 re f"), nil, "", 0, 2, atLogo + `.*the number 99999999999 is out of PDF's range`},
		hardeningCase{4, "real out of range in the content", hostileLogo("<< >>", "0 0 "+huge+" 1 re f"), nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "number out of range in a form's matrix", hostileLogo("<< /XObject << /F 5 0 R >> >>", "/F Do",
			"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Matrix [1 0 0 1 0 "+huge+"] /Length 0 >>\nstream\n\nendstream"), nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "number out of range in an unused resource", hostileLogo("<< /ExtGState << /G << /LW "+huge+" >> >> >>", "0 0 10 10 re f"),
			nil, "", 0, 2, atLogo + `.*` + outOfRange},
		hardeningCase{4, "truncated in the middle", cutLogo(800), nil, "", 0, 2, atLogo + `.*the PDF is truncated`},
		hardeningCase{4, "cut before its end marker", cutLogo(-7), nil, "", 0, 2, atLogo + `.*the PDF is truncated`},
		hardeningCase{4, "cut to its header", cutLogo(9), nil, "", 0, 2, atLogo},
		hardeningCase{4, "cut to nothing", cutLogo(0), nil, "", 0, 2, atLogo},
		hardeningCase{4, "content stream cut short", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), logoPDF("<< >>", "<< /Length 400 /Filter /FlateDecode >>\nstream\nx\x9c\x03\x00\nendstream"))
			return nil
		}, nil, "", 0, 2, atLogo},
		hardeningCase{4, "end marker but no objects", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), []byte("%PDF-1.7\n%%EOF\n"))
			return nil
		}, nil, "", 0, 2, atLogo},
	)
	return cases
}

// Class 5: the preview server, stopped by SIGTERM after the time given.
func serverCases() []hardeningCase {
	serve := func(setup func(*testing.T, string) []string) func(*testing.T, string) []string {
		return withArgs(setup, "serve", "content.toml", "-addr", "127.0.0.1:0")
	}
	return []hardeningCase{
		// Idle: its first build has been told (not a second's wait for it).
		{5, "stops at once when idle", serve(nil), nil, "", untilSaid, 0, `(?s)preview of content\.toml at http://127\.0\.0\.1:\d+/.*built \d+ pages`},
		{5, "stops while the first build runs", serve(nil), nil, "", 400 * time.Millisecond, 0, `^$|preview of`},
		// Nothing but the address is said: the build (220 pages, some 2 s
		// of CPU time, so at least 1 s on two cores) has not ended when
		// SIGTERM comes, half a second in. serve ends at once whatever it
		// is doing, so stopping it later in the build tests nothing more;
		// waiting longer only burnt the build's CPU time (1.5 s of it at
		// 1.5 s) and came near the build's end on a quiet machine. Should
		// the program grow fast enough to end it first, the case fails
		// here rather than test an idle server; give it a larger document.
		{5, "stops while a large document is drawn", serve(contentCase("Rund 120 Teilnehmende", strings.Repeat("Ein langer Absatz über die Ausbildung. ", 20_000)+" Rund 120 Teilnehmende")),
			nil, "", 500 * time.Millisecond, 0, `^preview of [^\n]*\n?$`},
		{5, "a broken theme keeps it running", serve(themeCase("[page]\ncolumns = 9\n")), nil, "", untilSaid, 0, atTheme + `page\.columns: `},
		{5, "a broken content keeps it running", serve(contentCase(`title = "`, `title = 5 #`)), nil, "", untilSaid, 0, `content\.toml:\d+:\d+: `},
		{5, "busy address", withArgs(nil, "serve", "content.toml", "-addr", "256.0.0.1:80"), nil, "", 0, 2, `-addr 256\.0\.0\.1:80: `},
		{5, "address without a port", withArgs(nil, "serve", "content.toml", "-addr", "127.0.0.1"), nil, "", 0, 2, `-addr 127\.0\.0\.1: `},
		{5, "no content file", withArgs(nil, "serve", "missing.toml", "-addr", "127.0.0.1:0"), nil, "", 0, 2, `missing\.toml: `},
	}
}

// Class 6: diagnostics of these surfaces carry their place.
func positionCases() []hardeningCase {
	return []hardeningCase{
		{6, "missing logo", contentCase(`logo = "partnerlogo.pdf"`, `logo = "fehlt.pdf"`), nil, "", 0, 2, atLogo + `"fehlt\.pdf": no such file`},
		{6, "logo that is a folder", func(t *testing.T, dir string) []string {
			os.Mkdir(filepath.Join(dir, "ordner.pdf"), 0o755)
			editContent(t, dir, `logo = "partnerlogo.pdf"`, `logo = "ordner.pdf"`)
			return nil
		}, nil, "", 0, 2, atLogo + `"ordner\.pdf" is not a regular file`},
		{6, "logo of two pages", func(t *testing.T, dir string) []string {
			data := logoPDF("<< >>", streamObject("0 0 10 10 re f", ""), "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>")
			data = bytes.Replace(data, []byte("/Kids [3 0 R] /Count 1"), []byte("/Kids [3 0 R 5 0 R] /Count 2"), 1)
			writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), data)
			return nil
		}, nil, "", 0, 2, atLogo + `.*has 2 pages; a logo must be a one-page PDF`},
		{6, "encrypted logo", func(t *testing.T, dir string) []string {
			data := logoPDF("<< >>", streamObject("0 0 10 10 re f", ""))
			data = bytes.Replace(data, []byte("/Root 1 0 R"), []byte("/Root 1 0 R /Encrypt << /Filter /Standard >>"), 1)
			writeFile(t, filepath.Join(dir, "partnerlogo.pdf"), data)
			return nil
		}, nil, "", 0, 2, atLogo + `.*encrypted`},
		{6, "photo refused for its size in PNG", func(t *testing.T, dir string) []string {
			bigPNG(t, filepath.Join(dir, "gruppe.png"), 30000, 10, 8, 2, 1)
			return []string{"build", "content.toml", "-format", "png", "-o", "out.png"}
		}, nil, "", 0, 2, `content\.toml:\d+:\d+: sections\[\d+\]\.images\[0\]\.file: `},
		{6, "funder without a logo warns at its entry", contentCase(`  logo = "partnerlogo.pdf"`, ``), nil, "", 0, 0,
			`content\.toml:\d+:\d+: funding\.funders\[0\]\.logo: warning: no official logo given for Bundesministerium`},
		{6, "a language tag with an underscore is one error", bodyCase(`<span lang="en_US">Hi</span>`), nil, "", 0, 2,
			`^content\.toml:\d+:\d+: sections\[0\]\.body: HTML is not supported in body text \(<span lang="en_US">\)`},
		{6, "a presentation's address", contentCase(`[[sections.links]]`, "[[sections.presentations]]\n  label = \"Folien\"\n  url = \"ftp://example.org/x\"\n\n  [[sections.links]]"), nil, "", 0, 2,
			`^content\.toml:\d+:\d+: sections\[3\]\.presentations\[0\]\.url: "ftp://example\.org/x" is not a web address`},
		{6, "budget names the page and flag", withArgs(nil, "build", "content.toml", "-format", "png", "-dpi", "1000", "-pages", "4", "-o", "out.png"), nil, "", 0, 2, `^brochure: -dpi 1000: page 4: `},
	}
}
