package pdftest

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	_ "image/png" // the renderings compared are PNG files
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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

// LoadPNGWithPIL reads a PNG file with PIL (python3-pil), a decoder
// that shares nothing with Go's, as its red, green and blue: the file is
// converted to a PPM, which LoadPPM reads. The package's tests must
// require PythonPDF.
func LoadPNGWithPIL(t testing.TB, path string) *image.RGBA {
	t.Helper()
	ppm := filepath.Join(t.TempDir(), "pil.ppm")
	out, err := exec.Command(python, "-c", "import sys\nfrom PIL import Image\nImage.open(sys.argv[1]).convert('RGB').save(sys.argv[2], 'PPM')", path, ppm).CombinedOutput()
	if err != nil {
		t.Fatalf("PIL cannot read %s: %v\n%s", path, err, out)
	}
	return LoadPPM(t, ppm)
}

// LoadPPM reads a binary 8-bit PPM file (P6), as pdftoppm writes one
// without -png: the same pixels as its PNG, which took poppler four
// times the CPU to write (the example's pages at 96 dpi) and Go a
// decoder to read. The picture is opaque.
func LoadPPM(t testing.TB, path string) *image.RGBA {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(bytes.NewReader(data))
	var magic string
	var w, h, maxval int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxval); err != nil || magic != "P6" || maxval != 255 || w <= 0 || h <= 0 {
		t.Fatalf("%s: not an 8-bit PPM (%s %d × %d, %d; %v)", path, magic, w, h, maxval, err)
	}
	r.ReadByte() // the one whitespace after the header
	rgb := make([]byte, 3*w*h)
	if _, err := io.ReadFull(r, rgb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range w * h {
		copy(img.Pix[4*i:4*i+3], rgb[3*i:3*i+3])
		img.Pix[4*i+3] = 0xFF
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
	colours := pixelReader(a, b)
	for y := r.Min.Y; y+1 < r.Max.Y; y += 2 {
		for x := r.Min.X; x+1 < r.Max.X; x += 2 {
			var ca, cb [3]float64
			for _, d := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				ar, ag, ab, br, bg, bb := colours(x+d[0], y+d[1])
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

// pixelReader returns a function giving the red, green and blue of a
// pixel of a and of b, as At(x, y).RGBA() gives them (16 bits each). Two
// *image.RGBA are read straight from their pixels (the same values, a
// byte times 257), at a tenth of the cost of At's interface values.
func pixelReader(a, b image.Image) func(x, y int) (ar, ag, ab, br, bg, bb uint32) {
	pa, okA := a.(*image.RGBA)
	pb, okB := b.(*image.RGBA)
	if !okA || !okB {
		return func(x, y int) (ar, ag, ab, br, bg, bb uint32) {
			ar, ag, ab, _ = a.At(x, y).RGBA()
			br, bg, bb, _ = b.At(x, y).RGBA()
			return
		}
	}
	return func(x, y int) (ar, ag, ab, br, bg, bb uint32) {
		if !(image.Point{x, y}.In(pa.Rect)) || !(image.Point{x, y}.In(pb.Rect)) {
			ar, ag, ab, _ = a.At(x, y).RGBA()
			br, bg, bb, _ = b.At(x, y).RGBA()
			return
		}
		i, j := pa.PixOffset(x, y), pb.PixOffset(x, y)
		p, q := pa.Pix[i:i+3:i+3], pb.Pix[j:j+3:j+3]
		return uint32(p[0]) * 0x101, uint32(p[1]) * 0x101, uint32(p[2]) * 0x101, uint32(q[0]) * 0x101, uint32(q[1]) * 0x101, uint32(q[2]) * 0x101
	}
}

func absDiff(a, b uint32) float64 {
	if a > b {
		return float64(a-b) / 257
	}
	return float64(b-a) / 257
}

// WritePAM writes a gray image (a page image or a part of one cut with
// SubImage) as a binary 8-bit grayscale PAM file (P7, TUPLTYPE
// GRAYSCALE), the image files the tests hand zbarimg. zbarimg reads its
// images with ImageMagick, whose PAM reader is the quickest of the
// formats at hand: the example's eight pages at 150 dpi took zbarimg
// 0.45 s of CPU time as PAM, 0.65 s as PNG and 0.95 s as PGM (P5) —
// the same pixels, the same codes found (medians of three runs).
func WritePAM(path string, g *image.Gray) error {
	b := g.Rect
	var pam bytes.Buffer
	fmt.Fprintf(&pam, "P7\nWIDTH %d\nHEIGHT %d\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\nENDHDR\n", b.Dx(), b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		pam.Write(g.Pix[g.PixOffset(b.Min.X, y):g.PixOffset(b.Max.X, y)])
	}
	return os.WriteFile(path, pam.Bytes(), 0o644)
}

// LoadGrayPAM reads an 8-bit grayscale PAM file, as WritePAM writes one
// and as mutool draw -c gray does to a name ending in .pam: the pixels
// are the file's bytes after the header, not a copy.
func LoadGrayPAM(t testing.TB, path string) *image.Gray {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := parseGrayPAM(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// parseGrayPAM reads an 8-bit grayscale PAM image from its file's bytes.
func parseGrayPAM(data []byte) (*image.Gray, error) {
	header, pix, ok := bytes.Cut(data, []byte("ENDHDR\n"))
	if !ok || !bytes.HasPrefix(header, []byte("P7\n")) {
		return nil, fmt.Errorf("not a PAM file")
	}
	fields := map[string]string{}
	for _, line := range strings.Split(string(header[3:]), "\n") {
		if key, value, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			fields[key] = strings.TrimSpace(value)
		}
	}
	w, _ := strconv.Atoi(fields["WIDTH"])
	h, _ := strconv.Atoi(fields["HEIGHT"])
	if fields["DEPTH"] != "1" || fields["MAXVAL"] != "255" || w <= 0 || h <= 0 {
		return nil, fmt.Errorf("not an 8-bit grayscale PAM (%q)", header)
	}
	if len(pix) < w*h {
		return nil, fmt.Errorf("%d bytes of pixels, want %d × %d", len(pix), w, h)
	}
	return &image.Gray{Pix: pix[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}, nil
}
