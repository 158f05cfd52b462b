package content

import (
	"os"
	"path/filepath"
	"strings"
)

// maxNamesCompared bounds how many names of one folder similarPath
// reads: a folder of a million files is not listed for a hint.
const maxNamesCompared = 10000

// similarPath finds, for a relative path that names no file under dir,
// the file whose path differs only in the case of its letters
// (Fotos/Quadrat.JPG for fotos/quadrat.jpg), as a hint: names are
// case-sensitive here, though not on the author's Windows or macOS
// machine. It returns "" when there is none, or more than one.
func similarPath(dir, file string) string {
	if filepath.IsAbs(file) {
		return ""
	}
	parts := strings.Split(filepath.ToSlash(filepath.Clean(file)), "/")
	found := make([]string, 0, len(parts))
	at := dir
	for _, part := range parts {
		if part == ".." || part == "." {
			return ""
		}
		name := matchingName(at, part)
		if name == "" {
			return ""
		}
		found = append(found, name)
		at = filepath.Join(at, name)
	}
	return strings.Join(found, "/")
}

// matchingName is the one entry of folder whose name equals name but for
// case, or "".
func matchingName(folder, name string) string {
	f, err := os.Open(folder)
	if err != nil {
		return ""
	}
	defer f.Close()
	names, _ := f.Readdirnames(maxNamesCompared)
	match := ""
	for _, n := range names {
		if strings.EqualFold(n, name) {
			if match != "" {
				return "" // two candidates: no hint
			}
			match = n
		}
	}
	return match
}
