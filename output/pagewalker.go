package output

import "brochure/layout"

// pageWalker keys a document's pages (pageWalk) on a goroutine of its
// own, some pages ahead of the one being drawn, so that keying them
// takes the writing goroutine no time on a machine with a core to
// spare: the walk only reads the items. A panic while walking is
// raised again on the writing goroutine, where a build's recovery
// (watch, serve) catches it.
type pageWalker struct {
	walked  chan *walkedPage // in page order
	free    chan *walkedPage // walks drawn, whose buffers serve again
	stop    chan struct{}    // closed when the writer is done with the walks
	streams *StreamCache     // which keeps the walks' buffers between builds
}

// walkedPage is one page's walk: its key and what it gathered, whether
// the page is keyed, the page kept under its key (if any, when looked
// up), and what the walk panicked with, if it did.
type walkedPage struct {
	pageWalk
	keyed    bool
	kept     *keptPage
	panicked any
}

// walkAhead is how many pages the walker may be ahead of the writer.
const walkAhead = 16

// startWalker starts walking the pages of doc, drawn in the edition prof,
// looking each keyed page up in streams.
func startWalker(doc *layout.Document, prof Profile, streams *StreamCache) *pageWalker {
	pw := &pageWalker{walked: make(chan *walkedPage, walkAhead), free: make(chan *walkedPage, walkAhead), stop: make(chan struct{}),
		streams: streams}
	go pw.run(doc, prof)
	return pw
}

// run walks the pages in order until the last or until the writer
// stops.
func (pw *pageWalker) run(doc *layout.Document, prof Profile) {
	made := 0 // walks taken from the stream cache or made
	for i := range doc.Pages {
		var w *walkedPage
		select {
		case w = <-pw.free:
		default:
			if made < walkAhead {
				w = pw.streams.walkBuffer()
				made++
				break
			}
			select {
			case w = <-pw.free:
			case <-pw.stop:
				return
			}
		}
		w.walkPage(doc.Pages[i], prof, pw.streams)
		panicked := w.panicked != nil // w is the writer's once sent
		select {
		case pw.walked <- w:
		case <-pw.stop:
			return
		}
		if panicked {
			return
		}
	}
}

// walkPage walks page and looks it up, catching a panic.
func (w *walkedPage) walkPage(page layout.Page, prof Profile, streams *StreamCache) {
	defer func() { w.panicked = recover() }()
	w.kept = nil
	w.keyed = w.walk(page, newGeometry(page, prof), prof.Colours)
	if w.keyed {
		w.kept = streams.page(w.key)
	}
}

// next is the next page's walk, which the writer hands back (done) once
// it has drawn the page.
func (pw *pageWalker) next() *walkedPage {
	w := <-pw.walked
	if w.panicked != nil {
		panic(w.panicked)
	}
	return w
}

// done hands a walk back for another page.
func (pw *pageWalker) done(w *walkedPage) { pw.free <- w }

// close tells the walker the writer is done: it stops where it is. The
// walks handed back go back to the stream cache for the next build.
func (pw *pageWalker) close() {
	close(pw.stop)
	for {
		select {
		case w := <-pw.free:
			pw.streams.keepWalkBuffer(w)
		default:
			return
		}
	}
}
