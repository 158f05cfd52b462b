package pdftest

import (
	"bytes"
	"image"
	_ "image/png" // the renderings compared are PNG files
	"os"
	"testing"
)

// LoadPNG reads a PNG file.
func LoadPNG(t testing.TB, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// Similarity compares two renderings of a page. The measure: both are
// reduced to half their size by averaging each 2 × 2 block of pixels
// (48 dpi for a 96 dpi rendering), then similarity is 1 − the mean
// absolute difference of their red, green and blue values (0–255 scaled
// to 0–1): 1 for equal images. The reduction leaves what a reader sees and
// discounts where each renderer puts the half-covered pixels along an
// edge — FreeType (poppler), Skia (Chromium) and x/image/vector (ours)
// all differ there, with the same amount of ink. raw is the same without
// the reduction, for the record.
func Similarity(a, b image.Image) (reduced, raw float64) {
	r := a.Bounds()
	var sum, rawSum float64
	var n, rawN int
	for y := r.Min.Y; y+1 < r.Max.Y; y += 2 {
		for x := r.Min.X; x+1 < r.Max.X; x += 2 {
			var ca, cb [3]float64
			for _, d := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				ar, ag, ab, _ := a.At(x+d[0], y+d[1]).RGBA()
				br, bg, bb, _ := b.At(x+d[0], y+d[1]).RGBA()
				rawSum += absDiff(ar, br) + absDiff(ag, bg) + absDiff(ab, bb)
				rawN += 3
				ca[0], ca[1], ca[2] = ca[0]+float64(ar), ca[1]+float64(ag), ca[2]+float64(ab)
				cb[0], cb[1], cb[2] = cb[0]+float64(br), cb[1]+float64(bg), cb[2]+float64(bb)
			}
			for k := range 3 {
				d := (ca[k] - cb[k]) / 4 / 257
				if d < 0 {
					d = -d
				}
				sum += d
				n++
			}
		}
	}
	return 1 - sum/float64(n)/255, 1 - rawSum/float64(rawN)/255
}

func absDiff(a, b uint32) float64 {
	if a > b {
		return float64(a-b) / 257
	}
	return float64(b-a) / 257
}
