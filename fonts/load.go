package fonts

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// fileCache keeps faces parsed from files across builds in one process
// (watch and serve rebuild with the same fonts), keyed by path and
// invalidated when the file changes (size or time), so repeated builds
// parse each font once. It is bounded — at most maxCachedFaces faces and
// maxCachedFontBytes of font data — and drops the face used longest ago
// to make room. A build does not rely on it: validation hands the faces
// it parsed to the layout with the theme.
var fileCache = struct {
	sync.Mutex
	faces map[string]cachedFace
	clock uint64 // counts lookups, for the least recently used
	bytes int    // the cached faces' data
}{faces: map[string]cachedFace{}}

// Bounds of the font file cache: a theme has a few families of four
// faces; a font file may be up to MaxFileSize.
const (
	maxCachedFaces     = 32
	maxCachedFontBytes = 256 << 20
)

type cachedFace struct {
	size    int64
	modTime time.Time
	face    *Face
	used    uint64
}

// cachedFile returns the cached face of path if the file is unchanged.
func cachedFile(path string, info os.FileInfo) (*Face, bool) {
	fileCache.Lock()
	defer fileCache.Unlock()
	c, ok := fileCache.faces[path]
	if !ok || c.size != info.Size() || !c.modTime.Equal(info.ModTime()) {
		return nil, false
	}
	fileCache.clock++
	c.used = fileCache.clock
	fileCache.faces[path] = c
	return c.face, true
}

// cacheFile keeps a parsed face, dropping the least recently used faces
// until it fits the bounds; a face larger than the whole budget is not
// kept.
func cacheFile(path string, info os.FileInfo, face *Face) {
	fileCache.Lock()
	defer fileCache.Unlock()
	if old, ok := fileCache.faces[path]; ok {
		fileCache.bytes -= len(old.face.Data)
		delete(fileCache.faces, path)
	}
	if len(face.Data) > maxCachedFontBytes {
		return
	}
	for len(fileCache.faces) >= maxCachedFaces || fileCache.bytes+len(face.Data) > maxCachedFontBytes {
		oldest, first := "", true
		for p, c := range fileCache.faces {
			if first || c.used < fileCache.faces[oldest].used {
				oldest, first = p, false
			}
		}
		fileCache.bytes -= len(fileCache.faces[oldest].face.Data)
		delete(fileCache.faces, oldest)
	}
	fileCache.clock++
	fileCache.faces[path] = cachedFace{size: info.Size(), modTime: info.ModTime(), face: face, used: fileCache.clock}
	fileCache.bytes += len(face.Data)
}

// LoadFile parses a TrueType file, reusing an earlier parse of the same,
// unchanged file if the cache still holds it.
//
// The file must be a regular file of at most MaxFileSize bytes.
func LoadFile(path string) (*Face, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if face, ok := cachedFile(path, info); ok {
		return face, nil
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
	cacheFile(path, info, face)
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
