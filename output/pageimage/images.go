package pageimage

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // the decoders image.Decode uses
	_ "image/png"
	"os"
	"time"

	"brochure/content"
)

// imageCache holds decoded, upright images by file, so a picture placed
// on several pages, or kept across rebuilds of the live preview, is
// decoded once. A changed file (other size or modification time) is read
// again. It holds at most maxCachedImages images.
type imageCache struct {
	entries map[string]*cachedImage
	clock   int
	bytes   int64 // the decoded images' pixels, against maxCachedImageBytes
}

type cachedImage struct {
	size    int64
	modTime time.Time
	img     image.Image
	used    int
	bytes   int64
}

// maxCachedImages and maxCachedImageBytes bound the cache, by count and
// by the decoded images' memory (a 16-megapixel photo is 64 MB): the
// least recently used goes first, and an image larger than the budget is
// decoded each time it is drawn.
const (
	maxCachedImages     = 32
	maxCachedImageBytes = 192 << 20
)

// PictureError is a picture file that cannot be drawn: gone, unreadable
// or undecodable since the content was checked (a header can be sound
// while the pixel data is cut short). It names the content key the file
// is given at, as the PDF writer's message about the same file does.
type PictureError struct {
	Where    string // the file's key in the content: "content.toml:70:3: sections[2].images[0].file"; "" for none
	File     string // the file as the content names it
	Err      error
	Decoding bool // the file was read, and its image data failed to decode
}

// Error names the key, the file and what went wrong.
func (e PictureError) Error() string {
	what := fmt.Sprintf("%s: %v", e.File, e.Err)
	if e.Decoding {
		what = fmt.Sprintf("%s cannot be decoded: %v", e.File, e.Err)
	}
	if e.Where == "" {
		return what
	}
	return e.Where + ": " + what
}

// Unwrap is the underlying error.
func (e PictureError) Unwrap() error { return e.Err }

func newImageCache() *imageCache { return &imageCache{entries: map[string]*cachedImage{}} }

// oriented returns the image of a JPEG or PNG file turned as its EXIF
// orientation says.
func (c *imageCache) oriented(src *content.Image) (image.Image, error) {
	st, err := os.Stat(src.Path)
	if err != nil {
		return nil, PictureError{Where: src.Where, File: src.File, Err: err}
	}
	c.clock++
	if e, ok := c.entries[src.Path]; ok && e.size == st.Size() && e.modTime.Equal(st.ModTime()) {
		e.used = c.clock
		return e.img, nil
	}
	data, err := os.ReadFile(src.Path)
	if err != nil {
		return nil, PictureError{Where: src.Where, File: src.File, Err: err}
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, PictureError{Where: src.Where, File: src.File, Err: err, Decoding: true}
	}
	orientation := 1
	if src.Raster != nil {
		orientation = src.Raster.Orientation
	}
	img = orient(img, orientation)
	b := img.Bounds()
	size := int64(b.Dx()) * int64(b.Dy()) * 4
	if old, ok := c.entries[src.Path]; ok { // an older version of the file
		c.bytes -= old.bytes
		delete(c.entries, src.Path)
	}
	if size > maxCachedImageBytes {
		return img, nil
	}
	for len(c.entries) > 0 && (len(c.entries) >= maxCachedImages || c.bytes+size > maxCachedImageBytes) {
		c.evictOldest()
	}
	c.entries[src.Path] = &cachedImage{size: st.Size(), modTime: st.ModTime(), img: img, used: c.clock, bytes: size}
	c.bytes += size
	return img, nil
}

// orient turns an image as its EXIF orientation (1–8) says it is shown.
// evictOldest drops the least recently used image.
func (c *imageCache) evictOldest() {
	oldest := ""
	for k, e := range c.entries {
		if oldest == "" || e.used < c.entries[oldest].used {
			oldest = k
		}
	}
	c.bytes -= c.entries[oldest].bytes
	delete(c.entries, oldest)
}

func orient(img image.Image, orientation int) image.Image {
	if orientation <= 1 || orientation > 8 {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	ow, oh := w, h
	if orientation >= 5 {
		ow, oh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	// source is, for a pixel (x, y) of the image as shown, the stored
	// pixel it comes from.
	source := func(x, y int) (int, int) {
		switch orientation {
		case 2:
			return w - 1 - x, y
		case 3:
			return w - 1 - x, h - 1 - y
		case 4:
			return x, h - 1 - y
		case 5:
			return y, x
		case 6:
			return y, h - 1 - x
		case 7:
			return w - 1 - y, h - 1 - x
		}
		return w - 1 - y, x // 8
	}
	rgba, direct := img.(*image.RGBA)
	if !direct {
		rgba = image.NewRGBA(image.Rect(0, 0, w, h))
		draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	}
	for y := range oh {
		for x := range ow {
			sx, sy := source(x, y)
			si, di := rgba.PixOffset(sx, sy), out.PixOffset(x, y)
			copy(out.Pix[di:di+4], rgba.Pix[si:si+4])
		}
	}
	return out
}
