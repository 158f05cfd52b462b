package output

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"runtime"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// layoutOf composes the content src, afresh each time (new items and
// structure elements).
func layoutOf(t *testing.T, src []byte) *layout.Document {
	t.Helper()
	doc, err := content.Parse(assets.ExampleContentName, src, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Compose(doc, th, layout.Options{Bound: true})
}

// TestPagesTakenEqualDrawn: a build through a stream cache that took
// the pages a build before drew of the same content, composed again
// (new items, new structure elements), writes the bytes a build without
// the cache writes, in both editions; it takes every page but those
// with a picture, which are drawn.
func TestPagesTakenEqualDrawn(t *testing.T) {
	for _, prof := range []Profile{printOptions(t).Profile, ScreenProfile()} {
		c := NewStreamCache(64 << 20)
		first := layoutOf(t, assets.ExampleContent)
		if _, err := Render(first, Options{Profile: prof, Streams: c}); err != nil {
			t.Fatal(err)
		}
		if c.PagesTaken() != 0 {
			t.Fatalf("%d pages taken by the first build", c.PagesTaken())
		}
		want, err := Render(layoutOf(t, assets.ExampleContent), Options{Profile: prof})
		if err != nil {
			t.Fatal(err)
		}
		again := layoutOf(t, assets.ExampleContent)
		got, err := Render(again, Options{Profile: prof, Streams: c})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: the build that took pages differs from one that drew them", prof.Version)
		}
		pictures := 0
		for _, p := range again.Pages {
			for _, it := range p.Items {
				if _, ok := it.(*typeset.Picture); ok {
					pictures++
					break
				}
			}
		}
		if taken := c.PagesTaken(); taken != len(again.Pages)-pictures || taken == 0 {
			t.Errorf("%s: %d of %d pages taken, %d with pictures", prof.Version, taken, len(again.Pages), pictures)
		}
	}
}

// TestPageWithOtherFontNamesIsDrawn: a page keyed as a page before but
// whose fonts were named otherwise (first drawn in another order on
// the pages before it) is drawn, not taken: its stream names its fonts.
// It is kept as drawn then, and taken by the next build. (The first
// page is taken: another face, but under the same name, F1.)
func TestPageWithOtherFontNamesIsDrawn(t *testing.T) {
	regular, bold := fonts.Sans().Face(fonts.Regular), fonts.Sans().Face(fonts.Bold)
	run := func(f *fonts.Face, y float64) *typeset.GlyphRun {
		return &typeset.GlyphRun{X: typeset.MM(20), Y: typeset.MM(y), Face: f, Size: typeset.Pt(10), Text: "Wort", Colour: typeset.Black}
	}
	doc := func(firstFace *fonts.Face) *layout.Document {
		d := onePage(run(firstFace, 30))
		d.Pages = append(d.Pages, layout.Page{Width: d.Pages[0].Width, Height: d.Pages[0].Height,
			Items: []typeset.Item{run(bold, 40), run(regular, 50)}})
		return d
	}
	c := NewStreamCache(64 << 20)
	opts := printOptions(t)
	opts.Streams = c
	if _, err := Render(doc(regular), opts); err != nil { // bold is F2
		t.Fatal(err)
	}
	got, err := Render(doc(bold), opts) // bold is F1: the second page is keyed alike
	if err != nil {
		t.Fatal(err)
	}
	want, err := Render(doc(bold), printOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("a page taken with fonts named otherwise: the file differs from one drawn")
	}
	if c.PagesTaken() != 1 {
		t.Errorf("%d pages taken, want 1", c.PagesTaken())
	}
	if _, err := Render(doc(bold), opts); err != nil {
		t.Fatal(err)
	}
	if c.PagesTaken() != 2 {
		t.Errorf("%d pages taken by the same build again, want 2", c.PagesTaken())
	}
}

// unkeyedFields are the fields of items that drawing a page does not read
// into its stream, so a page key leaves them out: a run's width and
// hyphen (the breaker's), its language (the structure's), a link's
// whole (its annotation is written from this build's link), a mark's
// whole (it draws nothing).
var unkeyedFields = map[string]bool{
	"GlyphRun.Face":  true, // by its place among the page's faces, its name checked (takePage)
	"GlyphRun.Width": true, "GlyphRun.HyphenInserted": true, "GlyphRun.Extra.Lang": true,
	"LinkArea.X": true, "LinkArea.Y": true, "LinkArea.W": true, "LinkArea.H": true, "LinkArea.URL": true,
	"LinkArea.Page": true, "LinkArea.TargetY": true, "LinkArea.Elem": true,
	"Mark.Kind": true, "Mark.X": true, "Mark.Y": true, "Mark.W": true, "Mark.H": true, "Mark.Face": true,
	"Mark.Italic": true, "Mark.Label": true,
}

// TestPageKeyCoversDrawnFields: changing any field of an item that
// drawing reads changes its page's key (of one of the items tried: an
// element's run ignores its artifact kind), down to the fields of a
// run's extra and of colours; only unkeyedFields do not. A field added
// to an item must be keyed or listed there. A structure element enters
// the key by its role, a face by its place among the page's faces.
func TestPageKeyCoversDrawnFields(t *testing.T) {
	said := "Wort"
	elem := &typeset.StructElement{Role: typeset.RoleP}
	items := []typeset.Item{
		&typeset.GlyphRun{X: 1, Y: 2, Face: fonts.Sans().Face(fonts.Regular), Size: 3, Text: "Wo", Colour: typeset.Black,
			Tracking: 4, HScale: 5, Width: 6, SpaceAfter: 7, Elem: elem,
			Extra: &typeset.RunExtra{Kern: []int{8, 9}, ActualText: &said, Lang: "en"}},
		&typeset.GlyphRun{X: 1, Y: 2, Face: fonts.Sans().Face(fonts.Regular), Size: 3, Text: "Wo", Colour: typeset.Black,
			Artifact: typeset.PaginationArtifact},
		&typeset.Rule{X: 1, Y: 2, W: 3, H: 4, Colour: typeset.Black, Elem: elem},
		&typeset.Rule{X: 1, Y: 2, W: 3, H: 4, Colour: typeset.Black, Artifact: typeset.PaginationArtifact},
		&typeset.Polygon{Points: []typeset.Vertex{{X: 1, Y: 2}, {X: 3, Y: 4}, {X: 5, Y: 6}}, Colour: typeset.Black, Elem: elem},
		&typeset.QRCode{X: 1, Y: 2, Module: 3, Modules: [][]bool{{true, false}, {false, true}}, Colour: typeset.Black, Elem: elem},
		&typeset.LinkArea{X: 1, Y: 2, W: 3, H: 4, URL: "https://example.org", Page: 5, TargetY: 6, Elem: elem},
		&typeset.Mark{Kind: "k", X: 1, Y: 2, W: 3, H: 4, Face: "f", Italic: true, Label: "l"},
	}
	key := func(it typeset.Item) string {
		var w pageWalk
		if !w.walk(layout.Page{Items: []typeset.Item{it}}, geometry{}, ProcessCMYK) {
			t.Fatalf("%T is not keyed", it)
		}
		return string(w.key)
	}
	changes := map[string]bool{} // by field: whether changing it changed a key
	for _, it := range items {
		base := key(it)
		v := reflect.ValueOf(it).Elem()
		eachField(v, v.Type().Name(), func(name string, change func()) {
			copied := reflect.New(v.Type())
			copied.Elem().Set(v)
			// A copy whose pointers and slices are new too, changed.
			eachField(copied.Elem(), v.Type().Name(), func(n string, ch func()) {
				if n == name {
					ch()
				}
			})
			changes[name] = changes[name] || key(copied.Interface().(typeset.Item)) != base
		})
	}
	for name, changed := range changes {
		if changed == unkeyedFields[name] {
			t.Errorf("%s: changing it changes the key: %v", name, changed)
		}
	}
	if len(changes) < 40 {
		t.Errorf("%d fields tried", len(changes))
	}
}

// TestPageKeyRunsBeyond32Bits: a run's numbers are keyed in 32 bits
// where they fit them; a length that does not fit is keyed whole, so
// runs that differ only above the 32 bits do not share a key.
func TestPageKeyRunsBeyond32Bits(t *testing.T) {
	key := func(g typeset.GlyphRun) string {
		var w pageWalk
		if !w.walk(layout.Page{Items: []typeset.Item{&g}}, geometry{}, ProcessCMYK) {
			t.Fatal("the run is not keyed")
		}
		return string(w.key)
	}
	base := typeset.GlyphRun{X: 5, Y: 5, Size: 5, SpaceAfter: 5, Face: fonts.Sans().Face(fonts.Regular), Text: "Wo"}
	far := typeset.Scaled(5 + 1<<32)
	for name, set := range map[string]func(*typeset.GlyphRun){
		"X": func(g *typeset.GlyphRun) { g.X = far }, "Y": func(g *typeset.GlyphRun) { g.Y = far },
		"Size": func(g *typeset.GlyphRun) { g.Size = far }, "SpaceAfter": func(g *typeset.GlyphRun) { g.SpaceAfter = far },
	} {
		g := base
		set(&g)
		if key(g) == key(base) {
			t.Errorf("%s 5 and 5 + 2³² give one key", name)
		}
	}
}

// eachField calls f with the name and a change of every field of the
// struct v (settable), into structs and what pointers point to; a
// change sets a new value (a new pointer, a new slice) and leaves what v
// pointed to alone.
func eachField(v reflect.Value, prefix string, f func(name string, change func())) {
	for k := range v.NumField() {
		field, name := v.Field(k), prefix+"."+v.Type().Field(k).Name
		switch field.Kind() {
		case reflect.Struct:
			eachField(field, name, f)
			continue
		case reflect.Pointer:
			if field.Type().Elem().Kind() == reflect.Struct && field.Type() != reflect.TypeFor[*fonts.Face]() {
				if field.Type() == reflect.TypeFor[*typeset.StructElement]() {
					f(name, func() { field.Set(reflect.ValueOf(&typeset.StructElement{Role: typeset.RoleH1})) })
					continue
				}
				if field.IsNil() {
					continue // its fields are tried where it is set
				}
				inner := reflect.New(field.Type().Elem())
				inner.Elem().Set(field.Elem())
				eachField(inner.Elem(), name, func(n string, ch func()) {
					f(n, func() { field.Set(inner); ch() })
				})
				continue
			}
		}
		f(name, func() { field.Set(changedValue(field)) })
	}
}

// changedValue is a value of v's type other than v's.
func changedValue(v reflect.Value) reflect.Value {
	n := reflect.New(v.Type()).Elem()
	switch v.Kind() {
	case reflect.Int, reflect.Int16, reflect.Int32, reflect.Int64:
		n.SetInt(v.Int() + 1)
	case reflect.Uint8:
		n.SetUint(v.Uint() + 1)
	case reflect.Bool:
		n.SetBool(!v.Bool())
	case reflect.String:
		n.SetString(v.String() + "x")
	case reflect.Pointer:
		switch p := v.Interface().(type) {
		case *fonts.Face:
			n.Set(reflect.ValueOf(fonts.Serif().Face(fonts.Bold)))
		case *string:
			s := *p + "x"
			n.Set(reflect.ValueOf(&s))
		default:
			panic("no change for " + v.Type().String())
		}
	case reflect.Slice:
		n.Set(reflect.AppendSlice(reflect.MakeSlice(v.Type(), 0, v.Len()), v))
		if n.Len() > 0 && n.Index(0).Kind() == reflect.Slice { // QR rows: flip a module
			row := reflect.AppendSlice(reflect.MakeSlice(n.Index(0).Type(), 0, 2), n.Index(0))
			row.Index(0).SetBool(!row.Index(0).Bool())
			n.Index(0).Set(row)
		} else {
			n.Set(reflect.Append(n, reflect.Zero(v.Type().Elem())))
		}
	default:
		panic("no change for " + v.Type().String())
	}
	return n
}

// TestOwnCIDIsCID: ownCID says exactly which characters the embedded
// font draws with their code point as their CID, leaving its others
// alone.
func TestOwnCIDIsCID(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		e := newEmbeddedFont(nil, "F1")
		cid := e.cid(r)
		own := cid == uint16(r) && len(e.others) == 0 && uint32(r) <= 0xFFFF
		if own != ownCID(r) {
			t.Fatalf("U+%04X: ownCID %v, the font's CID %#x", r, ownCID(r), cid)
		}
	}
}

// TestWalkPanicReachesTheWriter: a panic while a page is keyed, on the
// walker's goroutine, is raised on the goroutine that writes, where a
// build's recovery (watch, serve) catches it, not past it.
func TestWalkPanicReachesTheWriter(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a page that cannot be walked wrote without a panic")
		}
	}()
	opts := printOptions(t)
	opts.Streams = NewStreamCache(1 << 20)
	_, _ = Render(onePage((*typeset.GlyphRun)(nil)), opts)
}

// TestModulesKeyedEightToAByte: a QR symbol's modules enter a page key
// as its rows' lengths and each row's modules eight to a byte, the first
// module in the lowest bit, a row's last byte holding what is left: rows
// of every length from none to three bytes and one, in every pattern a
// seeded draw gives, key as that rule says, and two symbols that differ
// in one module key apart.
func TestModulesKeyedEightToAByte(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 1))
	for n := range 26 {
		rows := make([][]bool, 3)
		for i := range rows {
			rows[i] = make([]bool, n)
			for k := range rows[i] {
				rows[i][k] = r.IntN(2) == 0
			}
		}
		want := []byte{3}
		for _, cols := range rows {
			want = append(want, byte(n))
			for k := 0; k < n; k += 8 {
				var acc byte
				for j := k; j < n && j < k+8; j++ {
					if cols[j] {
						acc += 1 << (j - k)
					}
				}
				want = append(want, acc)
			}
		}
		if got := appendKeyModules([]byte{9}, rows); !bytes.Equal(got, append([]byte{9}, want...)) {
			t.Fatalf("rows of %d modules: key % x, want % x", n, got[1:], want)
		}
		if n > 0 {
			before := appendKeyModules(nil, rows)
			rows[1][n-1] = !rows[1][n-1]
			if bytes.Equal(appendKeyModules(nil, rows), before) {
				t.Fatalf("rows of %d modules: the last module of a row changed, the key did not", n)
			}
		}
	}
}

// TestKeptPagesHoldTheirCharactersOnly: a page kept in the stream cache
// holds the set of characters each face drew, not the arrays they were
// gathered in, repeats and all (several times larger on a page of text,
// held for as long as the cache kept the page, and not counted by its
// bound): the heap the kept characters hold is about their number.
func TestKeptPagesHoldTheirCharactersOnly(t *testing.T) {
	c := NewStreamCache(64 << 20)
	if _, err := Render(layoutOf(t, assets.ExampleContent), Options{Profile: printOptions(t).Profile, Streams: c}); err != nil {
		t.Fatal(err)
	}
	if len(c.pages) == 0 {
		t.Fatal("no page kept")
	}
	held := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.GC() // and what pools held (sync.Pool keeps it a collection longer)
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	chars := 0
	for _, p := range c.pages {
		for _, rs := range p.chars {
			chars += len(rs)
		}
	}
	before := held()
	for _, p := range c.pages {
		clear(p.chars)
	}
	freed := int64(before) - int64(held())
	runtime.KeepAlive(c) // the streams and keys it holds are not counted
	// Arrays are rounded up to a size class (at most an eighth here).
	if freed > int64(4*chars+4*chars/4+4096) {
		t.Errorf("the kept pages' %d characters held %d bytes", chars, freed)
	}
}
