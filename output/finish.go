package output

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
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
// write: the page boxes (in a fixed order), the output intent with its
// profile, XMP metadata matching the document information, PDF/X and
// PDF/A identification, subset tags on font names, printable link
// annotations, and a file identifier — all deterministically.
func finish(raw []byte, doc *layout.Document, pages []geometry, opts Options) ([]byte, error) {
	f, err := openPDF(raw)
	if err != nil {
		return nil, fmt.Errorf("output: reading the drawn PDF back: %w", err)
	}
	if err := f.setPageBoxes(pages, opts.Edition); err != nil {
		return nil, err
	}
	f.tagSubsetFonts(opts.fontNames)
	if err := f.indirectAnnotations(); err != nil {
		return nil, err
	}

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
		// the one built into the program.
		profile := opts.ICCProfile
		if len(profile) == 0 && condition == defaultOutputCondition {
			profile = assets.FOGRA39Profile
		}
		if len(profile) > 0 {
			icc := f.addStream("<< /N 4 /Alternate /DeviceCMYK /Filter /FlateDecode", profile)
			intent += fmt.Sprintf(" /DestOutputProfile %d 0 R", icc)
		}
		oi := f.add([]byte(intent+" >>"), nil)
		catalog.body = setKey(catalog.body, "OutputIntents", fmt.Sprintf("[%d 0 R]", oi))
	case Screen:
		f.version = "1.7"
		meta.PDFA = true
		icc := f.addStream("<< /N 3 /Alternate /DeviceRGB /Filter /FlateDecode", assets.SRGBProfile)
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
// without the closing >> and without /Length.
func (f *pdfFile) addStream(dict string, data []byte) int {
	z := compressed(data)
	return f.add([]byte(fmt.Sprintf("%s /Length %d >>", dict, len(z))), z)
}

// compressedCache keeps the compressed form of the large constant streams
// (the output profiles): compressing a 250 KB profile on every build would
// cost more than typesetting the example.
var compressedCache = struct {
	sync.Mutex
	byData map[*byte][]byte
}{byData: map[*byte][]byte{}}

// deflate compresses data with zlib at its fast level.
func deflate(data []byte) []byte {
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// compressed returns data Flate-compressed (fast level: output profiles
// compress well either way), computed once per process for the same slice.
func compressed(data []byte) []byte {
	if len(data) == 0 {
		return nil
	}
	key := &data[0]
	if key != &assets.FOGRA39Profile[0] && key != &assets.SRGBProfile[0] {
		return deflate(data) // only the embedded profiles live as long as the process
	}
	compressedCache.Lock()
	z, ok := compressedCache.byData[key]
	compressedCache.Unlock()
	if ok && len(z) > 0 {
		return z
	}
	z = deflate(data)
	compressedCache.Lock()
	compressedCache.byData[key] = z
	compressedCache.Unlock()
	return z
}

// pages returns the page objects in order, from the page tree's /Kids.
func (f *pdfFile) pages() ([]*pdfObject, error) {
	for _, n := range f.order {
		o := f.objects[n]
		if !bytes.Contains(o.body, []byte("/Type /Pages")) {
			continue
		}
		kids := regexp.MustCompile(`/Kids \[([^\]]*)\]`).FindSubmatch(o.body)
		if kids == nil {
			return nil, fmt.Errorf("output: page tree without kids")
		}
		var pages []*pdfObject
		for _, m := range regexp.MustCompile(`(\d+) 0 R`).FindAllSubmatch(kids[1], -1) {
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
func (f *pdfFile) setPageBoxes(geos []geometry, edition Edition) error {
	pages, err := f.pages()
	if err != nil {
		return err
	}
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

// tagSubsetFonts prefixes embedded font names with a six-letter tag, as
// PDF requires for subset fonts (ISO 32000-1, 9.6.4). The tag is derived
// from the name, so it is the same on every build.
func (f *pdfFile) tagSubsetFonts(rename map[string]string) {
	names := regexp.MustCompile(`/(BaseFont|FontName) /([^\s/<>\[\]()]+)`)
	for _, n := range f.order {
		o := f.objects[n]
		o.body = names.ReplaceAllFunc(o.body, func(m []byte) []byte {
			parts := names.FindSubmatch(m)
			name := string(parts[2])
			if len(name) > 7 && name[6] == '+' {
				return m
			}
			pretty := name
			if r, ok := rename[name]; ok {
				pretty = r
			}
			return []byte(fmt.Sprintf("/%s /%s+%s", parts[1], subsetTag(name), pretty))
		})
	}
}

func subsetTag(name string) string {
	sum := sha1.Sum([]byte(name))
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// indirectAnnotations moves the link annotations fpdf writes inline in
// each page's /Annots into objects of their own (as strict readers
// expect), with the Print flag set (PDF/A requires it; a printed link
// shows nothing anyway).
func (f *pdfFile) indirectAnnotations() error {
	pages, err := f.pages()
	if err != nil {
		return err
	}
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
