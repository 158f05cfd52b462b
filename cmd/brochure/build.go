package main

import (
	"fmt"
	"io"
	"path/filepath"
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
	contentPath  string // "" for the embedded example
	outPath      string
	edition      output.Edition
	allowOutside bool
}

// buildResult is what a build produced.
type buildResult struct {
	pdf      []byte
	pages    int
	warnings []layout.Warning
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", buildHelp, stderr)
	out := fs.String("o", "", "write the PDF to `FILE`")
	edition := fs.String("edition", "print", "`EDITION` to make: print (CMYK) or screen (RGB)")
	allowOutside := fs.Bool("allow-outside", false, "allow asset paths outside the content file's folder")
	quiet := fs.Bool("q", false, "print nothing but errors")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError{fmt.Sprintf("build takes one content file, got %d: %s", len(pos), strings.Join(pos, " "))}
	}
	req := buildRequest{outPath: *out, allowOutside: *allowOutside}
	switch *edition {
	case "print":
		req.edition = output.Print
	case "screen":
		req.edition = output.Screen
	default:
		return usageError{fmt.Sprintf("-edition must be print or screen, not %q", *edition)}
	}
	if len(pos) == 1 {
		req.contentPath = pos[0]
	}
	if req.outPath == "" {
		req.outPath = defaultOutput(req.contentPath)
	}
	start := time.Now()
	res, err := build(req)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(req.outPath, res.pdf); err != nil {
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
	if req.contentPath == "" {
		doc, err = content.Parse(assets.ExampleContentName, assets.ExampleContent, content.Options{Dir: "."})
	} else {
		doc, err = content.Load(req.contentPath, content.Options{AllowOutside: req.allowOutside})
	}
	if err != nil {
		return nil, err
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		return nil, err
	}
	laid := layout.Compose(doc, th)
	pdf, err := output.Render(laid, output.Options{Edition: req.edition, Creator: "brochure " + Version})
	if err != nil {
		return nil, err
	}
	return &buildResult{pdf: pdf, pages: len(laid.Pages), warnings: laid.Warnings}, nil
}
