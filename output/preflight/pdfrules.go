package preflight

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"brochure/content/pdfread"
	"brochure/layout"
	"brochure/output"
)

// writtenFile is the PDF under inspection.
type writtenFile struct {
	f     *pdfread.File
	pages []pdfread.Page
}

var subsetTag = lazyRegexp(`^[A-Z]{6}\+`)

// checkFonts requires every font — ours and those of imported artwork —
// to be embedded (Type 3 fonts are drawings and need nothing) and marked
// as a subset.
func checkFonts(r *Report, w *writtenFile) {
	var notEmbedded, notSubset []string
	count := 0
	for _, n := range w.f.ObjectNumbers() {
		o, err := w.f.Object(n)
		font, ok := o.(pdfread.Dict)
		if err != nil || !ok || font.Name("Type") != "Font" {
			continue
		}
		switch font.Name("Subtype") {
		case "Type3":
			continue
		case "Type0":
			continue // its descendant is a font of its own
		}
		count++
		name := string(font.Name("BaseFont"))
		d := w.f.Dict(font["FontDescriptor"])
		_, f1 := d["FontFile"]
		_, f2 := d["FontFile2"]
		_, f3 := d["FontFile3"]
		if d == nil || !f1 && !f2 && !f3 {
			notEmbedded = append(notEmbedded, name)
		}
		if !subsetTag().MatchString(name) {
			notSubset = append(notSubset, name)
		}
	}
	switch {
	case len(notEmbedded) > 0:
		r.add("fonts-embedded", Fail, strings.Join(notEmbedded, ", "), "fonts not embedded: %s (print and PDF/A need every font embedded)", strings.Join(notEmbedded, ", "))
	case len(notSubset) > 0:
		r.add("fonts-embedded", Warn, strings.Join(notSubset, ", "), "fonts embedded but not marked as subsets")
	default:
		r.add("fonts-embedded", Pass, fmt.Sprintf("%d fonts", count), "all fonts embedded and subset")
	}
}

// colourScan walks every content stream a page draws — its own and those
// of the forms it places, recursively — and every colour space they use:
// operators that imply a device space (rg, k, g and their stroking
// forms), colour space selections, images (with their names from the
// layout), inline images, shadings and transparency groups.
type colourScan struct {
	w         *writtenFile
	forbidden string
	found     []string // "page 2: image foto.jpg in DeviceRGB"
	spot      []string
	visited   map[*pdfread.Stream]bool
}

// checkColours requires the edition's colour rules in every image and
// content stream of the written file: print has no DeviceRGB and no spot
// colours; screen has no DeviceCMYK (unless a DefaultCMYK maps it).
func checkColours(r *Report, w *writtenFile, doc *layout.Document, want Expectations) {
	prof := want.Profile
	s := &colourScan{w: w, forbidden: prof.Forbidden}
	for i, p := range w.pages {
		s.visited = map[*pdfread.Stream]bool{}
		var pictures []string
		if i < len(doc.Pages) {
			for _, it := range doc.Pages[i].Items {
				if pic, ok := it.(*layout.Picture); ok {
					pictures = append(pictures, layout.ImageOf(pic).File)
				}
			}
		}
		where := fmt.Sprintf("page %d", i+1)
		if g := w.f.Dict(p.Dict["Group"]); g != nil {
			s.space(g["CS"], p.Resources, where+": transparency group")
		}
		streams, err := w.f.ContentStreams(p)
		if err != nil {
			r.add("colour-model", Fail, where, "content cannot be read: %v", err)
			return
		}
		var data []byte
		for _, st := range streams {
			b, err := w.f.Decode(st)
			if err != nil {
				r.add("colour-model", Fail, where, "content cannot be decoded: %v", err)
				return
			}
			data = append(append(data, b...), '\n')
		}
		s.content(data, p.Resources, where, pictures, 0)
	}
	device := map[string]string{"DeviceRGB": "RGB", "DeviceCMYK": "CMYK"}[prof.Forbidden]
	if len(s.spot) > 0 && want.ProcessColours {
		r.add("colour-model", Fail, s.spot[0], "spot colours (Separation/DeviceN) in the print edition, %d uses, first %s; use process colours", len(s.spot), s.spot[0])
	}
	if len(s.found) > 0 {
		r.add("colour-model", Fail, s.found[0], "%s colour without a profile is not allowed in the %s edition (%s): %d uses, first %s",
			device, want.Edition, standard(prof), len(s.found), s.found[0])
	}
	if len(s.found) == 0 && (len(s.spot) == 0 || !want.ProcessColours) {
		r.add("colour-model", Pass, "no "+prof.Forbidden, "every image and content stream conforms to %s: no %s colour without a profile", standard(prof), device)
	}
}

func standard(prof output.Profile) string {
	if prof.PDFX != "" {
		return prof.PDFX
	}
	return fmt.Sprintf("PDF/A-%d%s", prof.PDFAPart, strings.ToLower(prof.PDFAConformance))
}

// content scans one content stream. pictures name the images a page
// places directly, in order; depth is the nesting of forms.
func (s *colourScan) content(data []byte, res pdfread.Dict, where string, pictures []string, depth int) {
	ops, err := pdfread.Operations(data)
	if err != nil {
		s.found = append(s.found, where+": unreadable content ("+err.Error()+")")
		return
	}
	placed := 0
	implied := map[string]string{"rg": "DeviceRGB", "RG": "DeviceRGB", "k": "DeviceCMYK", "K": "DeviceCMYK", "g": "DeviceGray", "G": "DeviceGray"}
	for _, op := range ops {
		name := func() pdfread.Name {
			if len(op.Operands) == 0 {
				return ""
			}
			n, _ := op.Operands[len(op.Operands)-1].(pdfread.Name)
			return n
		}
		switch string(op.Op) {
		case "rg", "RG", "k", "K", "g", "G":
			s.space(pdfread.Name(implied[string(op.Op)]), res, fmt.Sprintf("%s: %s operator", where, op.Op))
		case "cs", "CS":
			s.space(name(), res, fmt.Sprintf("%s: colour space %s", where, name()))
		case "BI":
			d, _ := op.Operands[0].(pdfread.Dict)
			cs := d["CS"]
			if cs == nil {
				cs = d["ColorSpace"]
			}
			if abbr, ok := cs.(pdfread.Name); ok {
				cs = map[pdfread.Name]pdfread.Object{"RGB": pdfread.Name("DeviceRGB"), "CMYK": pdfread.Name("DeviceCMYK"), "G": pdfread.Name("DeviceGray")}[abbr]
				if cs == nil {
					cs = abbr
				}
			}
			if cs != nil {
				s.space(cs, res, where+": inline image")
			}
		case "sh":
			sh := s.w.f.Dict(s.w.f.Dict(res["Shading"])[name()])
			s.space(sh["ColorSpace"], res, fmt.Sprintf("%s: shading %s", where, name()))
		case "Do":
			xo := s.w.f.Dict(res["XObject"])
			obj, _ := s.w.f.Resolve(xo[name()])
			st, ok := obj.(*pdfread.Stream)
			if !ok {
				continue
			}
			label := fmt.Sprintf("XObject %s", name())
			if depth == 0 && placed < len(pictures) {
				label = pictures[placed]
			}
			if depth == 0 {
				placed++
			}
			switch st.Dict.Name("Subtype") {
			case "Image":
				if m, _ := st.Dict["ImageMask"].(bool); !m {
					s.space(st.Dict["ColorSpace"], res, fmt.Sprintf("%s: image %s", where, label))
				}
			case "Form":
				if s.visited[st] || depth > 16 {
					continue
				}
				s.visited[st] = true
				if g := s.w.f.Dict(st.Dict["Group"]); g != nil {
					s.space(g["CS"], res, fmt.Sprintf("%s: artwork %s, transparency group", where, label))
				}
				formRes := s.w.f.Dict(st.Dict["Resources"])
				if formRes == nil {
					formRes = res
				}
				if data, err := s.w.f.Decode(st); err == nil {
					s.content(data, formRes, fmt.Sprintf("%s: artwork %s", where, label), nil, depth+1)
				}
			}
		}
	}
}

// space records a colour space use: the forbidden device space (unless a
// Default colour space of the resources maps it), and spot colours.
func (s *colourScan) space(cs pdfread.Object, res pdfread.Dict, where string) {
	for _, family := range s.families(cs, res, 0) {
		switch family {
		case s.forbidden:
			s.found = append(s.found, fmt.Sprintf("%s in %s", where, family))
		case "Separation", "DeviceN":
			s.spot = append(s.spot, where)
		}
	}
}

// families lists the colour space families a value uses: itself and the
// bases and alternates it relies on. Device spaces replaced by a Default
// colour space of the resources (ISO 32000-1, 8.6.5.6) count as that.
func (s *colourScan) families(cs pdfread.Object, res pdfread.Dict, depth int) []string {
	if depth > 8 {
		return nil
	}
	f := s.w.f
	v, _ := f.Resolve(cs)
	switch x := v.(type) {
	case pdfread.Name:
		switch x {
		case "DeviceRGB", "DeviceCMYK", "DeviceGray":
			spaces := f.Dict(res["ColorSpace"])
			if def, ok := spaces["Default"+x[len("Device"):]]; ok {
				return s.families(def, res, depth+1)
			}
			return []string{string(x)}
		case "Pattern":
			return nil
		}
		if named, ok := f.Dict(res["ColorSpace"])[x]; ok {
			return s.families(named, res, depth+1)
		}
		return []string{string(x)}
	case pdfread.Array:
		if len(x) == 0 {
			return nil
		}
		kind, _ := x[0].(pdfread.Name)
		switch kind {
		case "Indexed", "I":
			if len(x) > 1 {
				return append([]string{"Indexed"}, s.families(x[1], res, depth+1)...)
			}
		case "Separation", "DeviceN":
			if len(x) > 2 {
				alt := 2
				return append([]string{string(kind)}, s.families(x[alt], res, depth+1)...)
			}
		case "Pattern":
			if len(x) > 1 {
				return s.families(x[1], res, depth+1)
			}
			return nil
		}
		return []string{string(kind)}
	}
	return nil
}

// checkBoxes requires, in print, TrimBox and BleedBox on every page, the
// bleed box the trim box widened by the bleed; on screen, no bleed.
func checkBoxes(r *Report, w *writtenFile, doc *layout.Document, prof output.Profile) {
	if len(w.pages) != len(doc.Pages) {
		r.add("page-boxes", Fail, fmt.Sprintf("%d pages", len(w.pages)), "the file has %d pages, the layout %d", len(w.pages), len(doc.Pages))
		return
	}
	for i, p := range w.pages {
		const maxUnits = 14400 // the largest page PDF allows (ISO 32000-1, annex C)
		if p.MediaBox[2]-p.MediaBox[0] > maxUnits || p.MediaBox[3]-p.MediaBox[1] > maxUnits {
			r.add("page-boxes", Fail, fmt.Sprintf("page %d", i+1), "the page is larger than the 14,400 units PDF allows")
			return
		}
		if !prof.Bleed {
			if p.HasTrim && p.TrimBox != p.MediaBox {
				r.add("page-boxes", Fail, fmt.Sprintf("page %d", i+1), "the screen edition's trim box must be its media box")
				return
			}
			continue
		}
		bleed, okB := w.f.Box(p.Dict["BleedBox"])
		if !p.HasTrim || !okB {
			r.add("page-boxes", Fail, fmt.Sprintf("page %d", i+1), "TrimBox or BleedBox missing")
			return
		}
		trim := p.TrimBox
		want := doc.Pages[i].Bleed.Points()
		for _, v := range []float64{trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]} {
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
	if !prof.Bleed {
		r.add("page-boxes", Pass, fmt.Sprintf("%d pages", len(w.pages)), "the screen edition has no bleed")
		return
	}
	r.add("page-boxes", Pass, fmt.Sprintf("%d pages, bleed %.1f mm", len(w.pages), doc.Pages[0].Bleed.Millimetres()), "TrimBox and BleedBox on every page, 3 mm apart")
}

// checkIntent requires the output intent, its embedded profile and the
// identification of PDF/X-4 (print) or PDF/A-2 (screen) in the document
// information and the XMP metadata.
func checkIntent(r *Report, w *writtenFile, prof output.Profile) {
	rule := "pdfx"
	if prof.PDFX == "" {
		rule = "pdfa"
	}
	cat, err := w.f.Catalog()
	if err != nil {
		r.add(rule, Fail, "unreadable", "%v", err)
		return
	}
	intents, _ := w.f.Resolve(cat["OutputIntents"])
	list, _ := intents.(pdfread.Array)
	var intent pdfread.Dict
	if len(list) > 0 {
		intent = w.f.Dict(list[0])
	}
	condition := "none"
	if id, ok := intent["OutputConditionIdentifier"].(pdfread.String); ok {
		condition = string(id)
	}
	var xmp []byte
	if st, ok := mustResolve(w.f, cat["Metadata"]).(*pdfread.Stream); ok {
		xmp, _ = w.f.Decode(st)
	}
	info := w.f.Dict(w.f.Trailer["Info"])
	profile, _ := mustResolve(w.f, intent["DestOutputProfile"]).(*pdfread.Stream)
	components := int64(0)
	if profile != nil {
		components, _ = profile.Dict["N"].(int64)
	}
	wantN := int64(prof.Intent.Profile.Components)
	std := standard(prof)
	switch {
	case intent == nil || intent.Name("S") != pdfread.Name(prof.Intent.Subtype):
		r.add(rule, Fail, condition, "no %s output intent (%s requires one)", prof.Intent.Subtype, std)
	case profile == nil:
		r.add(rule, Fail, condition, "the output intent names %s but embeds no ICC profile; %s requires it (build with -icc PROFILE)", condition, std)
	case components != wantN:
		r.add(rule, Fail, condition, "the output profile has %d components, the edition needs %d", components, wantN)
	case len(xmp) == 0:
		r.add(rule, Fail, condition, "no XMP metadata (%s requires it)", std)
	case prof.PDFX != "" && (!bytes.Contains(xmp, []byte("<pdfxid:GTS_PDFXVersion>"+prof.PDFX+"<")) || info.Name("Trapped") == "" ||
		string(mustString(info["GTS_PDFXVersion"])) != prof.PDFX):
		r.add(rule, Fail, condition, "%s identification incomplete (GTS_PDFXVersion in the document information and the XMP, Trapped)", std)
	case prof.PDFAPart != 0 && !bytes.Contains(xmp, []byte(fmt.Sprintf("<pdfaid:part>%d<", prof.PDFAPart))):
		r.add(rule, Fail, condition, "%s identification missing from the XMP metadata", std)
	default:
		r.add(rule, Pass, std+", "+condition, "output intent with its embedded profile, identification in the document information and XMP")
	}
}

func mustResolve(f *pdfread.File, o pdfread.Object) pdfread.Object {
	v, err := f.Resolve(o)
	if err != nil {
		return nil
	}
	return v
}

func mustString(o pdfread.Object) pdfread.String {
	s, _ := o.(pdfread.String)
	return s
}
