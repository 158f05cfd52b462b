package output

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"brochure/layout"
)

// Status is the outcome of one preflight rule.
type Status string

// Rule outcomes.
const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Finding is one rule's result: what was measured and what it means.
type Finding struct {
	Rule    string `json:"rule"`
	Status  Status `json:"status"`
	Value   string `json:"value"`
	Message string `json:"message"`
}

// Report is a preflight of one edition.
type Report struct {
	Edition  string    `json:"edition"`
	Passed   bool      `json:"passed"`
	Findings []Finding `json:"findings"`
}

// Failed reports whether any rule failed.
func (r Report) Failed() bool {
	for _, f := range r.Findings {
		if f.Status == Fail {
			return true
		}
	}
	return false
}

// statementFonts are the typefaces Annex IX 1.3 of Regulation (EU)
// 2021/1060 allows for the funding statement.
var statementFonts = []string{"Arial", "Auto", "Calibri", "Garamond", "Trebuchet", "Tahoma", "Verdana", "Ubuntu"}

// Preflight checks a built brochure as a print shop and a funder would:
// the funding-visibility rules on the layout (what was placed where), the
// print rules on the PDF bytes, and the engine's typographic warnings.
func Preflight(doc *layout.Document, pdf []byte, edition Edition) Report {
	r := &Report{Edition: edition.String()}
	checkFunding(r, doc)
	f, err := openPDF(pdf)
	if err != nil {
		r.add("pdf-structure", Fail, "unreadable", "the PDF could not be read back: %v", err)
	} else {
		checkFonts(r, f)
		checkColours(r, f, doc, edition)
		checkBoxes(r, f, doc, edition)
		checkIntent(r, f, edition)
	}
	checkImages(r, doc)
	checkSafetyMargin(r, doc)
	checkTypography(r, doc)
	r.Passed = !r.Failed()
	return *r
}

func (r *Report) add(rule string, s Status, value, format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Rule: rule, Status: s, Value: value, Message: fmt.Sprintf(format, args...)})
}

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

func mm(s layout.Scaled) string { return fmt.Sprintf("%.1f mm", s.Millimetres()) }

// checkFunding applies Regulation (EU) 2021/1060 Art. 47, 50 and Annex IX
// and the BMAS crediting rule to what the layout placed.
func checkFunding(r *Report, doc *layout.Document) {
	var emblemPages []int
	fundingPage := -1
	for i, p := range doc.Pages {
		if len(pageMarks(p, layout.MarkEmblem)) > 0 {
			emblemPages = append(emblemPages, i)
		}
		if len(pageMarks(p, layout.MarkFundingNote)) > 0 {
			fundingPage = i
		}
	}
	if len(emblemPages) == 0 {
		r.add("eu-emblem", Fail, "none", "no EU emblem anywhere; every document for the public must show it with „Kofinanziert von der Europäischen Union“ (Art. 50(1), Annex IX)")
		return
	}
	if emblemPages[0] == 0 {
		r.add("eu-emblem-cover", Pass, "page 1", "EU emblem on the cover")
	} else {
		r.add("eu-emblem-cover", Fail, fmt.Sprintf("first on page %d", emblemPages[0]+1), "the EU emblem is missing from the cover (Annex IX; practice: logo bar on the cover)")
	}
	switch {
	case fundingPage < 0:
		r.add("eu-emblem-funding-page", Fail, "no funding notice", "the brochure has no funding notice with the funding statement")
	case len(pageMarks(doc.Pages[fundingPage], layout.MarkEmblem)) == 0:
		r.add("eu-emblem-funding-page", Fail, fmt.Sprintf("page %d", fundingPage+1), "the page with the funding notice has no EU emblem")
	default:
		r.add("eu-emblem-funding-page", Pass, fmt.Sprintf("page %d", fundingPage+1), "EU emblem with the funding notice")
	}
	for _, pi := range emblemPages {
		p := doc.Pages[pi]
		emblems, statements := pageMarks(p, layout.MarkEmblem), pageMarks(p, layout.MarkStatement)
		for _, e := range emblems {
			ratio := float64(e.W) / float64(e.H)
			st := nearestStatement(e, statements)
			where := fmt.Sprintf("page %d", pi+1)
			switch {
			case math.Abs(ratio-1.5) > 0.01:
				r.add("eu-emblem-geometry", Fail, fmt.Sprintf("%s: %.2f:1", where, ratio), "the EU emblem must be a 3:2 rectangle")
			case st == nil:
				r.add("eu-statement", Fail, where, "„Kofinanziert von der Europäischen Union“ is not written out next to the emblem (Annex IX 1.2)")
			case overlaps(e, st):
				r.add("eu-statement", Fail, where, "the funding statement overlaps the emblem (Annex IX 1.5)")
			default:
				r.add("eu-statement", Pass, where, "„Kofinanziert von der Europäischen Union“ written out beside the emblem, %s from it", mm(gap(e, st)))
				checkStatementFont(r, st, where)
			}
			tallest, name := layout.Scaled(0), ""
			for _, l := range pageMarks(p, layout.MarkLogo) {
				if l.H > tallest {
					tallest, name = l.H, l.Label
				}
			}
			if tallest > 0 && e.H+layout.Pt(0.01) < tallest {
				r.add("eu-emblem-size", Fail, fmt.Sprintf("%s: emblem %s < logo %s", where, mm(e.H), mm(tallest)),
					"the EU emblem is smaller than the logo of %s; its height must be at least that of the tallest other logo (Annex IX 1.7)", name)
			} else if tallest == 0 {
				r.add("eu-emblem-size", Pass, fmt.Sprintf("%s: emblem %s", where, mm(e.H)), "no other logo on the page")
			} else {
				r.add("eu-emblem-size", Pass, fmt.Sprintf("%s: %s ≥ %s", where, mm(e.H), mm(tallest)), "the EU emblem is at least as tall as every other logo")
			}
		}
	}
	missing := map[string]bool{}
	found := 0
	for _, p := range doc.Pages {
		for _, m := range pageMarks(p, layout.MarkFunderName) {
			missing[m.Label] = true
		}
		found += len(pageMarks(p, layout.MarkLogo))
	}
	for name := range missing {
		r.add("funder-logo", Fail, "missing", "no official logo for %s: its name is set as text with „Gefördert durch:“; funders require the official artwork, never redrawn (BMAS, B7). Supply it as logo = \"…\"", name)
	}
	if len(missing) == 0 && found > 0 {
		r.add("funder-logo", Pass, fmt.Sprintf("%d placements", found), "official funder artwork with „Gefördert durch:“")
	}
}

func checkStatementFont(r *Report, st *layout.Mark, where string) {
	face := st.Face
	switch {
	case st.Italic:
		r.add("eu-statement-font", Fail, face, "the funding statement is set in italic; Annex IX 1.4 forbids italic, underline and effects")
	case containsAny(face, statementFonts):
		r.add("eu-statement-font", Pass, face, "%s is one of the typefaces Annex IX 1.3 allows", face)
	case strings.Contains(face, "LiberationSans"):
		r.add("eu-statement-font", Warn, face, "%s is a metric clone of Arial, not Arial itself; Annex IX 1.3 names Arial, Auto, Calibri, Garamond, Trebuchet, Tahoma, Verdana, Ubuntu — set the statement in one of them for strict compliance", face)
	default:
		r.add("eu-statement-font", Warn, face, "%s is not one of the typefaces Annex IX 1.3 names (Arial, Auto, Calibri, Garamond, Trebuchet, Tahoma, Verdana, Ubuntu)", face)
	}
}

func containsAny(s string, list []string) bool {
	for _, e := range list {
		if strings.Contains(strings.ToLower(s), strings.ToLower(e)) {
			return true
		}
	}
	return false
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
func gap(a, b *layout.Mark) layout.Scaled {
	if b.X >= a.X+a.W {
		return b.X - (a.X + a.W)
	}
	if a.X >= b.X+b.W {
		return a.X - (b.X + b.W)
	}
	return 0
}

// checkFonts requires every font to be embedded and subset.
func checkFonts(r *Report, f *pdfFile) {
	var notEmbedded, notSubset []string
	count := 0
	name := regexp.MustCompile(`/FontName /([^\s/<>\[\]()]+)`)
	for _, n := range f.order {
		body := f.objects[n].body
		if !bytes.Contains(body, []byte("/Type /FontDescriptor")) {
			continue
		}
		count++
		fn := "?"
		if m := name.FindSubmatch(body); m != nil {
			fn = string(m[1])
		}
		if !bytes.Contains(body, []byte("/FontFile")) {
			notEmbedded = append(notEmbedded, fn)
		}
		if !regexp.MustCompile(`^[A-Z]{6}\+`).MatchString(fn) {
			notSubset = append(notSubset, fn)
		}
	}
	switch {
	case len(notEmbedded) > 0:
		r.add("fonts-embedded", Fail, strings.Join(notEmbedded, ", "), "fonts not embedded")
	case len(notSubset) > 0:
		r.add("fonts-embedded", Warn, strings.Join(notSubset, ", "), "fonts embedded but not marked as subsets")
	default:
		r.add("fonts-embedded", Pass, fmt.Sprintf("%d fonts", count), "all fonts embedded and subset")
	}
}

// checkColours inspects every content stream and image: the print edition
// must use process colours only — no RGB, no spot colours.
func checkColours(r *Report, f *pdfFile, doc *layout.Document, edition Edition) {
	var rgbOps, spot, rgbImages []string
	contents := map[int]bool{}
	if pages, err := f.pages(); err == nil {
		for _, p := range pages {
			for _, n := range contentRefs(p.body) {
				contents[n] = true
			}
		}
	}
	for _, n := range f.order {
		o := f.objects[n]
		body := string(o.body)
		if strings.Contains(body, "/Separation") || strings.Contains(body, "/DeviceN") {
			spot = append(spot, fmt.Sprintf("object %d", n))
		}
		if strings.Contains(body, "/Subtype /Image") && imageIsRGB(f, body) {
			rgbImages = append(rgbImages, fmt.Sprintf("object %d", n))
		}
		isForm := o.stream != nil && strings.Contains(body, "/Subtype /Form")
		if !contents[n] && !isForm {
			continue
		}
		data, err := decode(o)
		if err != nil {
			continue
		}
		for _, op := range operators(data) {
			if op == "rg" || op == "RG" {
				rgbOps = append(rgbOps, fmt.Sprintf("object %d", n))
				break
			}
		}
	}
	if edition == Screen {
		r.add("colour-model", Pass, "RGB", "the screen edition uses RGB with an sRGB output intent")
		return
	}
	if len(spot) > 0 {
		r.add("colour-model", Fail, strings.Join(spot, ", "), "spot colours (Separation/DeviceN) in the print edition; use process colours")
	}
	if len(rgbImages) > 0 {
		files := strings.Join(rgbPictureFiles(doc), ", ")
		r.add("colour-model", Fail, files, "RGB image in the print edition: %s (%d in the PDF); supply CMYK or greyscale images for print", files, len(rgbImages))
	}
	if len(rgbOps) > 0 {
		r.add("colour-model", Fail, strings.Join(rgbOps, ", "), "RGB colour operators in content streams of the print edition")
	}
	if len(spot)+len(rgbImages)+len(rgbOps) == 0 {
		r.add("colour-model", Pass, "DeviceCMYK", "process colours only: no RGB, no spot colours")
	}
}

// rgbPictureFiles names the RGB raster files the layout placed.
func rgbPictureFiles(doc *layout.Document) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*layout.Picture); ok && (pic.ColourModel == "rgb" || pic.ColourModel == "paletted") && !seen[pic.Name] {
				seen[pic.Name] = true
				out = append(out, pic.Name)
			}
		}
	}
	if len(out) == 0 {
		out = []string{"imported artwork"}
	}
	return out
}

// imageIsRGB reads an image XObject's colour space.
func imageIsRGB(f *pdfFile, body string) bool {
	cs := regexp.MustCompile(`/ColorSpace\s*(\[[^\]]*\]|/\w+|\d+ 0 R)`).FindStringSubmatch(body)
	if cs == nil {
		return false
	}
	v := cs[1]
	if m := regexp.MustCompile(`^(\d+) 0 R$`).FindStringSubmatch(v); m != nil {
		n, _ := strconv.Atoi(m[1])
		if o := f.objects[n]; o != nil {
			v = string(o.body)
			if strings.Contains(v, "/ICCBased") {
				return iccComponents(f, v) == 3
			}
		}
	}
	if strings.Contains(v, "/ICCBased") {
		return iccComponents(f, v) == 3
	}
	return strings.Contains(v, "/DeviceRGB") || strings.Contains(v, "/CalRGB")
}

func iccComponents(f *pdfFile, cs string) int {
	m := regexp.MustCompile(`/ICCBased\s+(\d+) 0 R`).FindStringSubmatch(cs)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	if o := f.objects[n]; o != nil {
		if nm := regexp.MustCompile(`/N (\d)`).FindSubmatch(o.body); nm != nil {
			c, _ := strconv.Atoi(string(nm[1]))
			return c
		}
	}
	return 0
}

// decode returns a stream's data, inflated when Flate-compressed.
func decode(o *pdfObject) ([]byte, error) {
	if !bytes.Contains(o.body, []byte("/FlateDecode")) {
		return o.stream, nil
	}
	z, err := zlib.NewReader(bytes.NewReader(o.stream))
	if err != nil {
		return nil, err
	}
	defer z.Close()
	return io.ReadAll(io.LimitReader(z, 64<<20))
}

// operators lists the operator tokens of a content stream, skipping
// strings, names, numbers and arrays' contents.
func operators(data []byte) []string {
	var ops []string
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '(':
			depth := 0
			for ; i < len(data); i++ {
				if data[i] == '\\' {
					i++
					continue
				}
				if data[i] == '(' {
					depth++
				} else if data[i] == ')' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			i++
		case c == '<' && i+1 < len(data) && data[i+1] != '<':
			for i < len(data) && data[i] != '>' {
				i++
			}
			i++
		case c == '/' || c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
			i++
			for i < len(data) && !isDelimiter(data[i]) {
				i++
			}
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '"' || c == '*':
			start := i
			for i < len(data) && !isDelimiter(data[i]) {
				i++
			}
			ops = append(ops, string(data[start:i]))
		default:
			i++
		}
	}
	return ops
}

func isDelimiter(c byte) bool {
	return strings.IndexByte(" \t\r\n\f()<>[]{}/%", c) >= 0
}

// checkBoxes requires TrimBox and BleedBox on every page, the bleed box
// the trim box widened by the bleed.
func checkBoxes(r *Report, f *pdfFile, doc *layout.Document, edition Edition) {
	pages, err := f.pages()
	if err != nil {
		r.add("page-boxes", Fail, "unreadable", "%v", err)
		return
	}
	if edition == Screen {
		r.add("page-boxes", Pass, fmt.Sprintf("%d pages", len(pages)), "the screen edition has no bleed")
		return
	}
	arr := func(body []byte, key string) ([4]float64, bool) {
		m := regexp.MustCompile(`/` + key + ` \[([-\d. ]+)\]`).FindSubmatch(body)
		var b [4]float64
		if m == nil {
			return b, false
		}
		fields := strings.Fields(string(m[1]))
		if len(fields) != 4 {
			return b, false
		}
		for i, s := range fields {
			b[i], _ = strconv.ParseFloat(s, 64)
		}
		return b, true
	}
	for i, p := range pages {
		trim, okT := arr(p.body, "TrimBox")
		bleed, okB := arr(p.body, "BleedBox")
		if !okT || !okB {
			r.add("page-boxes", Fail, fmt.Sprintf("page %d", i+1), "TrimBox or BleedBox missing")
			return
		}
		want := doc.Pages[i].Bleed.Points()
		d := [4]float64{trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]}
		for _, v := range d {
			if math.Abs(v-want) > 0.03 {
				r.add("page-boxes", Fail, fmt.Sprintf("page %d: %.2f mm", i+1, v*25.4/72), "the bleed box must lie %.1f mm outside the trim box on every side", want*25.4/72)
				return
			}
		}
		if want*25.4/72 < 2.99 {
			r.add("page-boxes", Fail, fmt.Sprintf("%.1f mm", want*25.4/72), "the bleed must be at least 3 mm")
			return
		}
	}
	r.add("page-boxes", Pass, fmt.Sprintf("%d pages, bleed %.1f mm", len(pages), doc.Pages[0].Bleed.Millimetres()), "TrimBox and BleedBox on every page, 3 mm apart")
}

// checkIntent requires the output intent and metadata of PDF/X-4 (print)
// or PDF/A-2b (screen).
func checkIntent(r *Report, f *pdfFile, edition Edition) {
	catalog := f.objects[f.root].body
	info := f.objects[f.info].body
	var intent []byte
	if m := regexp.MustCompile(`/OutputIntents \[(\d+) 0 R`).FindSubmatch(catalog); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		if o := f.objects[n]; o != nil {
			intent = o.body
		}
	}
	hasMeta := bytes.Contains(catalog, []byte("/Metadata"))
	switch edition {
	case Print:
		ok := bytes.Contains(intent, []byte("/GTS_PDFX")) && hasMeta && bytes.Contains(info, []byte("/GTS_PDFXVersion (PDF/X-4)"))
		cond := regexp.MustCompile(`/OutputConditionIdentifier \(([^)]*)\)`).FindSubmatch(intent)
		value := "none"
		if cond != nil {
			value = string(cond[1])
		}
		switch {
		case !ok:
			r.add("pdfx", Fail, value, "PDF/X-4 identification incomplete (output intent, GTS_PDFXVersion, metadata)")
		case !bytes.Contains(intent, []byte("/DestOutputProfile")):
			r.add("pdfx", Fail, value, "the output intent names %s but embeds no ICC profile; PDF/X-4 requires it (build with -icc PROFILE)", value)
		default:
			r.add("pdfx", Pass, "PDF/X-4, "+value, "output intent with embedded CMYK profile, GTS_PDFXVersion and XMP metadata present")
		}
	case Screen:
		if bytes.Contains(intent, []byte("/GTS_PDFA1")) && hasMeta {
			r.add("pdfa", Pass, "PDF/A-2b, sRGB", "output intent and XMP identification present")
		} else {
			r.add("pdfa", Fail, "incomplete", "PDF/A-2b identification incomplete (sRGB output intent, metadata)")
		}
	}
}

// checkImages measures each raster picture's effective resolution as
// placed: below 300 ppi warns, below 150 ppi fails.
func checkImages(r *Report, doc *layout.Document) {
	worst, file, count := math.Inf(1), "", 0
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*layout.Picture); ok && pic.WidthPx > 0 {
				count++
				if ppi := pic.EffectivePPI(); ppi < worst {
					worst, file = ppi, pic.Name
				}
			}
		}
	}
	switch {
	case count == 0:
		r.add("image-resolution", Pass, "no raster images", "nothing to measure")
	case worst < 150:
		r.add("image-resolution", Fail, fmt.Sprintf("%.0f ppi", worst), "%s is placed at %.0f ppi; print needs 300 ppi (at least 150)", file, worst)
	case worst < 300:
		r.add("image-resolution", Warn, fmt.Sprintf("%.0f ppi", worst), "%s is placed at %.0f ppi; print wants 300 ppi", file, worst)
	default:
		r.add("image-resolution", Pass, fmt.Sprintf("≥ %.0f ppi", worst), "every raster image at 300 ppi or more")
	}
}

// checkSafetyMargin keeps text away from the trim.
func checkSafetyMargin(r *Report, doc *layout.Document) {
	margin := doc.SafetyMargin
	closest := layout.Scaled(math.MaxInt64)
	var what string
	for pi, p := range doc.Pages {
		for _, it := range p.Items {
			g, ok := it.(*layout.GlyphRun)
			if !ok {
				continue
			}
			asc, desc := layout.OfEm(g.Face.Ascent, g.Size), layout.OfEm(-g.Face.Descent, g.Size)
			for _, d := range []layout.Scaled{g.X, p.Width - (g.X + g.Width), g.Y - asc, p.Height - (g.Y + desc)} {
				if d < closest {
					closest, what = d, fmt.Sprintf("page %d: %q", pi+1, g.Text)
				}
			}
		}
	}
	if closest < margin {
		r.add("safety-margin", Fail, fmt.Sprintf("%s (%s)", mm(closest), what), "text lies closer to the trim than the safety margin of %s", mm(margin))
		return
	}
	r.add("safety-margin", Pass, "closest "+mm(closest), "all text at least %s inside the trim", mm(margin))
}

// checkTypography carries the engine's warnings into the report.
func checkTypography(r *Report, doc *layout.Document) {
	kinds := []struct{ rule, needle, what string }{
		{"typography-overfull", "overfull line", "overfull lines"},
		{"typography-underfull", "underfull line", "underfull lines"},
		{"typography-widows-orphans", "widow", "widows or orphans"},
		{"typography-widows-orphans", "orphan", "widows or orphans"},
		{"typography-hyphenated-names", "name is hyphenated", "hyphenated names"},
	}
	counts := map[string]int{}
	examples := map[string]string{}
	for _, w := range doc.Warnings {
		for _, k := range kinds {
			if strings.Contains(w.Msg, k.needle) {
				counts[k.rule]++
				if examples[k.rule] == "" {
					examples[k.rule] = w.String()
				}
			}
		}
	}
	done := map[string]bool{}
	for _, k := range kinds {
		if done[k.rule] {
			continue
		}
		done[k.rule] = true
		if n := counts[k.rule]; n > 0 {
			r.add(k.rule, Warn, strconv.Itoa(n), "%d %s, e.g. %s", n, k.what, examples[k.rule])
		} else {
			r.add(k.rule, Pass, "0", "no %s", k.what)
		}
	}
}
