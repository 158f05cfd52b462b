package output

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"brochure/assets"
	"brochure/layout"
)

// Default print characterisation of the print edition.
const (
	defaultOutputCondition = "FOGRA39"
	fogra39Info            = "Coated FOGRA39 (ISO 12647-2:2004)"
)

// finish is the final pass over fpdf's output. It adds what fpdf cannot
// write: the page boxes (in a fixed order), the page contents drawn in
// segments, the subset fonts, printable link annotations, the output
// intent with its profile, XMP metadata matching the document
// information, PDF/X and PDF/A identification, and a file identifier —
// all deterministically.
func finish(raw []byte, doc *layout.Document, geos []geometry, segments [][]byte, embedded []*embeddedFont, opts Options) ([]byte, error) {
	f, err := openPDF(raw)
	if err != nil {
		return nil, fmt.Errorf("output: reading the drawn PDF back: %w", err)
	}
	pages, err := f.pages()
	if err != nil {
		return nil, err
	}
	if err := f.setPageBoxes(pages, geos, opts.Edition); err != nil {
		return nil, err
	}
	if err := f.spliceSegments(pages, segments); err != nil {
		return nil, err
	}
	if err := f.embedFonts(pages, embedded); err != nil {
		return nil, err
	}
	if err := f.indirectAnnotations(pages); err != nil {
		return nil, err
	}
	f.compressStreams()

	date := pdfDate(opts.Date)
	info := f.objects[f.info]
	info.body = setKey(info.body, "CreationDate", "("+date+")")
	info.body = setKey(info.body, "ModDate", "("+date+")")
	meta := xmpMeta{Meta: doc.Meta, Date: opts.Date, Creator: opts.Creator}

	catalog := f.objects[f.root]
	switch opts.Edition {
	case Print:
		f.version = "1.6"
		info.body = setKey(info.body, "GTS_PDFXVersion", "(PDF/X-4)")
		info.body = setKey(info.body, "Trapped", "/False")
		meta.PDFX = true
		condition := opts.OutputCondition
		if condition == "" {
			condition = defaultOutputCondition
		}
		intent := fmt.Sprintf("<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier %s /RegistryName (http://www.color.org) /Info %s",
			pdfString(condition), pdfString(conditionInfo(condition)))
		// PDF/X-4 wants the profile embedded: the user's, or for FOGRA39
		// the one built into the program (stored compressed).
		switch {
		case len(opts.ICCProfile) > 0:
			icc := f.addStream("<< /N 4 /Alternate /DeviceCMYK", opts.ICCProfile)
			intent += fmt.Sprintf(" /DestOutputProfile %d 0 R", icc)
		case condition == defaultOutputCondition:
			icc := f.addFlateStream("<< /N 4 /Alternate /DeviceCMYK", assets.FOGRA39ProfileFlate)
			intent += fmt.Sprintf(" /DestOutputProfile %d 0 R", icc)
		}
		oi := f.add([]byte(intent+" >>"), nil)
		catalog.body = setKey(catalog.body, "OutputIntents", fmt.Sprintf("[%d 0 R]", oi))
	case Screen:
		f.version = "1.7"
		meta.PDFA = true
		icc := f.addStream("<< /N 3 /Alternate /DeviceRGB", assets.SRGBProfile)
		oi := f.add([]byte(fmt.Sprintf("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile %d 0 R >>", icc)), nil)
		catalog.body = setKey(catalog.body, "OutputIntents", fmt.Sprintf("[%d 0 R]", oi))
	}
	// Canonical numbering first, then an identifier of the content.
	f.renumber()
	catalog = f.objects[f.root]
	meta.DocumentID = documentID(f.digest())
	xmp := meta.packet()
	md := f.add([]byte(fmt.Sprintf("<< /Type /Metadata /Subtype /XML /Length %d >>", len(xmp))), xmp)
	catalog.body = setKey(catalog.body, "Metadata", fmt.Sprintf("%d 0 R", md))
	return f.bytes(), nil
}

// addStream adds a Flate-compressed stream object; dict is its dictionary
// without the closing >>, /Filter and /Length.
func (f *pdfFile) addStream(dict string, data []byte) int {
	return f.addFlateStream(dict, deflate(data))
}

// addFlateStream adds a stream object whose data z is already
// zlib-compressed.
func (f *pdfFile) addFlateStream(dict string, z []byte) int {
	return f.add([]byte(fmt.Sprintf("%s /Filter /FlateDecode /Length %d >>", dict, len(z))), z)
}

var (
	kidsKey      = regexp.MustCompile(`/Kids \[([^\]]*)\]`)
	resourcesKey = regexp.MustCompile(`/Resources (\d+) 0 R`)
)

// pages returns the page objects in order, from the page tree's /Kids.
func (f *pdfFile) pages() ([]*pdfObject, error) {
	for _, n := range f.order {
		o := f.objects[n]
		if !bytes.Contains(o.body, []byte("/Type /Pages")) {
			continue
		}
		kids := kidsKey.FindSubmatch(o.body)
		if kids == nil {
			return nil, fmt.Errorf("output: page tree without kids")
		}
		var pages []*pdfObject
		for _, m := range reference.FindAllSubmatch(kids[1], -1) {
			num, _ := strconv.Atoi(string(m[1]))
			if f.objects[num] == nil {
				return nil, fmt.Errorf("output: missing page object %d", num)
			}
			pages = append(pages, f.objects[num])
		}
		return pages, nil
	}
	return nil, fmt.Errorf("output: no page tree")
}

// setPageBoxes writes each page's TrimBox and BleedBox (print) in a fixed
// order; on screen the trim box is the media box.
func (f *pdfFile) setPageBoxes(pages []*pdfObject, geos []geometry, edition Edition) error {
	if len(pages) != len(geos) {
		return fmt.Errorf("output: %d pages drawn, %d in the file", len(geos), len(pages))
	}
	for i, p := range pages {
		g := geos[i]
		p.body = setKey(p.body, "TrimBox", g.trimBox().String())
		if edition == Print {
			p.body = setKey(p.body, "BleedBox", g.bleedBox().String())
		}
	}
	return nil
}

// String formats a box as a PDF array.
func (b box) String() string {
	return fmt.Sprintf("[%s %s %s %s]", num(b[0]), num(b[1]), num(b[2]), num(b[3]))
}

// indirectAnnotations moves the link annotations fpdf writes inline in
// each page's /Annots into objects of their own (as strict readers
// expect), with the Print flag set (PDF/A requires it; a printed link
// shows nothing anyway).
func (f *pdfFile) indirectAnnotations(pages []*pdfObject) error {
	for _, p := range pages {
		start := bytes.Index(p.body, []byte("/Annots ["))
		if start < 0 {
			continue
		}
		i := start + len("/Annots [")
		var refs []string
		for {
			for i < len(p.body) && (p.body[i] == ' ' || p.body[i] == '\n' || p.body[i] == '\r') {
				i++
			}
			if i >= len(p.body) || p.body[i] == ']' {
				break
			}
			if !bytes.HasPrefix(p.body[i:], []byte("<<")) {
				return fmt.Errorf("output: unexpected /Annots entry")
			}
			end, err := dictEnd(p.body[i:])
			if err != nil {
				return err
			}
			annot := bytes.Replace(p.body[i:i+end], []byte("/Subtype /Link "), []byte("/Subtype /Link /F 4 "), 1)
			refs = append(refs, fmt.Sprintf("%d 0 R", f.add(annot, nil)))
			i += end
		}
		if i >= len(p.body) {
			return fmt.Errorf("output: unterminated /Annots")
		}
		body := append([]byte(nil), p.body[:start]...)
		body = append(body, []byte("/Annots ["+strings.Join(refs, " ")+"]")...)
		p.body = append(body, p.body[i+1:]...)
	}
	return nil
}

// pdfDate formats a time as a PDF date with its offset from UTC.
func pdfDate(t time.Time) string {
	_, offset := t.Zone()
	sign := '+'
	if offset < 0 {
		sign, offset = '-', -offset
	}
	return fmt.Sprintf("D:%s%c%02d'%02d'", t.Format("20060102150405"), sign, offset/3600, offset%3600/60)
}

// pdfString writes a literal PDF string, escaping what must be escaped.
func pdfString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	return "(" + r.Replace(s) + ")"
}

// conditionInfo describes a print characterisation for the output intent.
func conditionInfo(condition string) string {
	if condition == defaultOutputCondition {
		return fogra39Info
	}
	return condition
}

// documentID is a stable identifier of the drawn content.
func documentID(sum [16]byte) string {
	return fmt.Sprintf("uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}

// embedFonts writes the subset fonts and lists them in the pages' font
// resources (fpdf writes one resource dictionary that all pages share,
// with an empty /Font dictionary, as it was given no fonts).
func (f *pdfFile) embedFonts(pages []*pdfObject, embedded []*embeddedFont) error {
	if len(embedded) == 0 {
		return nil
	}
	programs := make([]fontProgram, len(embedded))
	var wg sync.WaitGroup
	for i, e := range embedded {
		wg.Add(1)
		go func() {
			defer wg.Done()
			programs[i] = e.program()
		}()
	}
	wg.Wait()
	var entries bytes.Buffer
	entries.WriteString("<<")
	for i, e := range embedded {
		n, err := e.addObjects(f, programs[i])
		if err != nil {
			return err
		}
		fmt.Fprintf(&entries, " /%s %d 0 R", e.resource, n)
	}
	entries.WriteString(" >>")
	done := map[int]bool{}
	for _, p := range pages {
		m := resourcesKey.FindSubmatch(p.body)
		if m == nil {
			return fmt.Errorf("output: page without a resource dictionary")
		}
		n, _ := strconv.Atoi(string(m[1]))
		res := f.objects[n]
		if done[n] {
			continue
		}
		if res == nil {
			return fmt.Errorf("output: missing resource dictionary %d", n)
		}
		done[n] = true
		at := bytes.Index(res.body, []byte("/Font"))
		if at < 0 {
			res.body = setKey(res.body, "Font", entries.String())
			continue
		}
		open := at + bytes.Index(res.body[at:], []byte("<<"))
		end, err := dictEnd(res.body[open:])
		if err != nil {
			return err
		}
		body := append([]byte(nil), res.body[:open]...)
		body = append(body, entries.Bytes()...)
		res.body = append(body, res.body[open+end:]...)
	}
	return nil
}
