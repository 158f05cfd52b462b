package content

import (
	"strings"
	"testing"
)

// TestMissingFolderIsNamed: a file path whose folder does not exist says
// so, with the folders there are and the one meant; a misspelt file name
// in an existing folder gets the same name with another extension where
// there is one (the prober's p08.jpg got p00.jpg, not p08.png), else the
// name most like it.
func TestMissingFolderIsNamed(t *testing.T) {
	dir := folderWithFiles(t, "logos/bmas.pdf", "fotos/saal.jpg", "eu.pdf", "fotos/p00.jpg", "fotos/p08.png", "fotos/p08.XMP")
	for _, c := range []struct{ file, want string }{
		{"logso/bmas.pdf", `"logso/bmas.pdf": no such file: the folder „logso“ does not exist in the content file's folder; did you mean "logos/bmas.pdf"?`},
		{"bilder/saal.jpg", `"bilder/saal.jpg": no such file: the folder „bilder“ does not exist in the content file's folder (its folders: fotos, logos)`},
		{"logos/eu.pdf", `"logos/eu.pdf": no such file`},
		{"bilder/eu.pdf", `(its folders: fotos, logos); did you mean "eu.pdf"?`},
		{"fotos/sall.jpg", `"fotos/sall.jpg": no such file: did you mean "fotos/saal.jpg"?`},
		{"fotos/p08.jpg", `"fotos/p08.jpg": no such file: did you mean "fotos/p08.png"?`},
		{"fotos/x/saal.jpg", `the folder „x“ does not exist in the folder „fotos“ (it has no folders)`},
	} {
		_, err := ResolveAsset(dir, c.file, false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s", c.file, err, c.want)
		}
	}
}
