package content

import (
	"bufio"
	"bytes"
	"fmt"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
	"github.com/phpdave11/gofpdi"
)

// Image is a picture or logo the brochure places: a JPEG or PNG file, or
// (for logos) the first page of a PDF file.
type Image struct {
	File    string // as written in the content
	Path    string // resolved file path
	Caption string
	Credit  string
	Format  string // "jpeg", "png" or "pdf"
	// Pixel size of a raster image; 0 for PDF.
	WidthPx, HeightPx int
	// Natural size in points of a PDF page (its trim or media box); 0 for
	// raster images.
	WidthPt, HeightPt float64
	// ColourModel of a raster image: "rgb", "gray", "cmyk" or "paletted".
	ColourModel string
	// PDFBox is the page box a PDF logo is placed by: its trim box if it
	// has one, else its media box.
	PDFBox string
	// PDFData is a PDF logo rewritten into the plain form the importer
	// reads safely.
	PDFData []byte
}

// Limits on images, against mistakes and hostile files (decompression
// bombs declare enormous sizes in a small file).
const (
	MaxImageSide  = 10000    // pixels
	MaxImageBytes = 50 << 20 // bytes
)

// probeImage reads an image file's header: its format, size and colour
// model, without decoding the pixels.
func probeImage(path string) (*Image, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	if info.Size() > MaxImageBytes {
		return nil, fmt.Errorf("is %d MB; images may be at most %d MB", info.Size()>>20, MaxImageBytes>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	img := &Image{Path: path}
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG")):
		img.Format = "png"
		cfg, err := png.DecodeConfig(f)
		if err != nil {
			return nil, fmt.Errorf("is not a readable PNG: %v", err)
		}
		img.WidthPx, img.HeightPx, img.ColourModel = cfg.Width, cfg.Height, colourModelName(cfg.ColorModel)
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8}):
		img.Format = "jpeg"
		cfg, err := jpeg.DecodeConfig(f)
		if err != nil {
			return nil, fmt.Errorf("is not a readable JPEG: %v", err)
		}
		img.WidthPx, img.HeightPx, img.ColourModel = cfg.Width, cfg.Height, colourModelName(cfg.ColorModel)
	case bytes.HasPrefix(head, []byte("%PDF")):
		img.Format = "pdf"
		if err := probePDF(path, img); err != nil {
			return nil, err
		}
		return img, nil
	default:
		return nil, fmt.Errorf("is neither a PNG, a JPEG nor a PDF file")
	}
	if img.WidthPx < 1 || img.HeightPx < 1 || img.WidthPx > MaxImageSide || img.HeightPx > MaxImageSide {
		return nil, fmt.Errorf("is %d × %d pixels; images may have at most %d pixels a side", img.WidthPx, img.HeightPx, MaxImageSide)
	}
	return img, nil
}

func colourModelName(m color.Model) string {
	switch m {
	case color.GrayModel, color.Gray16Model:
		return "gray"
	case color.CMYKModel:
		return "cmyk"
	}
	if _, ok := m.(color.Palette); ok {
		return "paletted"
	}
	return "rgb"
}

// probePDF reads a PDF logo: pdfcpu (which returns errors where other
// readers loop or crash on damaged files) rewrites it into a plain form —
// a classic cross-reference table, no object streams — that the importer
// used for drawing reads reliably, and that copy is kept for output. The
// page count and size come from the rewritten copy.
func probePDF(path string, img *Image) (err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s", describeReadError(err))
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("is not a PDF file that can be read: %v", r)
		}
	}()
	plain, pages, err := rewritePDF(data)
	if err != nil {
		return fmt.Errorf("is not a PDF file that can be read: %v", firstLine(err))
	}
	if pages != 1 {
		return fmt.Errorf("has %d pages; a logo must be a one-page PDF", pages)
	}
	imp := gofpdi.NewImporter()
	var rs io.ReadSeeker = bytes.NewReader(plain)
	imp.SetSourceStream(&rs)
	boxes := imp.GetPageSizes()[1]
	for _, name := range []string{"/TrimBox", "/MediaBox"} {
		if box := boxes[name]; box["w"] > 0 && box["h"] > 0 {
			img.WidthPt, img.HeightPt, img.PDFBox = box["w"], box["h"], name
			img.PDFData = plain
			return nil
		}
	}
	return fmt.Errorf("has no page size")
}

// firstLine shortens a library's error to its first line.
func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// rewritePDF reads, validates (leniently) and rewrites a PDF with a
// classic cross-reference table and no object streams, and counts its
// pages — what pdfcpu's Optimize command does, without its command layer
// (whose dependencies cost 50 ms at every program start).
func rewritePDF(data []byte) ([]byte, int, error) {
	model.ConfigPath = "disable" // never read or create a configuration in the user's home
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	ctx, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err != nil {
		return nil, 0, err
	}
	if err := validate.XRefTable(ctx); err != nil {
		return nil, 0, err
	}
	if err := pdfcpu.OptimizeXRefTable(ctx); err != nil {
		return nil, 0, err
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return nil, 0, err
	}
	if err := w.Flush(); err != nil {
		return nil, 0, err
	}
	return out.Bytes(), ctx.PageCount, nil
}

// image reads an image reference: the file must exist, stay in the
// content folder (unless allowed otherwise) and have a usable format.
func (d *decoder) image(path, file string, formats []string, opts Options) *Image {
	// First where it is (a path may not leave the folder), then what it
	// is, then whether it is there.
	if err := checkFolder(opts.Dir, file, opts.AllowOutside); err != nil {
		d.errorf(path, "%v", err)
		return nil
	}
	ext := strings.ToLower(filepath.Ext(file))
	if !contains(formats, ext) {
		d.errorf(path, "%q: unsupported file type %q (expected %s)", file, ext, strings.Join(formats, ", "))
		return nil
	}
	full, err := ResolveAsset(opts.Dir, file, opts.AllowOutside)
	if err != nil {
		d.errorf(path, "%v", err)
		return nil
	}
	img, err := probeImage(full)
	if err != nil {
		d.errorf(path, "%q %v", file, err)
		return nil
	}
	if img.Format == "pdf" && !contains(formats, ".pdf") {
		d.errorf(path, "%q: a PDF is accepted only for logos", file)
		return nil
	}
	img.File = file
	return img
}
