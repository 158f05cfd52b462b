package preflight

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"brochure/content/pdfread"
	"brochure/output"
)

// The accessibility rules: the machine-checkable conditions of the
// Matterhorn Protocol (the PDF/UA-1 test suite) that the issue of
// accessible brochures names, each reported with its count of offences
// and the first of them. They read the written file only.

// standardTypes are PDF's standard structure types (ISO 32000-1, 14.8.4).
var standardTypes = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
		P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot
		Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form`) {
		standardTypes[s] = true
	}
}

// allowedKids says which elements may hold which (ISO 32000-1, 14.8.4.3;
// Matterhorn 09).
var allowedKids = map[string]map[string]bool{
	"L":     {"LI": true, "L": true, "Caption": true},
	"LI":    {"Lbl": true, "LBody": true},
	"Table": {"TR": true, "THead": true, "TBody": true, "TFoot": true, "Caption": true},
	"THead": {"TR": true}, "TBody": {"TR": true}, "TFoot": {"TR": true},
	"TR":  {"TH": true, "TD": true},
	"TOC": {"TOCI": true, "TOC": true, "Caption": true},
}

var langTag = lazyRegexp(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// element is a structure element read from the file.
type element struct {
	dict     pdfread.Dict
	role     string // after the role map
	parent   *element
	children []*element
}

// structTree reads the structure tree: its elements in document order,
// the role map applied.
func structTree(w *writtenFile) ([]*element, error) {
	cat, err := w.f.Catalog()
	if err != nil {
		return nil, err
	}
	root := w.f.Dict(cat["StructTreeRoot"])
	if root == nil {
		return nil, nil
	}
	roleMap := w.f.Dict(root["RoleMap"])
	var all []*element
	seen := map[pdfread.Ref]bool{}
	var walk func(o pdfread.Object, parent *element, depth int)
	walk = func(o pdfread.Object, parent *element, depth int) {
		if depth > 100 {
			return
		}
		if r, ok := o.(pdfread.Ref); ok {
			if seen[r] {
				return
			}
			seen[r] = true
		}
		v, _ := w.f.Resolve(o)
		switch x := v.(type) {
		case pdfread.Array:
			for _, k := range x {
				walk(k, parent, depth+1)
			}
		case pdfread.Dict:
			if x.Name("Type") == "MCR" || x.Name("Type") == "OBJR" {
				return
			}
			s := string(x.Name("S"))
			for i := 0; i < 10 && !standardTypes[s]; i++ {
				mapped := roleMap.Name(pdfread.Name(s))
				if mapped == "" {
					break
				}
				s = string(mapped)
			}
			e := &element{dict: x, role: s, parent: parent}
			if parent != nil {
				parent.children = append(parent.children, e)
			}
			all = append(all, e)
			walk(x["K"], e, depth+1)
		}
	}
	walk(root["K"], nil, 0)
	return all, nil
}

// checkAccessibility applies the accessibility rules.
func checkAccessibility(r *Report, w *writtenFile, prof output.Profile) {
	cat, err := w.f.Catalog()
	if err != nil {
		r.add("ua-tagged", Fail, "unreadable", "%v", err)
		return
	}
	elems, err := structTree(w)
	if err != nil {
		r.add("ua-tagged", Fail, "unreadable", "the structure tree cannot be read: %v", err)
		return
	}
	checkTagged(r, w, cat, elems)
	checkStructureTypes(r, elems)
	checkIdentification(r, w, cat, prof)
	rule(r, "ua-display-title", "07", "the viewer shows the document's title (DisplayDocTitle)", func(add func(string)) {
		if v, _ := w.f.Dict(cat["ViewerPreferences"])["DisplayDocTitle"].(bool); !v {
			add("ViewerPreferences DisplayDocTitle is not true")
		}
	})
	checkElements(r, cat, elems)
	checkAnnotations(r, w)
	checkFontsUnicode(r, w)
	checkFigureBoxes(r, w, elems)
}

func countRole(elems []*element, role string) int {
	n := 0
	for _, e := range elems {
		if e.role == role {
			n++
		}
	}
	return n
}

// rule runs one check and reports it: pass, or fail with the count of
// offences and the first of them. id is the Matterhorn checkpoint.
func rule(r *Report, name, id, what string, check func(add func(string))) {
	var offences []string
	check(func(s string) { offences = append(offences, s) })
	if len(offences) == 0 {
		r.add(name, Pass, "0", "%s (Matterhorn %s)", what, id)
		return
	}
	r.add(name, Fail, fmt.Sprintf("%d, first: %s", len(offences), offences[0]),
		"not every time: %s (Matterhorn %s); %d offences, the first %s", what, id, len(offences), offences[0])
}

// contentOperators are the operators that show text or paint.
var contentOperators = map[pdfread.Operator]bool{
	"Tj": true, "TJ": true, "'": true, "\"": true,
	"f": true, "F": true, "f*": true, "B": true, "B*": true, "b": true, "b*": true, "S": true, "s": true,
	"sh": true, "Do": true, "BI": true,
}

// checkTagged: the file says it is tagged, has a structure tree, and every
// operator that shows text or paints lies inside marked content that is
// either an element's (an MCID) or an artifact (Matterhorn 01-003/4/5).
func checkTagged(r *Report, w *writtenFile, cat pdfread.Dict, elems []*element) {
	rule(r, "ua-tagged", "01-003/004/005", "content tagged or marked as artifact", func(add func(string)) {
		if marked, _ := w.f.Dict(cat["MarkInfo"])["Marked"].(bool); !marked {
			add("MarkInfo Marked is not true")
		}
		if len(elems) == 0 {
			add("no structure tree")
		}
		for i, p := range w.pages {
			streams, err := w.f.ContentStreams(p)
			if err != nil {
				add(fmt.Sprintf("page %d: %v", i+1, err))
				continue
			}
			var data []byte
			for _, s := range streams {
				d, err := w.f.Decode(s)
				if err != nil {
					add(fmt.Sprintf("page %d: %v", i+1, err))
				}
				data = append(append(data, d...), '\n')
			}
			ops, err := pdfread.Operations(data)
			if err != nil {
				add(fmt.Sprintf("page %d: %v", i+1, err))
				continue
			}
			// The stack of open sequences: whether each is tagged
			// (MCID or artifact, or inside one).
			var stack []bool
			inside := func() bool { return len(stack) > 0 && stack[len(stack)-1] }
			for _, op := range ops {
				switch op.Op {
				case "BMC", "BDC":
					tagged := inside()
					if len(op.Operands) > 0 {
						if tag, _ := op.Operands[0].(pdfread.Name); tag == "Artifact" {
							tagged = true
						}
					}
					if op.Op == "BDC" && len(op.Operands) > 1 {
						if d, ok := op.Operands[1].(pdfread.Dict); ok {
							if _, has := d["MCID"]; has {
								tagged = true
							}
						}
					}
					stack = append(stack, tagged)
				case "EMC":
					if len(stack) > 0 {
						stack = stack[:len(stack)-1]
					}
				default:
					if contentOperators[op.Op] && !inside() {
						add(fmt.Sprintf("page %d: %s outside tagged content and artifacts", i+1, op.Op))
					}
				}
			}
		}
	})
}

// checkIdentification: the title in the XMP (dc:title), and the PDF/UA
// part when the edition claims PDF/UA (Matterhorn 06).
func checkIdentification(r *Report, w *writtenFile, cat pdfread.Dict, prof output.Profile) {
	rule(r, "ua-identification", "06", "title and PDF/UA identification in the XMP metadata", func(add func(string)) {
		var xmp []byte
		if st, ok := mustResolve(w.f, cat["Metadata"]).(*pdfread.Stream); ok {
			xmp, _ = w.f.Decode(st)
		}
		if !regexp.MustCompile(`<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>[^<]+</rdf:li>`).Match(xmp) {
			add("no dc:title")
		}
		if prof.PDFUA != 0 && !bytes.Contains(xmp, []byte(fmt.Sprintf("<pdfuaid:part>%d</pdfuaid:part>", prof.PDFUA))) {
			add(fmt.Sprintf("no pdfuaid:part %d", prof.PDFUA))
		}
	})
}

// checkAnnotations: pages with annotations order tabs by structure, and
// every link annotation says what it does and belongs to a Link element
// that refers back to it (Matterhorn 28).
func checkAnnotations(r *Report, w *writtenFile) {
	rule(r, "ua-annotations", "28", "annotations with /Tabs /S, /Contents and their Link element", func(add func(string)) {
		cat, _ := w.f.Catalog()
		parents := parentTree(w, w.f.Dict(w.f.Dict(cat["StructTreeRoot"])["ParentTree"]))
		for i, p := range w.pages {
			annots, _ := w.f.Resolve(p.Dict["Annots"])
			list, _ := annots.(pdfread.Array)
			if len(list) == 0 {
				continue
			}
			if p.Dict.Name("Tabs") != "S" {
				add(fmt.Sprintf("page %d: no /Tabs /S", i+1))
			}
			for _, a := range list {
				ref, _ := a.(pdfread.Ref)
				d := w.f.Dict(a)
				if d.Name("Subtype") != "Link" {
					continue
				}
				if c, _ := d["Contents"].(pdfread.String); strings.TrimSpace(string(c)) == "" {
					add(fmt.Sprintf("page %d: a link without /Contents", i+1))
				}
				key, ok := d["StructParent"].(int64)
				if !ok {
					add(fmt.Sprintf("page %d: a link without /StructParent", i+1))
					continue
				}
				elem := w.f.Dict(parents[key])
				if elem.Name("S") != "Link" || !hasOBJR(w, elem["K"], ref) {
					add(fmt.Sprintf("page %d: a link annotation whose Link element does not refer to it", i+1))
				}
			}
		}
	})
}

// parentTree reads a number tree into a map.
func parentTree(w *writtenFile, node pdfread.Dict) map[int64]pdfread.Object {
	out := map[int64]pdfread.Object{}
	var walk func(n pdfread.Dict, depth int)
	walk = func(n pdfread.Dict, depth int) {
		if n == nil || depth > 32 {
			return
		}
		if nums, ok := mustResolve(w.f, n["Nums"]).(pdfread.Array); ok {
			for k := 0; k+1 < len(nums); k += 2 {
				if key, ok := nums[k].(int64); ok {
					out[key] = nums[k+1]
				}
			}
		}
		if kids, ok := mustResolve(w.f, n["Kids"]).(pdfread.Array); ok {
			for _, kid := range kids {
				walk(w.f.Dict(kid), depth+1)
			}
		}
	}
	walk(node, 0)
	return out
}

// hasOBJR reports whether an element's kids include an object reference to
// the annotation ref.
func hasOBJR(w *writtenFile, kids pdfread.Object, ref pdfread.Ref) bool {
	v, _ := w.f.Resolve(kids)
	switch x := v.(type) {
	case pdfread.Array:
		for _, k := range x {
			if hasOBJR(w, k, ref) {
				return true
			}
		}
	case pdfread.Dict:
		if x.Name("Type") == "OBJR" {
			obj, _ := x["Obj"].(pdfread.Ref)
			return obj == ref
		}
	}
	return false
}

// checkStructureTypes: every structure element is of a standard type or
// role-mapped to one (PDF/UA-1 7.1, Matterhorn 02).
func checkStructureTypes(r *Report, elems []*element) {
	rule(r, "ua-structure-types", "02", "standard or role-mapped structure types", func(add func(string)) {
		for _, e := range elems {
			if !standardTypes[e.role] {
				add(fmt.Sprintf("structure type /%s", e.role))
			}
		}
	})
}

// checkElements applies the rules on the structure elements: nesting,
// languages, figures' alternate text and heading levels.
func checkElements(r *Report, cat pdfread.Dict, elems []*element) {
	rule(r, "ua-nesting", "09", "lists, tables and contents nested as the standard says", func(add func(string)) {
		for _, e := range elems {
			allowed, ok := allowedKids[e.role]
			if !ok {
				continue
			}
			for _, c := range e.children {
				if !allowed[c.role] {
					add(fmt.Sprintf("%s inside %s", c.role, e.role))
				}
			}
		}
	})
	rule(r, "ua-lang", "11", "the document's language, and every language tag, well-formed", func(add func(string)) {
		lang, _ := cat["Lang"].(pdfread.String)
		if !langTag().MatchString(string(lang)) {
			add(fmt.Sprintf("catalog /Lang %q", lang))
		}
		for _, e := range elems {
			if l, ok := e.dict["Lang"].(pdfread.String); ok && !langTag().MatchString(string(l)) {
				add(fmt.Sprintf("%s with /Lang %q", e.role, l))
			}
		}
	})
	rule(r, "ua-figure-alt", "13", "every figure has alternate text", func(add func(string)) {
		for _, e := range elems {
			if e.role != "Figure" {
				continue
			}
			alt, _ := e.dict["Alt"].(pdfread.String)
			actual, _ := e.dict["ActualText"].(pdfread.String)
			if strings.TrimSpace(string(alt)) == "" && strings.TrimSpace(string(actual)) == "" {
				add(fmt.Sprintf("a Figure (%d of them)", countRole(elems, "Figure")))
			}
		}
	})
	rule(r, "ua-headings", "14", "heading levels are not skipped", func(add func(string)) {
		last := 0
		for _, e := range elems {
			if len(e.role) != 2 || e.role[0] != 'H' || e.role[1] < '1' || e.role[1] > '6' {
				continue
			}
			level := int(e.role[1] - '0')
			if level > last+1 {
				add(fmt.Sprintf("H%d after H%d", level, last))
			}
			last = level
		}
	})
}

// checkFontsUnicode: every font is embedded with a Unicode mapping
// (Matterhorn 31).
func checkFontsUnicode(r *Report, w *writtenFile) {
	rule(r, "ua-fonts", "31", "every font is embedded with a Unicode mapping", func(add func(string)) {
		for _, n := range w.f.ObjectNumbers() {
			o, _ := w.f.Object(n)
			f, ok := o.(pdfread.Dict)
			if !ok || f.Name("Type") != "Font" || f.Name("Subtype") == "CIDFontType2" || f.Name("Subtype") == "CIDFontType0" {
				continue
			}
			if _, ok := f["ToUnicode"]; !ok && f.Name("Subtype") != "Type1" {
				add(fmt.Sprintf("font %s without ToUnicode", f.Name("BaseFont")))
			}
		}
	})
}
