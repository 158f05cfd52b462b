package main

import (
	"encoding/binary"
	"flag"
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
	"brochure/output/pageimage"
)

const buildHelp = `Usage: brochure build [CONTENT.toml] [-o OUT.pdf] [flags]

Typesets the brochure described by CONTENT.toml into a PDF. Without a content
file it sets the built-in example. The PDF goes next to the content file
(content.toml → content.pdf; with -edition screen content-screen.pdf, so
the editions never replace each other), or to brochure.pdf and
brochure-screen.pdf for the example, unless -o names another file. A
failed build never leaves a partial PDF behind.

With -format svg or png it draws the pages as images instead, one file per
page (content.toml → content-1.png, content-2.png, …; -o page.png →
page-1.png, …), from the same layout as the PDF. Page numbers are padded
to the page count's width (content-01.png of 12 pages), so the files sort
in page order.

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
	iccPath         string
	iccProfile      []byte
}

// inputs is every file the build read: the content's files and the ICC
// profile.
func (req buildRequest) inputs(res *buildResult) []string {
	files := res.content.Files()
	if req.iccPath != "" {
		files = append(files, req.iccPath)
	}
	return files
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
	quiet := fs.Bool("q", false, "print nothing but errors (no warnings, no summary)")
	format := fs.String("format", "pdf", "`FORMAT` to write: pdf, svg or png (one file per page)")
	pageList := fs.String("pages", "", "svg and png: the `PAGES` to draw, such as 1,3-4 (default all)")
	dpi := fs.Float64("dpi", 96, "png: the resolution in `DPI`")
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
		req.iccPath, req.iccProfile = *icc, profile
	}
	if req.edition, err = parseEdition(*edition); err != nil {
		return err
	}
	if len(pos) == 1 {
		req.contentPath = pos[0]
	}
	if *format != "pdf" && *format != "svg" && *format != "png" {
		return usageError{fmt.Sprintf("-format must be pdf, svg or png, not %q", *format)}
	}
	if *format == "png" && !(*dpi >= pageimage.MinDPI && *dpi <= pageimage.MaxDPI) { // NaN too
		return usageError{fmt.Sprintf("-dpi %g: expected %d to %d", *dpi, pageimage.MinDPI, pageimage.MaxDPI)}
	}
	if err := flagsApply(fs, *format, req.edition); err != nil {
		return err
	}
	if req.outPath == "" {
		req.outPath = defaultOutput(req.contentPath, req.edition, *format)
	}
	if ext := filepath.Ext(req.outPath); !strings.EqualFold(ext, "."+*format) {
		return inputError{fmt.Sprintf("-o %s: the output file must end in .%s", req.outPath, *format)}
	}
	start := time.Now()
	res, err := build(req)
	if err != nil {
		return err
	}
	if *format != "pdf" {
		pages, err := parsePages(*pageList, res.pages)
		if err != nil {
			return err
		}
		files, err := writePageImages(res, *format, req.outPath, pages, *dpi, req.inputs(res))
		if err != nil {
			return err
		}
		if !*quiet {
			printWarnings(stderr, res.warnings)
			fmt.Fprintf(stdout, "wrote %d %s pages (%s … %s) in %d ms\n", len(files), strings.ToUpper(*format), files[0], files[len(files)-1],
				time.Since(start).Milliseconds())
		}
		return nil
	}
	if err := checkOutputPath(req.outPath, req.inputs(res)); err != nil {
		return err
	}
	if err := otherEditionFile(req.outPath, req.contentPath, req.edition); err != nil {
		return err
	}
	if err := writeFileAtomic(req.outPath, res.writePDF); err != nil {
		return err
	}
	if !*quiet {
		printWarnings(stderr, res.warnings)
		fmt.Fprintf(stdout, "wrote %s (%d pages, %s edition) in %d ms\n", req.outPath, res.pages, req.edition,
			time.Since(start).Milliseconds())
	}
	return nil
}

// flagsApply refuses a flag given for a format or edition it does not
// apply to, rather than ignoring it.
func flagsApply(fs *flag.FlagSet, format string, edition output.Edition) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		switch {
		case err != nil:
		case f.Name == "pages" && format == "pdf":
			err = usageError{"-pages applies to -format svg or png"}
		case f.Name == "dpi" && format != "png":
			err = usageError{"-dpi applies to -format png"}
		case (f.Name == "marks" || f.Name == "icc" || f.Name == "output-condition") && edition == output.Screen:
			err = usageError{fmt.Sprintf("-%s applies to the print edition, not -edition screen", f.Name)}
		}
	})
	return err
}

// printWarnings prints the typesetting warnings, one a line; the faults
// of the page make-up the composition report found on the pages are
// counted in one line, since check lists them with their places.
func printWarnings(w io.Writer, warnings []layout.Warning) {
	makeUp := 0
	for _, warning := range warnings {
		if warning.Kind.ReadBack() {
			makeUp++
			continue
		}
		fmt.Fprintln(w, warning)
	}
	if makeUp > 0 {
		fmt.Fprintf(w, "note: %s of the page make-up (underfull pages, hyphens across a page turn, …); brochure check lists them\n", faults(makeUp))
	}
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

// defaultOutput is where an edition goes without -o: content.toml →
// content.pdf beside it for print and content-screen.pdf for screen, so
// that the two editions never replace each other; brochure.pdf and
// brochure-screen.pdf for the example. format is the file extension
// without its dot (pdf, svg, png).
func defaultOutput(contentPath string, edition output.Edition, format string) string {
	base := "brochure"
	if contentPath != "" {
		base = strings.TrimSuffix(contentPath, filepath.Ext(contentPath))
	}
	if edition == output.Screen {
		base += "-screen"
	}
	return base + "." + format
}

// exampleSource is what messages about the embedded example name as its
// file: no content.toml the user could look for in the current folder.
const exampleSource = "built-in example"

// build runs the whole pipeline in memory: content → layout → output.
func build(req buildRequest) (*buildResult, error) {
	var doc *content.Document
	var err error
	contentSize := len(assets.ExampleContent)
	if req.contentPath == "" {
		doc, err = content.Parse(exampleSource, assets.ExampleContent, content.Options{Dir: "."})
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
	prof, err := req.profile()
	if err != nil {
		return nil, err
	}
	if !prof.Bound {
		th.PageMultiple = 1 // only a bound edition is padded for binding
	}
	laid := layout.Compose(doc, th)
	if err := refusedBlocks(laid.Warnings); err != nil {
		return nil, err
	}
	date, err := sourceDate()
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
		return prof, inputError{err.Error()}
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
	// PDF and XMP dates have four-digit years: the last second of 9999.
	const lastSecond = 253402300799
	if err != nil || secs < 0 || secs > lastSecond {
		return time.Time{}, inputError{fmt.Sprintf("SOURCE_DATE_EPOCH must be a number of seconds since 1970 up to the end of the year 9999 (%d), not %q", lastSecond, v)}
	}
	return time.Unix(secs, 0).UTC(), nil
}

// readICCProfile reads an output profile and checks it is a CMYK output
// profile (ICC.1, 7.2–7.3): the size in its header matches the file, the
// "acsp" signature, the output ("prtr") class, the CMYK colour space, a
// tag table that fits and the A2B0 tag a colour conversion needs.
func readICCProfile(path string) ([]byte, error) {
	data, err := content.ReadFileLimited(path, 8<<20, "ICC profiles")
	if err != nil {
		return nil, inputError{fmt.Sprintf("-icc %s: %v", path, err)}
	}
	if msg := iccProblem(data); msg != "" {
		return nil, inputError{fmt.Sprintf("-icc %s: %s", path, msg)}
	}
	return data, nil
}

// iccProblem says what is wrong with an ICC output profile, or "".
func iccProblem(p []byte) string {
	if len(p) < 132 || string(p[36:40]) != "acsp" {
		return "not an ICC profile"
	}
	if size := int(binary.BigEndian.Uint32(p[0:4])); size != len(p) {
		return fmt.Sprintf("the profile says it is %d bytes, the file has %d: it is damaged", size, len(p))
	}
	if class := string(p[12:16]); class != "prtr" {
		return fmt.Sprintf("the profile's class is %q; the print edition needs an output (printer) profile", class)
	}
	if space := string(p[16:20]); space != "CMYK" {
		return fmt.Sprintf("the profile's colour space is %q; the print edition needs a CMYK output profile", space)
	}
	count := int(binary.BigEndian.Uint32(p[128:132]))
	if count < 1 || 132+12*count > len(p) {
		return "the profile's tag table is damaged"
	}
	hasA2B0 := false
	for i := 0; i < count; i++ {
		rec := p[132+12*i:]
		off, size := int(binary.BigEndian.Uint32(rec[4:8])), int(binary.BigEndian.Uint32(rec[8:12]))
		if off < 0 || size < 0 || off+size > len(p) {
			return "a tag of the profile lies outside it: it is damaged"
		}
		hasA2B0 = hasA2B0 || string(rec[0:4]) == "A2B0"
	}
	if !hasA2B0 {
		return "the profile has no A2B0 table (a colour conversion to the printing condition)"
	}
	return ""
}

// layoutRefusal lists what the layout could set only incompletely and the
// build therefore refuses: a QR code that cannot be made at the theme's
// size (layout.WarnNoQRCode). Each line names the content's key.
type layoutRefusal []layout.Warning

// Error lists the refused blocks, one a line.
func (r layoutRefusal) Error() string {
	lines := make([]string, len(r))
	for i, w := range r {
		lines[i] = w.Where + ": " + w.Msg
	}
	return strings.Join(lines, "\n")
}

// refusedBlocks returns the warnings that make a build fail, or nil.
func refusedBlocks(warnings []layout.Warning) error {
	var r layoutRefusal
	for _, w := range warnings {
		if w.Kind == layout.WarnNoQRCode {
			r = append(r, w)
		}
	}
	if len(r) == 0 {
		return nil
	}
	return r
}
