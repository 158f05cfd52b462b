package build

import (
	"io"
	"os"
	"time"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/preflight"
)

// ExampleSource is what messages about the built-in example name as its
// file: no content.toml the user could look for in the current folder.
const ExampleSource = "built-in example"

// Request is one build: where the content comes from, the edition and
// what the written file says about itself.
type Request struct {
	// ContentPath is the content file; "" sets the built-in example.
	ContentPath string
	// AllowOutside lets the content name assets outside its folder.
	AllowOutside bool
	Edition      Edition
	// Printing is the print edition's printing condition; the screen
	// edition ignores it.
	Printing Printing
	// Creator and Date are written into the file's metadata; a zero
	// Date is the document's own date.
	Creator string
	Date    time.Time
	// Loaded, if set, is called once the content is read and checked,
	// before it is laid out, with the content file's size (the command
	// sizes its memory limit to it).
	Loaded func(doc *content.Document, contentSize int)
	// Fonts, when set, keeps font programs from one build to the next
	// (watch and serve, which rebuild after every edit).
	Fonts *output.FontCache
	// Streams, when set, keeps the pages' compressed content streams
	// from one build to the next (watch and serve).
	Streams *output.StreamCache
	// Reuse, when set, carries layout work (the hyphenator's words) from
	// one build to the next.
	Reuse *layout.Reuse
	// Content, when set, keeps the content read, so that the next build
	// decodes again only the section an edit changed (content.Carry).
	Content *content.Carry
}

// Printing is the printing condition the print edition is made for.
type Printing struct {
	// Condition is the output condition identifier ("" or "FOGRA39":
	// the built-in FOGRA39 profile).
	Condition string
	// ICC is the condition's CMYK output profile, checked with
	// CheckICCProfile; nil for the built-in one.
	ICC []byte
	// Marks adds crop marks outside the bleed.
	Marks bool
}

// Result is what a build produced: the content it read and the laid-out
// document, ready to be written and checked as its edition.
type Result struct {
	Edition Edition
	Content *content.Document
	Layout  *layout.Document
	// Output are the writer's options: the edition's profile, creator
	// and date.
	Output output.Options
	// Expect is what preflight checks the written file against.
	Expect preflight.Expectations
}

// Warnings are the layout's warnings, in the order of the content.
func (r *Result) Warnings() []layout.Warning { return r.Layout.Warnings }

// Pages is the number of pages laid out.
func (r *Result) Pages() int { return len(r.Layout.Pages) }

// WritePDF writes the PDF, page by page, to w.
func (r *Result) WritePDF(w io.Writer) error { return output.Write(w, r.Layout, r.Output) }

// WritePDFOnce writes the PDF as WritePDF does, letting go of each
// page's items once it is written: the memory of a long document shrinks
// as it is written. The pages cannot be written, drawn or checked again;
// Warnings and Pages still answer.
func (r *Result) WritePDFOnce(w io.Writer) error {
	opts := r.Output
	opts.Release = true
	return output.Write(w, r.Layout, opts)
}

// PDF writes the PDF into memory.
func (r *Result) PDF() ([]byte, error) { return output.Render(r.Layout, r.Output) }

// Check runs preflight on pdf, the file written from this result, with
// the edition's expectations.
func (r *Result) Check(pdf []byte) preflight.Report { return preflight.Run(r.Layout, pdf, r.Expect) }

// Run builds in memory: it reads and checks the content for the
// edition, lays it out with the edition's options and prepares the
// writer's options. Nothing is written.
func Run(req Request) (*Result, error) {
	doc, size, err := load(req)
	if err != nil {
		return nil, err
	}
	if err := req.Edition.checkContent(doc); err != nil {
		return nil, err
	}
	if req.Loaded != nil {
		req.Loaded(doc, size)
	}
	layout.Prepare(doc) // QR codes and hyphenation patterns, while the theme's fonts load
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		return nil, err
	}
	prof, err := req.Edition.profile(req.Printing)
	if err != nil {
		return nil, err
	}
	opts := req.Edition.layoutOptions(th)
	opts.Reuse = req.Reuse
	laid := layout.Compose(doc, th, opts)
	if err := refusedBlocks(laid.Warnings); err != nil {
		return nil, err
	}
	if req.ContentPath == "" {
		laid.Warnings = withoutSuppliedFiles(laid.Warnings)
	}
	return &Result{
		Edition: req.Edition, Content: doc, Layout: laid,
		Output: output.Options{Profile: prof, Creator: req.Creator, Date: req.Date, Fonts: req.Fonts, Streams: req.Streams},
		Expect: req.Edition.expectations(prof),
	}, nil
}

// load reads the content (the built-in example without a path) and
// returns it with the size of its file.
func load(req Request) (*content.Document, int, error) {
	if req.ContentPath == "" {
		doc, err := content.Parse(ExampleSource, assets.ExampleContent, content.Options{Dir: "."})
		return doc, len(assets.ExampleContent), err
	}
	load := content.Load
	if req.Content != nil {
		load = req.Content.Load
	}
	doc, err := load(req.ContentPath, content.Options{AllowOutside: req.AllowOutside})
	if err != nil {
		return nil, 0, err
	}
	size := len(assets.ExampleContent)
	if info, err := os.Stat(req.ContentPath); err == nil {
		size = int(info.Size())
	}
	return doc, size, nil
}
