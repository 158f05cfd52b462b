package fonts

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// fileCache keeps faces parsed from files for the life of the process,
// keyed by path and invalidated when the file changes (size or time), so
// repeated builds parse each font once.
var fileCache = struct {
	sync.Mutex
	faces map[string]cachedFace
}{faces: map[string]cachedFace{}}

type cachedFace struct {
	size    int64
	modTime time.Time
	face    *Face
}

// LoadFile parses a TrueType file, reusing an earlier parse of the same,
// unchanged file.
//
// The file must be a regular file of at most MaxFileSize bytes.
func LoadFile(path string) (*Face, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	fileCache.Lock()
	c, ok := fileCache.faces[path]
	fileCache.Unlock()
	if ok && c.size == info.Size() && c.modTime.Equal(info.ModTime()) {
		return c.face, nil
	}
	if !info.Mode().IsRegular() || info.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: not a regular file of at most %d MB", path, MaxFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: grew past %d MB while it was read", path, MaxFileSize>>20)
	}
	face, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	fileCache.Lock()
	fileCache.faces[path] = cachedFace{size: info.Size(), modTime: info.ModTime(), face: face}
	fileCache.Unlock()
	return face, nil
}

// LoadFamily parses the four faces of a family from files, in the order
// regular, bold, italic, bold italic.
func LoadFamily(name string, paths [4]string) (*Family, error) {
	fam := &Family{Name: name}
	for i, p := range paths {
		f, err := LoadFile(p)
		if err != nil {
			return nil, fmt.Errorf("font family %s: %w", name, err)
		}
		fam.faces[i] = f
	}
	return fam, nil
}

// MaxFileSize is the largest font file read (a font for German text is
// far below it; a CJK font with all its glyphs may reach 20 MB).
const MaxFileSize = 64 << 20
