package pdftest

import (
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// DecodeQR decodes the QR codes in image files with one zbarimg run (its
// XML output names the file each code is in) and returns each file's
// codes in the order zbarimg found them; a file without a code has none.
func DecodeQR(t testing.TB, files ...string) map[string][]string {
	t.Helper()
	found := map[string][]string{}
	if len(files) == 0 {
		return found
	}
	cmd := exec.Command("zbarimg", append([]string{"--nodbus", "--quiet", "--xml", "-Sdisable", "-Sqrcode.enable"}, files...)...)
	cmd.Env = ZbarEnv()
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 4) { // 4: a file without a code
		t.Fatalf("zbarimg: %v", err)
	}
	codes, err := ParseZbarXML(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range codes {
		found[c.File] = append(found[c.File], c.Text)
	}
	return found
}

// ZbarEnv is the environment to run zbarimg in: the test's, with
// ImageMagick's OpenMP threads (which zbarimg reads its images with)
// limited to one. On the 2-core machine the suite shares among its test
// processes, the extra thread only spins: zbarimg on the example's eight
// pages at 150 dpi took 0.81× the CPU time with one thread (median of 7
// interleaved runs), and its codes are the same.
func ZbarEnv() []string {
	return append(os.Environ(), "OMP_NUM_THREADS=1")
}

// ZbarCode is a code zbarimg decoded: its text, and the image file it was
// found in.
type ZbarCode struct{ File, Text string }

// ParseZbarXML reads zbarimg's --xml output: every code of every file, in
// the order zbarimg found them (a code's binary data, which zbarimg gives
// in base64, decoded).
func ParseZbarXML(out []byte) ([]ZbarCode, error) {
	var doc struct {
		Sources []struct {
			Href    string `xml:"href,attr"`
			Symbols []struct {
				Data struct {
					Format string `xml:"format,attr"`
					Text   string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"index>symbol"`
		} `xml:"source"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("zbarimg's XML: %v", err)
	}
	var codes []ZbarCode
	for _, s := range doc.Sources {
		for _, sym := range s.Symbols {
			text := sym.Data.Text
			if sym.Data.Format == "base64" {
				data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(text))
				if err != nil {
					return nil, fmt.Errorf("zbarimg's XML: %s: %v", s.Href, err)
				}
				text = string(data)
			}
			codes = append(codes, ZbarCode{File: s.Href, Text: text})
		}
	}
	return codes, nil
}
