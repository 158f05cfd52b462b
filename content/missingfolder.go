package content

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// missingPathHint says, for a relative path that names no file under dir
// (and no file in another case, similarPath), where it goes wrong: the
// first folder of it that does not exist, with the folders there are
// and the one most like it („logso“ → „logos“), or, where the folders
// exist, the file's name most like it in its folder. "" when there is
// nothing to say.
func missingPathHint(dir, file string) string {
	if filepath.IsAbs(file) {
		return ""
	}
	parts := strings.Split(filepath.ToSlash(filepath.Clean(file)), "/")
	at := dir
	for k, part := range parts[:len(parts)-1] {
		if part == ".." || part == "." {
			return ""
		}
		if info, err := os.Stat(filepath.Join(at, part)); err == nil && info.IsDir() {
			at = filepath.Join(at, part)
			continue
		}
		folders, _ := entries(at)
		where := folderName(parts[:k])
		hint := fmt.Sprintf("the folder „%s“ does not exist in %s", part, where)
		rest := strings.Join(parts[k+1:], "/")
		if meant := Suggest(part, folders); meant != "" && exists(filepath.Join(at, meant, rest)) {
			return hint + fmt.Sprintf("; did you mean %q?", strings.Join(append(append(append([]string(nil), parts[:k]...), meant), rest), "/"))
		}
		if len(folders) > 0 {
			hint += " (its folders: " + strings.Join(folders, ", ") + ")"
		} else {
			hint += " (it has no folders)"
		}
		if exists(filepath.Join(at, rest)) {
			hint += fmt.Sprintf("; did you mean %q?", strings.Join(append(append([]string(nil), parts[:k]...), rest), "/"))
		}
		return hint
	}
	_, files := entries(at)
	base := parts[len(parts)-1]
	for _, f := range files {
		if strings.EqualFold(f, base) {
			return "" // names in other cases: similarPath's to tell, and more than one
		}
	}
	meant := sameStem(base, files)
	if meant == "" {
		meant = Suggest(base, files)
	}
	if meant != "" && meant != base {
		return fmt.Sprintf("did you mean %q?", strings.Join(append(append([]string(nil), parts[:len(parts)-1]...), meant), "/"))
	}
	return ""
}

// sameStem is the picture or logo file among files named as base but for
// its extension (foto.png for foto.jpg), the likeliest slip, before a
// name a letter away (p00.jpg for p08.jpg); a file of a kind no picture
// key takes (p08.xmp) is none. "" for none.
func sameStem(base string, files []string) string {
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	for _, f := range files {
		ext := strings.ToLower(filepath.Ext(f))
		if f != base && strings.TrimSuffix(f, filepath.Ext(f)) == stem && slices.Contains(logoExts, ext) {
			return f
		}
	}
	return ""
}

// entries are the names of the folders and of the files in folder,
// sorted, at most maxNamesCompared of them read.
func entries(folder string) (folders, files []string) {
	f, err := os.Open(folder)
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	list, _ := f.ReadDir(maxNamesCompared)
	for _, e := range list {
		switch {
		case strings.HasPrefix(e.Name(), "."):
		case e.IsDir():
			folders = append(folders, e.Name())
		default:
			files = append(files, e.Name())
		}
	}
	sort.Strings(folders)
	sort.Strings(files)
	return folders, files
}

// folderName names a folder under the content's folder for a message.
func folderName(parts []string) string {
	if len(parts) == 0 {
		return "the content file's folder"
	}
	return "the folder „" + strings.Join(parts, "/") + "“"
}

// exists reports whether path names a regular file.
func exists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
