package pdftest

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"testing"
)

// TestPAMRoundTrip: a part of a gray image cut with SubImage, written by
// WritePAM, reads back (LoadGrayPAM) as the same pixels at the same size;
// a header as mutool draw -c gray writes one reads too, and a PGM or a
// PAM of another depth is refused.
func TestPAMRoundTrip(t *testing.T) {
	whole := image.NewGray(image.Rect(0, 0, 7, 5))
	for i := range whole.Pix {
		whole.Pix[i] = byte(37 * i)
	}
	part := whole.SubImage(image.Rect(2, 1, 6, 4)).(*image.Gray)
	path := filepath.Join(t.TempDir(), "part.pam")
	if err := WritePAM(path, part); err != nil {
		t.Fatal(err)
	}
	got := LoadGrayPAM(t, path)
	if got.Rect.Dx() != 4 || got.Rect.Dy() != 3 {
		t.Fatalf("read back %v, want 4 × 3", got.Rect)
	}
	for y := range 3 {
		for x := range 4 {
			if a, b := got.GrayAt(x, y).Y, part.GrayAt(x+2, y+1).Y; a != b {
				t.Errorf("pixel (%d, %d) reads back %d, want %d", x, y, a, b)
			}
		}
	}

	mutool := append([]byte("P7\nWIDTH 2\nHEIGHT 1\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\nENDHDR\n"), 9, 200)
	if g, err := parseGrayPAM(mutool); err != nil || !bytes.Equal(g.Pix, []byte{9, 200}) {
		t.Errorf("mutool's header: %v, %v", g, err)
	}
	for _, bad := range [][]byte{
		append([]byte("P5\n2 1\n255\n"), 9, 200),
		append([]byte("P7\nWIDTH 1\nHEIGHT 1\nDEPTH 3\nMAXVAL 255\nTUPLTYPE RGB\nENDHDR\n"), 1, 2, 3),
		append([]byte("P7\nWIDTH 2\nHEIGHT 2\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\nENDHDR\n"), 9, 200),
	} {
		if _, err := parseGrayPAM(bad); err == nil {
			t.Errorf("%q was read as a gray PAM", bad)
		}
	}
	if data, _ := os.ReadFile(path); !bytes.HasPrefix(data, []byte("P7\nWIDTH 4\nHEIGHT 3\n")) {
		t.Errorf("WritePAM's header: %q", data[:min(len(data), 40)])
	}
}
