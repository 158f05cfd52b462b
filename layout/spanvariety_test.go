package layout

import (
	"math/rand/v2"
	"testing"
)

// TestPicturesAcrossTheColumnsOnGeneratedEvents: sixteen generated events
// in two columns — three to seven talks of one to eight paragraphs, each
// with up to three pictures asked across the columns of every shape the
// test pictures have (a panorama 3:1, a landscape 3:2, a portrait 2:3) —
// composed in both editions, never print content past the type area's
// foot or text over text (the composition report's own guards of the
// make-up, WarnPastTypeArea and WarnOverprint), print every picture
// once (event 14 printed one twice and another never, when a float
// refused at a shortened column's top let the next of its class stand
// first), and set a picture a column wide for want of room on a page of
// its section's text or the page after. A seeded generator: the same
// events on every run.
func TestPicturesAcrossTheColumnsOnGeneratedEvents(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2026))
	shapes := []string{"pano.png", "land.png", "tall.png"}
	for n := 0; n < 16; n++ {
		sections := make([]spanSection, 3+rng.IntN(5))
		for i := range sections {
			sections[i].paras = 1 + rng.IntN(8)
			for k := rng.IntN(4); k > 0; k-- {
				sections[i].images = append(sections[i].images, shapes[rng.IntN(len(shapes))])
			}
		}
		doc, th := spanEvent(t, sections...)
		for _, opts := range []Options{bound, {}} {
			d := Compose(doc, th, opts)
			for _, w := range d.Warnings {
				if w.Kind == WarnPastTypeArea || w.Kind == WarnOverprint {
					t.Errorf("event %d %v, bound %v: %s", n, sections, opts.Bound, w)
				}
			}
			if got, want := picturesPrinted(d), picturesIn(sections); got != want {
				t.Errorf("event %d %v, bound %v: %d pictures printed once, want %d", n, sections, opts.Bound, got, want)
			}
			for _, f := range d.Floats {
				if f.InColumn == NoRoomAcross && f.Page > f.Due()+1 {
					t.Errorf("event %d %v, bound %v: %s set a column wide on page %d, its text's end on page %d", n, sections, opts.Bound, f.Where, f.Page, f.AnchorPage)
				}
			}
		}
	}
}

// picturesPrinted counts the pictures on d's pages that are printed
// once; one printed twice does not count.
func picturesPrinted(d *Document) int {
	seen := map[*Picture]int{}
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*Picture); ok && pic.Elem != nil {
				seen[pic]++
			}
		}
	}
	once := 0
	for _, n := range seen {
		if n == 1 {
			once++
		}
	}
	return once
}

// picturesIn counts the pictures of generated sections.
func picturesIn(sections []spanSection) int {
	n := 0
	for _, s := range sections {
		n += len(s.images)
	}
	return n
}
