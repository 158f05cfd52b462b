package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/build"
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

// buildRequest is one build as the command line asks for it: where the
// content comes from, where the PDF goes, and the flags of the edition.
type buildRequest struct {
	contentPath     string // "" for the embedded example
	outPath         string
	edition         build.Edition
	allowOutside    bool
	marks           bool
	outputCondition string
	iccPath         string
	iccProfile      []byte
	// fonts keeps font programs, streams the pages' compressed content
	// streams, reuse the layout's set paragraphs and content the content
	// read, between the builds of watch and serve; nil for a single
	// build.
	fonts   *output.FontCache
	streams *output.StreamCache
	reuse   *layout.Reuse
	content *content.Carry
	// collector, in watch, collects between rebuilds (rebuildgc.go).
	collector *rebuildCollector
}

// Bounds of the font programs kept between rebuilds: a brochure embeds
// a handful of faces, each some tens of kilobytes compressed, so this
// holds several edits' worth.
const (
	keptFontPrograms = 32
	keptFontBytes    = 16 << 20
)

// keptStreamBytes bounds the content streams watch and serve keep: the
// last build's pages, operators and compressed, some 37 KB a page, so
// about 1,700 pages (a longer document's later pages are compressed
// again on every build).
const keptStreamBytes = 64 << 20

// inputs is every file the build read: the content's files and the ICC
// profile.
func (req buildRequest) inputs(res *build.Result) []string {
	files := res.Content.Files()
	if req.iccPath != "" {
		files = append(files, req.iccPath)
	}
	return files
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
	res, err := buildDocument(req)
	if err != nil {
		return err
	}
	if *format != "pdf" {
		files, err := writeChosenPages(res, req, *format, *pageList, *dpi)
		if err != nil {
			return err
		}
		if !*quiet {
			printWarnings(stderr, res.Warnings())
			written := fmt.Sprintf("%d %s pages (%s … %s)", len(files), strings.ToUpper(*format), files[0], files[len(files)-1])
			if len(files) == 1 {
				written = fmt.Sprintf("1 %s page (%s)", strings.ToUpper(*format), files[0])
			}
			fmt.Fprintf(stdout, "wrote %s in %d ms\n", written, time.Since(start).Milliseconds())
		}
		return nil
	}
	return writeBuiltPDF(res, req, *quiet, start, stdout, stderr)
}

// writeBuiltPDF writes the built brochure to req.outPath, once the path
// is known to be safe (no input overwritten, not the other edition's
// file), and, unless quiet, reports it: the warnings, a note when the
// binding padded it much or a picture was set smaller or a column wide,
// and the summary line.
func writeBuiltPDF(res *build.Result, req buildRequest, quiet bool, start time.Time, stdout, stderr io.Writer) error {
	if err := checkOutputPath(req.outPath, req.inputs(res)); err != nil {
		return err
	}
	if err := otherEditionFile(req.outPath, req.contentPath, req.edition); err != nil {
		return err
	}
	if err := writeFileAtomic(req.outPath, res.WritePDFOnce); err != nil {
		return err
	}
	if !quiet {
		printWarnings(stderr, res.Warnings())
		if note := smallerNote(res.Layout.Floats); note != "" {
			fmt.Fprintln(stderr, note)
		}
		if note := columnWideNote(res.Layout.Floats, res.Layout.PictureShare); note != "" {
			fmt.Fprintln(stderr, note)
		}
		if note := fittedNote(res.Layout.Fitted, res.Pages()); note != "" {
			fmt.Fprintln(stderr, note)
		}
		if note := bindingNote(res.Layout.Binding, res.Pages(), res.Layout.PagesOf(layout.ContentsPage)); note != "" {
			fmt.Fprintln(stderr, note)
		}
		fmt.Fprintf(stdout, "wrote %s (%d pages, %s edition) in %d ms\n", req.outPath, res.Pages(), req.edition,
			time.Since(start).Milliseconds())
	}
	return nil
}

// writeChosenPages draws the pages -pages chose as PNG or SVG files.
func writeChosenPages(res *build.Result, req buildRequest, format, pageList string, dpi float64) ([]string, error) {
	pages, err := parsePages(pageList, res.Pages())
	if err != nil {
		return nil, err
	}
	return writePageImages(res, format, req.outPath, pages, dpi, req.inputs(res))
}

// flagsApply refuses a flag given for a format or edition it does not
// apply to, rather than ignoring it.
func flagsApply(fs *flag.FlagSet, format string, edition build.Edition) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		switch {
		case err != nil:
		case f.Name == "pages" && format == "pdf":
			err = usageError{"-pages applies to -format svg or png"}
		case f.Name == "dpi" && format != "png":
			err = usageError{"-dpi applies to -format png"}
		case (f.Name == "marks" || f.Name == "icc" || f.Name == "output-condition") && edition == build.Screen:
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
		fmt.Fprintf(w, "note: %s of the page make-up (%s); brochure check lists them with their places\n", faults(makeUp), layout.KindCounts(warnings, layout.WarningKind.ReadBack))
	}
}

// bindingNote tells a designer when most of the pages a bound edition
// added are empty ones: the content then runs a page or two past the
// smaller brochure it could be. When the contents page (contents, the
// pages it takes) is as much as that, it says how to leave it out.
func bindingNote(b layout.BindingPadding, pages, contents int) string {
	if b.Multiple < 2 || 2*b.Added < b.Multiple || pages <= b.Multiple {
		return ""
	}
	over := b.Multiple - b.Added
	note := fmt.Sprintf("note: %d of the %d pages are empty pages added for binding (theme page.page_multiple = %d); with %s of content less the brochure would have %d pages",
		b.Added, pages, b.Multiple, pagesWord(over), pages-b.Multiple)
	if contents >= over {
		note += fmt.Sprintf(" — the contents page is %s: table_of_contents = false under [page] in the theme leaves it out", pagesWord(contents))
	}
	return note
}

// pagesWord is „1 page“ or „2 pages“.
func pagesWord(n int) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}

// parseEdition reads the -edition flag.
func parseEdition(s string) (build.Edition, error) {
	switch s {
	case "print":
		return build.Print, nil
	case "screen":
		return build.Screen, nil
	}
	return 0, usageError{fmt.Sprintf("-edition must be print or screen, not %q", s)}
}

// defaultOutput is where an edition goes without -o: content.toml →
// content.pdf beside it for print and content-screen.pdf for screen, so
// that the two editions never replace each other; brochure.pdf and
// brochure-screen.pdf for the example. format is the file extension
// without its dot (pdf, svg, png).
func defaultOutput(contentPath string, edition build.Edition, format string) string {
	base := "brochure"
	if contentPath != "" {
		base = strings.TrimSuffix(contentPath, filepath.Ext(contentPath))
	}
	if edition == build.Screen {
		base += "-screen"
	}
	return base + "." + format
}

// buildDocument runs the build pipeline in memory for the request:
// content → layout, ready to be written and checked. The date comes from
// SOURCE_DATE_EPOCH; the collector's limit is sized to the content once
// it is read (memory.go).
func buildDocument(req buildRequest) (*build.Result, error) {
	date, err := sourceDate()
	if err != nil {
		return nil, err
	}
	res, err := build.Run(build.Request{
		ContentPath: req.contentPath, AllowOutside: req.allowOutside, Edition: req.edition,
		Printing: build.Printing{Condition: req.outputCondition, ICC: req.iccProfile, Marks: req.marks},
		Creator:  "brochure " + Version, Date: date, Loaded: req.limitMemory, Fonts: req.fonts, Streams: req.streams, Reuse: req.reuse,
		Content: req.content,
	})
	var setting build.SettingError
	if errors.As(err, &setting) {
		return nil, inputError{setting.Msg}
	}
	return res, err
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
	const lastSecond int64 = 253402300799
	if err != nil || secs < 0 || secs > lastSecond {
		return time.Time{}, inputError{fmt.Sprintf("SOURCE_DATE_EPOCH must be a number of seconds since 1970 up to the end of the year 9999 (%d), not %q", lastSecond, v)}
	}
	return time.Unix(secs, 0).UTC(), nil
}

// readICCProfile reads the output profile -icc names and checks that the
// print edition can embed it.
func readICCProfile(path string) ([]byte, error) {
	data, err := content.ReadFileLimited(path, 8<<20, "ICC profiles")
	if err != nil {
		return nil, inputError{fmt.Sprintf("-icc %s: %v", path, err)}
	}
	if err := build.CheckICCProfile(data); err != nil {
		return nil, inputError{fmt.Sprintf("-icc %s: %v", path, err)}
	}
	return data, nil
}
