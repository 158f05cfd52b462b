package output

import (
	"bytes"
	"testing"

	"brochure/assets"
)

// TestStoredSRGBProfileIsTheWritersCompression: the stored, compressed
// sRGB profile is byte for byte what the writer's own compression makes
// of sRGB2014.icc, so storing it changes no output.
func TestStoredSRGBProfileIsTheWritersCompression(t *testing.T) {
	if got := deflate(assets.SRGBProfile); !bytes.Equal(got, assets.SRGBProfileFlate) {
		t.Fatalf("icc/sRGB2014.icc.zlib (%d bytes) is not deflate(icc/sRGB2014.icc) (%d bytes): compress it again with zlib.BestSpeed", len(assets.SRGBProfileFlate), len(got))
	}
}
