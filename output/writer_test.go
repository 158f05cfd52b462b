package output

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestObjectWriterOffsetsAndIdentifier: objects small and large, and
// streams shorter and longer than the bytes the writer collects before
// passing them on, are written in order; every cross-reference offset
// points at its object, and the file identifier is the hash of exactly
// the bytes written before it was asked for.
func TestObjectWriterOffsetsAndIdentifier(t *testing.T) {
	var out []byte
	ow := newObjectWriter(sliceWriter{&out}, "1.7")
	for i := range 300 {
		switch i % 3 {
		case 0:
			ow.add(pdfDict{{"N", pdfInt(i)}, {"Text", pdfLiteral(strings.Repeat("x", i*37))}})
		case 1:
			ow.addStream(nil, bytes.Repeat([]byte{byte(i)}, i*i))
		default:
			ow.addStream(pdfDict{{"N", pdfInt(i)}}, bytes.Repeat([]byte("ab"), pendingBytes/2+i))
		}
	}
	written := ow.written
	id := ow.fileID()
	n := len(out)
	if int64(n) != written {
		t.Errorf("%d bytes are in the file when the identifier is made, want all %d written", n, written)
	}
	root := ow.add(pdfDict{{"Type", pdfName("Catalog")}})
	if err := ow.finish(root, root); err != nil {
		t.Fatal(err)
	}
	if want := sha256.Sum256(out[:n]); !bytes.Equal(id[:], want[:16]) {
		t.Errorf("the identifier is not the hash of the %d bytes written before it", n)
	}
	xref := bytes.LastIndex(out, []byte("xref\n0 302\n0000000000 65535 f \n"))
	if xref < 0 {
		t.Fatal("no cross-reference table of 302 entries")
	}
	entries := out[xref+len("xref\n0 302\n0000000000 65535 f \n"):]
	for num := 1; num <= 301; num++ {
		offset, err := strconv.Atoi(string(entries[(num-1)*xrefEntry : (num-1)*xrefEntry+10]))
		if err != nil {
			t.Fatal(err)
		}
		if head := fmt.Sprintf("%d 0 obj\n", num); !bytes.HasPrefix(out[offset:], []byte(head)) {
			t.Fatalf("object %d: its offset %d points at %.20q", num, offset, out[offset:])
		}
	}
}
