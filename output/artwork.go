package output

import (
	"fmt"

	"brochure/content"
	"brochure/content/pdfread"
)

// Imported artwork: the first page of a PDF logo becomes a Form XObject
// (ISO 32000-1, 8.10) whose bounding box is the page's trim box. Every
// object the page's content and resources reach is copied through our
// writer under a new number, once: fonts, images and ICC profiles keep
// their encoded data byte for byte; content streams (the page's, and
// those of its forms and tiling patterns) are decoded, rewritten and
// compressed again.
//
// The rewriting makes the artwork conform to the edition: the device
// colour space the edition forbids (DeviceRGB in print, DeviceCMYK on
// screen) becomes the edition's substitute ICC profile — in colour space
// values, where the name is replaced by the profile, and in content
// streams, where rg/RG (or k/K) become a colour space selection and
// sc/SC. Marked content is kept as plain BMC, since the artwork's
// optional-content groups and structure belong to its own file.

// substituteName is the resource name of the substitute colour space in
// every copied resource dictionary.
const substituteName = "BrochureCS"

// artworkCopier copies objects of one source file.
type artworkCopier struct {
	d       *document
	src     *pdfread.File
	where   string
	numbers map[int]int // source object → our object
	// resourceDicts are source objects used as resource dictionaries,
	// which get the substitute colour space.
	resourceDicts map[int]bool
	// contentStreams are source objects that are content streams (forms,
	// tiling patterns, Type 3 glyphs), rewritten when copied.
	contentStreams map[int]bool
	queue          []int
	// needsSubstitute: the artwork uses the forbidden device colour
	// space somewhere, so its resources get the substitute.
	needsSubstitute bool
	substitute      int // the substitute profile's object; 0 until needed
}

// importArtwork writes a PDF logo's page as a Form XObject and returns
// its number.
func (d *document) importArtwork(src *content.Image) (int, error) {
	c := &artworkCopier{d: d, src: src.PDF, where: src.Where + ": " + src.File,
		numbers: map[int]int{}, resourceDicts: map[int]bool{}, contentStreams: map[int]bool{}}
	page := src.Page
	streams, err := src.PDF.ContentStreams(page)
	if err != nil {
		return 0, c.fail(err)
	}
	var content []byte
	for _, s := range streams {
		data, err := src.PDF.Decode(s)
		if err != nil {
			return 0, c.fail(err)
		}
		content = append(content, data...)
		content = append(content, '\n')
	}
	c.needsSubstitute = c.usesForbidden(content, page.Resources)
	rewritten, err := c.rewriteContent(content)
	if err != nil {
		return 0, c.fail(err)
	}
	dict := pdfDict{{"Type", pdfName("XObject")}, {"Subtype", pdfName("Form")}, {"BBox", pdfRealRect(page.TrimBox)},
		{"Resources", c.resources(page.Resources)}}
	if g, ok := page.Dict["Group"]; ok {
		dict = dict.with("Group", c.value(g, 0))
	}
	dict = append(dict, flateFilter)
	form := c.d.ow.addStream(dict, deflate(rewritten))
	if err := c.copyQueued(); err != nil {
		return 0, err
	}
	return form, c.d.ow.err
}

func (c *artworkCopier) fail(err error) error {
	return fmt.Errorf("%s cannot be imported: %v", c.where, err)
}

// ref returns our number for a source object, queuing it for copying the
// first time.
func (c *artworkCopier) ref(num int) int {
	if n, ok := c.numbers[num]; ok {
		return n
	}
	n := c.d.ow.reserve()
	c.numbers[num] = n
	c.queue = append(c.queue, num)
	return n
}

// copyQueued writes every queued object, in the order they were found
// (objects found while copying join the queue).
func (c *artworkCopier) copyQueued() error {
	for len(c.queue) > 0 {
		num := c.queue[0]
		c.queue = c.queue[1:]
		o, err := c.src.Object(num)
		if err != nil {
			return c.fail(err)
		}
		ours := c.numbers[num]
		s, isStream := o.(*pdfread.Stream)
		if !isStream {
			if d, ok := o.(pdfread.Dict); ok && c.resourceDicts[num] {
				c.d.ow.put(ours, c.resources(d))
			} else {
				c.d.ow.put(ours, c.value(o, 0))
			}
			continue
		}
		if err := c.copyStream(ours, num, s); err != nil {
			return c.fail(err)
		}
	}
	return nil
}

// copyStream copies a stream: content streams decoded and rewritten, all
// others with their data as stored.
func (c *artworkCopier) copyStream(ours, num int, s *pdfread.Stream) error {
	content := c.contentStreams[num] || s.Dict.Name("Subtype") == "Form" ||
		(s.Dict.Name("Type") == "Pattern" || s.Dict["PatternType"] == int64(1))
	skip := map[pdfread.Name]bool{"Length": true, "DL": true}
	data := s.Raw
	if content {
		decoded, err := c.src.Decode(s)
		if err != nil {
			return err
		}
		if data, err = c.rewriteContent(decoded); err != nil {
			return err
		}
		data = deflate(data)
		skip["Filter"], skip["DecodeParms"] = true, true
	}
	var dict pdfDict
	for _, k := range s.Dict.Keys() {
		switch {
		case skip[k] || dropKey(k):
		case k == "Resources":
			dict = dict.with(pdfName(k), c.resources(s.Dict[k]))
		default:
			dict = dict.with(pdfName(k), c.value(s.Dict[k], 0))
		}
	}
	if content {
		dict = append(dict, flateFilter)
	}
	c.d.ow.stream(ours, dict, data)
	return nil
}

// dropKey lists entries that belong to the artwork's own file: its
// structure tree, private application data and optional content.
func dropKey(k pdfread.Name) bool {
	switch k {
	case "StructParent", "StructParents", "PieceInfo", "OC", "Metadata", "LastModified":
		return true
	}
	return false
}

// resources is a resource dictionary (direct, or a reference to one)
// with the substitute colour space added, and without /Properties
// (marked content is made plain).
func (c *artworkCopier) resources(o pdfread.Object) pdfObject {
	if r, ok := o.(pdfread.Ref); ok {
		c.resourceDicts[r.Num] = true
		return pdfRef(c.ref(r.Num))
	}
	d, _ := o.(pdfread.Dict)
	var out pdfDict
	for _, k := range d.Keys() {
		v := d[k]
		switch k {
		case "Properties":
			continue
		case "ColorSpace":
			out = out.with(pdfName(k), c.colourSpaces(v))
			continue
		case "XObject", "Pattern":
			c.markContent(v)
		case "Font":
			c.markType3(v)
		}
		out = out.with(pdfName(k), c.value(v, 0))
	}
	if _, has := d["ColorSpace"]; !has && c.needsSubstitute {
		out = out.with("ColorSpace", c.colourSpaces(pdfread.Dict{}))
	}
	return out
}

// colourSpaces is a /ColorSpace resource dictionary with the substitute
// colour space added.
func (c *artworkCopier) colourSpaces(o pdfread.Object) pdfDict {
	d := c.src.Dict(o)
	var out pdfDict
	for _, k := range d.Keys() {
		if k != substituteName {
			out = out.with(pdfName(k), c.value(d[k], 0))
		}
	}
	if c.needsSubstitute {
		out = out.with(substituteName, iccRef(c.substituteProfile()))
	}
	return out
}

// appendValue writes a value, references renumbered, the forbidden
// device colour space replaced by the substitute profile. Objects that
// would pull the artwork's whole file in (pages, the page tree, the
// catalog) become null.
func (c *artworkCopier) value(o pdfread.Object, depth int) pdfObject {
	if depth > 64 {
		return pdfNull{}
	}
	switch v := o.(type) {
	case bool:
		return pdfBool(v)
	case int64:
		return pdfInt(pdfNumber(float64(v)))
	case float64:
		return pdfReal(pdfNumber(v))
	case pdfread.Name:
		if string(v) == c.d.prof.Forbidden {
			return iccRef(c.substituteProfile())
		}
		return pdfName(v)
	case pdfread.String:
		return pdfHex(v)
	case pdfread.Array:
		a := make(pdfArray, len(v))
		for i, e := range v {
			a[i] = c.value(e, depth+1)
		}
		return a
	case pdfread.Dict:
		var d pdfDict
		for _, k := range v.Keys() {
			switch {
			case dropKey(k):
			case k == "Resources":
				d = d.with(pdfName(k), c.resources(v[k]))
			default:
				d = d.with(pdfName(k), c.value(v[k], depth+1))
			}
		}
		return d
	case pdfread.Ref:
		switch t := c.src.Dict(v); t.Name("Type") {
		case "Page", "Pages", "Catalog":
			return pdfNull{}
		}
		return pdfRef(c.ref(v.Num))
	}
	return pdfNull{} // nil, and streams, which are never direct
}

func (c *artworkCopier) substituteProfile() int {
	if c.substitute == 0 {
		c.substitute = c.d.icc(c.d.prof.Substitute)
	}
	return c.substitute
}

// markContent notes the streams of an XObject or Pattern resource
// dictionary whose content is to be rewritten.
func (c *artworkCopier) markContent(o pdfread.Object) {
	for _, v := range c.src.Dict(o) {
		if r, ok := v.(pdfread.Ref); ok {
			if s, ok := c.resolve(r).(*pdfread.Stream); ok {
				if s.Dict.Name("Subtype") == "Form" || s.Dict["PatternType"] == int64(1) {
					c.contentStreams[r.Num] = true
				}
			}
		}
	}
}

// markType3 notes the glyph procedures of Type 3 fonts, which are
// content streams too.
func (c *artworkCopier) markType3(o pdfread.Object) {
	for _, v := range c.src.Dict(o) {
		font := c.src.Dict(v)
		if font.Name("Subtype") != "Type3" {
			continue
		}
		for _, p := range c.src.Dict(font["CharProcs"]) {
			if r, ok := p.(pdfread.Ref); ok {
				c.contentStreams[r.Num] = true
			}
		}
		if res, ok := font["Resources"].(pdfread.Ref); ok {
			c.resourceDicts[res.Num] = true
		}
	}
}

func (c *artworkCopier) resolve(o pdfread.Object) pdfread.Object {
	v, err := c.src.Resolve(o)
	if err != nil {
		return nil
	}
	return v
}

// rewriteContent rewrites a content stream: colours in the forbidden
// device space go through the substitute colour space, and marked
// content with properties becomes plain BMC.
func (c *artworkCopier) rewriteContent(data []byte) ([]byte, error) {
	ops, err := pdfread.Operations(data)
	if err != nil {
		return nil, err
	}
	fill, stroke, abbrev := "rg", "RG", "RGB"
	if c.d.prof.Forbidden == "DeviceCMYK" {
		fill, stroke, abbrev = "k", "K", "CMYK"
	}
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, op := range ops {
		switch string(op.Op) {
		case fill, stroke:
			sel, set := "cs", "sc"
			if string(op.Op) == stroke {
				sel, set = "CS", "SC"
			}
			out = append(out, "/"+substituteName+" "+sel+"\n"...)
			out = c.appendOperands(out, op.Operands)
			out = append(out, set...)
		case "cs", "CS":
			if len(op.Operands) == 1 && op.Operands[0] == pdfread.Name(c.d.prof.Forbidden) {
				op.Operands = []pdfread.Object{pdfread.Name(substituteName)}
			}
			out = c.appendOperands(out, op.Operands)
			out = append(out, op.Op...)
		case "BDC":
			if len(op.Operands) > 0 {
				out = c.appendOperands(out, op.Operands[:1])
			}
			out = append(out, "BMC"...)
		case "BI":
			d, _ := op.Operands[0].(pdfread.Dict)
			out = append(out, "BI"...)
			for _, k := range d.Keys() {
				v := d[k]
				if (k == "CS" || k == "ColorSpace") && (v == pdfread.Name(abbrev) || v == pdfread.Name(c.d.prof.Forbidden)) {
					v = pdfread.Name(substituteName)
				}
				out = pdfDict{{pdfName(k), c.inline(v)}}.appendEntries(out)
			}
			out = append(out, "\nID "...)
			out = append(out, op.Inline...)
			out = append(out, "\nEI"...)
		default:
			out = c.appendOperands(out, op.Operands)
			out = append(out, op.Op...)
		}
		out = append(out, '\n')
	}
	return out, nil
}

func (c *artworkCopier) appendOperands(b []byte, operands []pdfread.Object) []byte {
	for _, o := range operands {
		b = c.appendInline(b, o)
		b = append(b, ' ')
	}
	return b
}

// appendInline writes a content-stream operand.
func (c *artworkCopier) appendInline(b []byte, o pdfread.Object) []byte {
	return c.inline(o).appendPDF(b)
}

// inline is a content-stream operand: like value, but names stay names
// (a colour space operand names a resource).
func (c *artworkCopier) inline(o pdfread.Object) pdfObject {
	switch v := o.(type) {
	case pdfread.Name:
		return pdfName(v)
	case pdfread.Array:
		a := make(pdfArray, len(v))
		for i, e := range v {
			a[i] = c.inline(e)
		}
		return a
	case pdfread.Dict:
		d := make(pdfDict, 0, len(v))
		for _, k := range v.Keys() {
			d = d.with(pdfName(k), c.inline(v[k]))
		}
		return d
	}
	return c.value(o, 0)
}

// usesForbidden reports whether the artwork uses the device colour space
// the edition forbids: by name anywhere its page reaches, or through the
// operators that select it implicitly in any of its content streams.
func (c *artworkCopier) usesForbidden(pageContent []byte, resources pdfread.Dict) bool {
	forbidden := pdfread.Name(c.d.prof.Forbidden)
	fill, stroke, abbrev := pdfread.Operator("rg"), pdfread.Operator("RG"), pdfread.Name("RGB")
	if forbidden == "DeviceCMYK" {
		fill, stroke, abbrev = "k", "K", "CMYK"
	}
	usesInContent := func(data []byte) bool {
		ops, _ := pdfread.Operations(data)
		for _, op := range ops {
			if op.Op == fill || op.Op == stroke {
				return true
			}
			if op.Op == "BI" {
				d, _ := op.Operands[0].(pdfread.Dict)
				for _, k := range []pdfread.Name{"CS", "ColorSpace"} {
					if d[k] == abbrev || d[k] == forbidden {
						return true
					}
				}
			}
		}
		return false
	}
	if usesInContent(pageContent) {
		return true
	}
	seen := map[int]bool{}
	var walk func(o pdfread.Object, depth int) bool
	walk = func(o pdfread.Object, depth int) bool {
		if depth > 64 {
			return false
		}
		switch v := o.(type) {
		case pdfread.Name:
			return v == forbidden
		case pdfread.Array:
			for _, e := range v {
				if walk(e, depth+1) {
					return true
				}
			}
		case pdfread.Dict:
			for _, k := range v.Keys() {
				if t := c.src.Dict(v[k]).Name("Type"); t == "Page" || t == "Pages" || t == "Catalog" {
					continue
				}
				if walk(v[k], depth+1) {
					return true
				}
			}
		case pdfread.Ref:
			if seen[v.Num] {
				return false
			}
			seen[v.Num] = true
			return walk(c.resolve(v), depth+1)
		case *pdfread.Stream:
			if walk(v.Dict, depth+1) {
				return true
			}
			if _, image := v.Dict["Width"]; !image && v.Dict.Name("Subtype") != "Image" {
				if data, err := c.src.Decode(v); err == nil && usesInContent(data) {
					return true
				}
			}
		}
		return false
	}
	return walk(resources, 0)
}

// pdfNumber is x within the range of numbers a PDF may hold (the loader
// refuses artwork with any other, so this only guards what is written):
// NaN becomes 0, anything larger the largest.
func pdfNumber(x float64) float64 {
	switch {
	case x != x:
		return 0
	case x > pdfread.MaxNumber:
		return pdfread.MaxNumber
	case x < -pdfread.MaxNumber:
		return -pdfread.MaxNumber
	}
	return x
}
