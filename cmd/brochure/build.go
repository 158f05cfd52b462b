package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
)

const buildHelp = `Usage: brochure build [CONTENT.toml] [-o OUT.pdf] [flags]

Typesets the brochure described by CONTENT.toml into a PDF. Without a content
file it sets the built-in example. The PDF goes next to the content file
(content.toml → content.pdf), or to brochure.pdf for the example, unless -o
names another file. A failed build never leaves a partial PDF behind.

Flags:
`

// buildRequest is one build: where the content comes from and where the
// PDF goes.
type buildRequest struct {
	contentPath     string // "" for the embedded example
	outPath         string
	edition         output.Edition
	allowOutside    bool
	marks           bool
	outputCondition string
	iccProfile      []byte
}

// buildResult is what a build produced: the laid-out document, ready to
// be written as the requested edition.
type buildResult struct {
	pages    int
	warnings []layout.Warning
	layout   *layout.Document
	content  *content.Document
	options  output.Options
}

// writePDF writes the PDF, page by page, to w.
func (r *buildResult) writePDF(w io.Writer) error {
	return output.Write(w, r.layout, r.options)
}

// pdf writes the PDF into memory (for checks).
func (r *buildResult) pdf() ([]byte, error) {
	return output.Render(r.layout, r.options)
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", buildHelp, stderr)
	out := fs.String("o", "", "write the PDF to `FILE`")
	edition := fs.String("edition", "print", "`EDITION` to make: print (CMYK) or screen (RGB)")
	allowOutside := fs.Bool("allow-outside", false, "allow asset paths outside the content file's folder")
	marks := fs.Bool("marks", false, "print edition: add crop marks outside the bleed")
	icc := fs.String("icc", "", "print edition: embed this ICC output `PROFILE` (CMYK) in the output intent")
	condition := fs.String("output-condition", "FOGRA39", "print edition: the printing `CONDITION` the file is made for")
	quiet := fs.Bool("q", false, "print nothing but errors")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError{fmt.Sprintf("build takes one content file, got %d: %s", len(pos), strings.Join(pos, " "))}
	}
	req := buildRequest{outPath: *out, allowOutside: *allowOutside, marks: *marks, outputCondition: *condition}
	if *icc != "" {
		profile, err := readICCProfile(*icc)
		if err != nil {
			return err
		}
		req.iccProfile = profile
	}
	if req.edition, err = parseEdition(*edition); err != nil {
		return err
	}
	if len(pos) == 1 {
		req.contentPath = pos[0]
	}
	if req.outPath == "" {
		req.outPath = defaultOutput(req.contentPath)
	}
	if ext := filepath.Ext(req.outPath); !strings.EqualFold(ext, ".pdf") {
		return usageError{fmt.Sprintf("-o %s: the output file must end in .pdf", req.outPath)}
	}
	start := time.Now()
	res, err := build(req)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(req.outPath, res.writePDF); err != nil {
		return err
	}
	for _, w := range res.warnings {
		fmt.Fprintln(stderr, w)
	}
	if !*quiet {
		fmt.Fprintf(stdout, "wrote %s (%d pages, %s edition) in %d ms\n", req.outPath, res.pages, req.edition,
			time.Since(start).Milliseconds())
	}
	return nil
}

// parseEdition reads the -edition flag.
func parseEdition(s string) (output.Edition, error) {
	switch s {
	case "print":
		return output.Print, nil
	case "screen":
		return output.Screen, nil
	}
	return 0, usageError{fmt.Sprintf("-edition must be print or screen, not %q", s)}
}

// defaultOutput is content.toml → content.pdf beside it, or brochure.pdf
// for the example.
func defaultOutput(contentPath string) string {
	if contentPath == "" {
		return "brochure.pdf"
	}
	return strings.TrimSuffix(contentPath, filepath.Ext(contentPath)) + ".pdf"
}

// build runs the whole pipeline in memory: content → layout → output.
func build(req buildRequest) (*buildResult, error) {
	var doc *content.Document
	var err error
	contentSize := len(assets.ExampleContent)
	if req.contentPath == "" {
		doc, err = content.Parse(assets.ExampleContentName, assets.ExampleContent, content.Options{Dir: "."})
	} else {
		doc, err = content.Load(req.contentPath, content.Options{AllowOutside: req.allowOutside})
		if info, statErr := os.Stat(req.contentPath); statErr == nil {
			contentSize = int(info.Size())
		}
	}
	if err != nil {
		return nil, err
	}
	if req.edition == output.Screen {
		// The screen edition is published for screen readers: every
		// picture needs its alternate text (print warns instead, in
		// layout).
		if missing := doc.MissingAlt(); len(missing) > 0 {
			return nil, missing
		}
	}
	limitMemory(doc, contentSize)
	layout.Prepare(doc) // QR codes and hyphenation patterns, while the theme's fonts load
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		return nil, err
	}
	laid := layout.Compose(doc, th)
	date, err := sourceDate()
	if err != nil {
		return nil, err
	}
	prof, err := req.profile()
	if err != nil {
		return nil, err
	}
	opts := output.Options{Profile: prof, Creator: "brochure " + Version, Date: date}
	return &buildResult{pages: len(laid.Pages), warnings: laid.Warnings, layout: laid, content: doc, options: opts}, nil
}

// profile is the edition profile the request asks for.
func (req buildRequest) profile() (output.Profile, error) {
	if req.edition == output.Screen {
		return output.ScreenProfile(), nil
	}
	prof, err := output.PrintProfile(req.outputCondition, req.iccProfile, req.marks)
	if err != nil {
		return prof, usageError{err.Error()}
	}
	return prof, nil
}

// sourceDate reads SOURCE_DATE_EPOCH (reproducible builds): the time the
// PDF's metadata gives. Unset, the document's own date is used — never
// the clock.
func sourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 {
		return time.Time{}, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not %q", v)}
	}
	return time.Unix(secs, 0).UTC(), nil
}

// readICCProfile reads an output profile and checks it is a CMYK ICC
// profile (signature "acsp", colour space "CMYK").
func readICCProfile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) < 128 || string(data[36:40]) != "acsp" {
		return nil, fmt.Errorf("%s: not an ICC profile", path)
	}
	if string(data[16:20]) != "CMYK" {
		return nil, fmt.Errorf("%s: the profile's colour space is %q; the print edition needs a CMYK output profile", path, string(data[16:20]))
	}
	return data, nil
}
