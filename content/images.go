package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"brochure/content/imagefile"
	"brochure/content/pdfread"
)

// Image is a picture or logo the brochure places: a JPEG or PNG file, or
// (for logos) the first page of a PDF file.
type Image struct {
	File    string // as written in the content
	Path    string // resolved file path
	Where   string // "content.toml:12:3: sections[0].images[1].file", for later messages
	Caption string
	Credit  string
	// CaptionCredit is the credit the caption carried at its end as well
	// as credit = („Foto: Max Muster“), taken out of Caption so the
	// credit is printed once; CaptionAt is the caption's key, for the
	// warning that says so. Both "" for a caption without it.
	CaptionCredit, CaptionAt string
	// Width is how wide a section's picture is set: "auto" (none
	// given: the layout decides), "measure", "half", "type-area" (across
	// all columns), "full-bleed", or WidthAt points ("length").
	Width   string
	WidthAt float64
	// Alt is the image's alternate description for screen readers, as the
	// content gives it ("" when it gives none).
	Alt    string
	Format string // "jpeg", "png" or "pdf"
	// needsAlt, for a picture of a section (which has no other text to
	// stand for it), is where its entry is, so a missing alt can be
	// reported there.
	needsAlt *Diagnostic
	// Raster is what a JPEG's or PNG's headers say; nil for PDF.
	Raster *imagefile.Info
	// Pixel size of a raster image as shown (after its EXIF orientation);
	// 0 for PDF.
	WidthPx, HeightPx int
	// Natural size in points of a PDF page as shown (its trim box, else
	// its media box, after the page's rotation); 0 for raster images.
	WidthPt, HeightPt float64
	// PDF is an opened PDF logo and Page its only page, whose content and
	// resources output copies.
	PDF  *pdfread.File
	Page pdfread.Page
}

// PixelWidth is a raster image's width in pixels as shown, 0 for PDF
// artwork (and for no image): what a placed picture's resolution is
// computed from. It makes an Image the source of a page's picture.
func (im *Image) PixelWidth() int {
	if im == nil {
		return 0
	}
	return im.WidthPx
}

// Limits on images, against mistakes and hostile files (decompression
// bombs declare enormous sizes in a small file). They are checked from the
// headers, before anything is decoded.
const (
	MaxImageSide  = 20000    // pixels
	MaxImageBytes = 50 << 20 // bytes of the file
	// MaxDecodedBytes is the memory a PNG may take decoded.
	MaxDecodedBytes = 128 << 20
	// MaxPixels bounds a JPEG, which is embedded without decoding.
	MaxPixels = 60_000_000
)

// probeImage reads an image file's headers: format, size, colour model,
// orientation and profile, without decoding the pixels; a PDF logo is
// opened and its page checked.
func probeImage(path string) (*Image, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("is not a regular file")
	}
	if info.Size() > MaxImageBytes {
		return nil, fmt.Errorf("is %d MB; images may be at most %d MB", info.Size()>>20, MaxImageBytes>>20)
	}
	data, err := readBounded(path, MaxImageBytes)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	img := &Image{Path: path}
	if bytes.HasPrefix(data, []byte("%PDF")) {
		img.Format = "pdf"
		if err := probePDF(data, img); err != nil {
			return nil, err
		}
		return img, nil
	}
	in, err := imagefile.Probe(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	img.Raster = in
	switch in.Format {
	case imagefile.JPEG:
		img.Format = "jpeg"
		// The entropy-coded data must end with an EOI marker; cameras
		// may append a little after it.
		tail := data[max(0, len(data)-64<<10):]
		if !bytes.Contains(tail, []byte{0xFF, 0xD9}) {
			return nil, fmt.Errorf("%w: it has no end-of-image marker", imagefile.ErrTruncated)
		}
	case imagefile.PNG:
		img.Format = "png"
	}
	if in.Width < 1 || in.Height < 1 || in.Width > MaxImageSide || in.Height > MaxImageSide {
		return nil, fmt.Errorf("is %d × %d pixels; images may have at most %d pixels a side", in.Width, in.Height, MaxImageSide)
	}
	if img.Format == "png" && in.DecodedBytes() > MaxDecodedBytes {
		return nil, fmt.Errorf("is %d × %d pixels, %d MB when decoded; a PNG may take at most %d MB (scale it to 300 ppi at its printed size)",
			in.Width, in.Height, in.DecodedBytes()>>20, MaxDecodedBytes>>20)
	}
	if int64(in.Width)*int64(in.Height) > MaxPixels {
		return nil, fmt.Errorf("is %d × %d pixels; images may have at most %d megapixels (scale it to 300 ppi at its printed size)",
			in.Width, in.Height, MaxPixels/1_000_000)
	}
	img.WidthPx, img.HeightPx = in.OrientedSize()
	return img, nil
}

// readBounded reads a file of at most limit bytes; a file that grows
// while it is read (a device, a pipe) is cut off and refused.
func readBounded(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("is larger than %d MB", limit>>20)
	}
	return data, nil
}

// probePDF opens a PDF logo and checks what placing it needs: a whole
// file of one page with a size, whose drawing pdfread.CheckArtwork
// accepts (within the bounds every output shares).
func probePDF(data []byte, img *Image) error {
	// A file cut short (a download or copy that broke off) would be
	// repaired silently by the reader; it ends with an end-of-file marker
	// when whole.
	if !bytes.Contains(data[max(0, len(data)-1024):], []byte("%%EOF")) {
		return fmt.Errorf("cannot be used: the PDF is truncated (it has no end-of-file marker %%%%EOF); copy or export it again")
	}
	f, err := pdfread.Open(data, pdfread.DefaultLimits)
	if err != nil {
		return fmt.Errorf("cannot be used: %v", describePDFError(err))
	}
	pages, err := f.Pages()
	if err != nil {
		return fmt.Errorf("cannot be used: %v", describePDFError(err))
	}
	if len(pages) != 1 {
		return fmt.Errorf("has %d pages; a logo must be a one-page PDF", len(pages))
	}
	page := pages[0]
	if err := f.CheckArtwork(page); err != nil {
		return fmt.Errorf("cannot be used: %v", describePDFError(err))
	}
	w, h := page.TrimBox[2]-page.TrimBox[0], page.TrimBox[3]-page.TrimBox[1]
	if page.Rotate == 90 || page.Rotate == 270 {
		w, h = h, w
	}
	img.PDF, img.Page, img.WidthPt, img.HeightPt = f, page, w, h
	return nil
}

// describePDFError says what a reading error means for the author.
func describePDFError(err error) string {
	switch {
	case errors.Is(err, pdfread.ErrEncrypted):
		return "the PDF is encrypted; export it again without a password or security settings"
	case errors.Is(err, pdfread.ErrBudget):
		return fmt.Sprintf("the PDF decompresses to more than %d MB; it is not a logo", pdfread.DefaultLimits.Decompressed>>20)
	case errors.Is(err, pdfread.ErrTooComplex):
		return err.Error() + "; simplify the logo or export it again"
	case errors.Is(err, pdfread.ErrUnsupported):
		return err.Error() + "; export the logo again as PDF/X or plain PDF"
	}
	return err.Error()
}

// MissingAlt lists, as errors at their entries, the cover picture and the
// pictures of the sections that have no alternate text. The screen edition, published for
// screen readers, refuses them; portraits and logos have automatic texts
// (the person's and the funder's name).
func (doc *Document) MissingAlt() Diagnostics {
	var out Diagnostics
	if img := doc.Meta.CoverImage; img != nil && img.Alt == "" && img.needsAlt != nil {
		d := *img.needsAlt
		if d.Msg == "" {
			d.Msg = fmt.Sprintf("the cover picture %q has no alt text; the screen edition needs one: add alt = \"…\" saying what it shows", img.File)
		}
		out = append(out, d)
	}
	for _, s := range doc.Sections {
		for _, img := range s.Images {
			if img.Alt == "" && img.needsAlt != nil {
				d := *img.needsAlt
				d.Msg = fmt.Sprintf("the picture %q has no alt text; the screen edition needs one for every picture: add alt = \"…\" saying what it shows", img.File)
				out = append(out, d)
			}
		}
	}
	return out
}

// AltWhere is where a missing alt text is reported, in build warnings as
// in the screen edition's error: the picture's entry and key path, or ""
// when the content does not know it.
func (img *Image) AltWhere() string {
	if img.needsAlt == nil {
		return ""
	}
	return img.needsAlt.Location()
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
		d.fileErrorf(path, opts.Dir, file, "%v", err)
		return nil
	}
	img, err := probeImage(full)
	if err != nil {
		d.fileErrorf(path, opts.Dir, file, "%q %v", file, err)
		return nil
	}
	if img.Format == "pdf" && !contains(formats, ".pdf") {
		d.errorf(path, "%q: a PDF is accepted only for logos", file)
		return nil
	}
	img.File = file
	img.Where = d.where(path)
	return img
}
