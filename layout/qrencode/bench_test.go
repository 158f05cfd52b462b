package qrencode

import (
	"testing"

	"github.com/skip2/go-qrcode"
)

// exampleAddresses are the addresses the example brochure shows as QR
// codes.
var exampleAddresses = []string{
	"http://resque.sfrev.de",
	"http://www.bleibdranplus.de",
	"https://bleibdranplus.de/wp-content/uploads/20240626_WIR-Fachtag_Praesentation-Connect.pdf",
	"https://bleibdranplus.de/wp-content/uploads/240626_S_TH_Gefluechtete_Regionaldirektion.pdf",
	"https://bleibdranplus.de/wp-content/uploads/Einfuehrung-Raslan.pdf",
	"https://bleibdranplus.de/wp-content/uploads/Praesentation-Glorius-26062024.pdf",
	"https://bleibdranplus.de/wp-content/uploads/Workshop-Erfurt-Hoyerswerda.pdf",
}

// BenchmarkEncodeExample encodes the example's addresses at level M.
func BenchmarkEncodeExample(b *testing.B) {
	for b.Loop() {
		for _, u := range exampleAddresses {
			if _, err := Encode(u, LevelM); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkGoQRCodeExample encodes them with go-qrcode, for comparison.
func BenchmarkGoQRCodeExample(b *testing.B) {
	for b.Loop() {
		for _, u := range exampleAddresses {
			q, err := qrcode.New(u, qrcode.Medium)
			if err != nil {
				b.Fatal(err)
			}
			q.Bitmap()
		}
	}
}

// BenchmarkEncodeVersion40 encodes a symbol of the largest version.
func BenchmarkEncodeVersion40(b *testing.B) {
	text := string(make([]byte, 2000))
	for b.Loop() {
		if _, err := Encode(text, LevelM); err != nil {
			b.Fatal(err)
		}
	}
}
