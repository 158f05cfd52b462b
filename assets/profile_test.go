package assets

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"testing"
)

// TestCompressedProfileIsTheProfile: the embedded, compressed FOGRA39
// profile inflates to icc/FOGRA39L.icc byte for byte, and is a CMYK
// output profile.
func TestCompressedProfileIsTheProfile(t *testing.T) {
	want, err := os.ReadFile("icc/FOGRA39L.icc")
	if err != nil {
		t.Fatal(err)
	}
	r, err := zlib.NewReader(bytes.NewReader(FOGRA39ProfileFlate))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("FOGRA39L.icc.zlib inflates to %d bytes that differ from FOGRA39L.icc (%d bytes); run assets/gen/fogra39/make-profile.sh", len(got), len(want))
	}
	if string(got[36:40]) != "acsp" || string(got[16:20]) != "CMYK" || string(got[12:16]) != "prtr" {
		t.Errorf("not a CMYK output profile: %q %q %q", got[36:40], got[16:20], got[12:16])
	}
}
