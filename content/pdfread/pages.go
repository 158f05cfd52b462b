package pdfread

// Page is one page of the file with the attributes it inherits from the
// page tree already applied.
type Page struct {
	Ref       Ref  // the page object
	Dict      Dict // the page dictionary itself
	Resources Dict // inherited when the page has none of its own
	MediaBox  [4]float64
	// TrimBox is the trim box when the page has one, else the crop box,
	// else the media box.
	TrimBox [4]float64
	HasTrim bool // the page has a TrimBox of its own
	Rotate  int  // 0, 90, 180 or 270
}

// maxPages bounds the page tree walk.
const maxPages = 100000

// Pages walks the page tree in order. A tree that loops, or nodes that are
// not pages, make the file damaged.
func (f *File) Pages() ([]Page, error) {
	cat, err := f.Catalog()
	if err != nil {
		return nil, err
	}
	root, ok := cat["Pages"].(Ref)
	if !ok {
		return nil, damaged(-1, "the catalog has no page tree")
	}
	var pages []Page
	seen := map[int]bool{}
	type inherited struct {
		resources Object
		media     Object
		crop      Object
		rotate    Object
	}
	var walk func(ref Ref, in inherited, depth int) error
	walk = func(ref Ref, in inherited, depth int) error {
		if seen[ref.Num] {
			return damaged(-1, "the page tree refers to object %d twice", ref.Num)
		}
		if depth > 64 || len(pages) > maxPages {
			return damaged(-1, "the page tree is too deep or too large")
		}
		seen[ref.Num] = true
		node := f.Dict(ref)
		if node == nil {
			return damaged(-1, "page tree node %d cannot be read", ref.Num)
		}
		if v, ok := node["Resources"]; ok {
			in.resources = v
		}
		if v, ok := node["MediaBox"]; ok {
			in.media = v
		}
		if v, ok := node["CropBox"]; ok {
			in.crop = v
		}
		if v, ok := node["Rotate"]; ok {
			in.rotate = v
		}
		kids, isTree := f.resolveQuiet(node["Kids"]).(Array)
		if node.Name("Type") == "Pages" || (isTree && node.Name("Type") != "Page") {
			for _, k := range kids {
				kr, ok := k.(Ref)
				if !ok {
					return damaged(-1, "a page tree kid is not a reference")
				}
				if err := walk(kr, in, depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		p := Page{Ref: ref, Dict: node, Resources: f.Dict(in.resources)}
		media, ok := f.Box(in.media)
		if !ok {
			media = [4]float64{0, 0, 612, 792} // US Letter, the documented default
		}
		p.MediaBox = media
		p.TrimBox = media
		if crop, ok := f.Box(in.crop); ok {
			p.TrimBox = crop
		}
		if trim, ok := f.Box(node["TrimBox"]); ok {
			p.TrimBox, p.HasTrim = trim, true
		}
		if r, ok := f.resolveQuiet(in.rotate).(int64); ok {
			p.Rotate = int(((r%360)+360)%360) / 90 * 90
		}
		pages = append(pages, p)
		return nil
	}
	if err := walk(root, inherited{}, 0); err != nil {
		return nil, err
	}
	return pages, nil
}

// Box reads a rectangle, normalised so that [0] ≤ [2] and [1] ≤ [3].
func (f *File) Box(o Object) ([4]float64, bool) {
	var b [4]float64
	a, ok := f.resolveQuiet(o).(Array)
	if !ok || len(a) != 4 {
		return b, false
	}
	for i, v := range a {
		n, ok := Number(f.resolveQuiet(v))
		if !ok {
			return b, false
		}
		b[i] = n
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	return b, b[2] > b[0] && b[3] > b[1]
}

// ContentStreams returns the page's content streams in order (one stream
// or an array of them).
func (f *File) ContentStreams(p Page) ([]*Stream, error) {
	var out []*Stream
	add := func(o Object) error {
		v, err := f.Resolve(o)
		if err != nil {
			return err
		}
		if s, ok := v.(*Stream); ok {
			out = append(out, s)
		}
		return nil
	}
	switch c := f.resolveQuiet(p.Dict["Contents"]).(type) {
	case *Stream:
		out = append(out, c)
	case Array:
		for _, e := range c {
			if err := add(e); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
