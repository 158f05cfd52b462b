package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image/png"
	"io"
	"os"
)

// The hostile corpus's page images reach 36 megapixels; image/png spends
// most of a decode storing pixels the check never looks at. checkPNG finds
// every fault a decoder can find in a non-interlaced PNG without storing
// a pixel: the signature, IHDR's values, each chunk's CRC, the chunk
// order, a palette where one is needed, the zlib stream with its
// checksum, exactly height rows of the right length, each with a known
// filter type, no data past them, and IEND. An interlaced file, which the
// program does not write, goes to image/png.

// pngSignature opens every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// pngChannels is the number of samples a pixel has, by colour type, and
// the bit depths each allows.
var pngChannels = map[byte]struct {
	n      int
	depths []byte
}{
	0: {1, []byte{1, 2, 4, 8, 16}}, 2: {3, []byte{8, 16}}, 3: {1, []byte{1, 2, 4, 8}},
	4: {2, []byte{8, 16}}, 6: {4, []byte{8, 16}},
}

// pngHeader is what IHDR says.
type pngHeader struct {
	width, height       uint32
	depth, colour       byte
	compression, filter byte
	interlace           byte
}

// rowBytes is the length of one row of image data, without its filter
// byte.
func (h pngHeader) rowBytes() int {
	return (int(h.width)*pngChannels[h.colour].n*int(h.depth) + 7) / 8
}

// checkPNGFile checks the PNG file at path (checkPNG).
func checkPNGFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return checkPNG(bufio.NewReaderSize(f, 1<<16))
}

// checkPNG reads a PNG to its end and returns the first fault found.
func checkPNG(r io.Reader) error {
	sig := make([]byte, len(pngSignature))
	if _, err := io.ReadFull(r, sig); err != nil || string(sig) != pngSignature {
		return errors.New("not a PNG signature")
	}
	c := &pngChunks{r: r}
	kind, data, err := c.next()
	if err != nil {
		return err
	}
	h, err := parseIHDR(kind, data)
	if err != nil {
		return err
	}
	if h.interlace == 1 {
		var all bytes.Buffer
		all.WriteString(pngSignature)
		writePNGChunk(&all, kind, data)
		if _, err := io.Copy(&all, r); err != nil {
			return err
		}
		_, err := png.Decode(&all)
		return err
	}
	return c.checkImage(h)
}

// parseIHDR checks the first chunk, which must be IHDR.
func parseIHDR(kind string, data []byte) (pngHeader, error) {
	if kind != "IHDR" || len(data) != 13 {
		return pngHeader{}, fmt.Errorf("the first chunk is %q of %d bytes, want IHDR of 13", kind, len(data))
	}
	h := pngHeader{binary.BigEndian.Uint32(data[0:]), binary.BigEndian.Uint32(data[4:]), data[8], data[9], data[10], data[11], data[12]}
	if h.width == 0 || h.height == 0 || h.width > 1<<31-1 || h.height > 1<<31-1 {
		return h, fmt.Errorf("IHDR: %d × %d pixels", h.width, h.height)
	}
	ch, ok := pngChannels[h.colour]
	if !ok || !bytes.Contains(ch.depths, []byte{h.depth}) {
		return h, fmt.Errorf("IHDR: colour type %d with bit depth %d", h.colour, h.depth)
	}
	if h.compression != 0 || h.filter != 0 || h.interlace > 1 {
		return h, fmt.Errorf("IHDR: compression %d, filter %d, interlace %d", h.compression, h.filter, h.interlace)
	}
	return h, nil
}

// pngChunks reads chunks, checking each one's CRC.
type pngChunks struct{ r io.Reader }

// next reads the next chunk whole.
func (c *pngChunks) next() (string, []byte, error) {
	var head [8]byte
	if _, err := io.ReadFull(c.r, head[:]); err != nil {
		return "", nil, fmt.Errorf("a chunk's head: %v", err)
	}
	n := binary.BigEndian.Uint32(head[:4])
	if n > 1<<31-1 {
		return "", nil, fmt.Errorf("a chunk of %d bytes", n)
	}
	data := make([]byte, int(n)+4)
	if _, err := io.ReadFull(c.r, data); err != nil {
		return "", nil, fmt.Errorf("chunk %q: %v", head[4:], err)
	}
	sum := crc32.NewIEEE()
	sum.Write(head[4:])
	sum.Write(data[:n])
	if sum.Sum32() != binary.BigEndian.Uint32(data[n:]) {
		return "", nil, fmt.Errorf("chunk %q: CRC mismatch", head[4:])
	}
	return string(head[4:]), data[:n], nil
}

// writePNGChunk writes a chunk: its length, kind, data and CRC.
func writePNGChunk(w *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	w.WriteString(kind)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc32.ChecksumIEEE(append([]byte(kind), data...)))
	w.Write(n[:])
}

// checkImage reads the chunks after IHDR: the image data, and IEND.
func (c *pngChunks) checkImage(h pngHeader) error {
	var idat bytes.Buffer
	palette, seenData, dataDone := false, false, false
	for {
		kind, data, err := c.next()
		if err != nil {
			return err
		}
		switch {
		case kind == "IEND":
			if !seenData {
				return errors.New("no image data")
			}
			if !dataDone {
				if err := checkRows(&idat, h); err != nil {
					return err
				}
			}
			return nil
		case kind == "PLTE":
			if seenData || len(data) == 0 || len(data)%3 != 0 || len(data)/3 > 256 {
				return fmt.Errorf("PLTE of %d bytes", len(data))
			}
			palette = true
		case kind == "IDAT":
			if dataDone {
				return errors.New("IDAT after other chunks that followed the image data")
			}
			if h.colour == 3 && !palette {
				return errors.New("a paletted image without PLTE")
			}
			seenData = true
			idat.Write(data)
		case kind == "IHDR":
			return errors.New("a second IHDR")
		default:
			if seenData && !dataDone {
				if err := checkRows(&idat, h); err != nil {
					return err
				}
				dataDone = true
			}
		}
	}
}

// checkRows inflates the image data and checks its rows.
func checkRows(idat *bytes.Buffer, h pngHeader) error {
	z, err := zlib.NewReader(idat)
	if err != nil {
		return fmt.Errorf("image data: %v", err)
	}
	row := make([]byte, 1+h.rowBytes())
	for y := 0; y < int(h.height); y++ {
		if _, err := io.ReadFull(z, row); err != nil {
			return fmt.Errorf("image data: row %d of %d: %v", y, h.height, err)
		}
		if row[0] > 4 {
			return fmt.Errorf("image data: row %d has filter type %d", y, row[0])
		}
	}
	// The stream must end here, with its checksum right.
	n, err := 0, error(nil)
	for i := 0; n == 0 && err == nil; i++ {
		if i == 100 {
			return errors.New("image data: the stream makes no progress")
		}
		n, err = z.Read(row[:1])
	}
	if n != 0 {
		return errors.New("image data: data past the last row")
	}
	if err != io.EOF {
		return fmt.Errorf("image data: %v", err)
	}
	return nil
}
