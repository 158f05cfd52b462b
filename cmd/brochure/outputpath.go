package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// The rules for the file a build writes, decided here once:
//
//   - it must end in .pdf (checked with the flags), and its folder must
//     exist;
//   - if it exists it must be a regular file: a folder, a device, a pipe
//     or a socket is refused, and so is a symbolic link — name the file
//     it points to instead (writing would replace the link, not its
//     target, which surprises either way);
//   - it must not be any file the build reads — the content, the theme,
//     a font, a photo or logo — however it is named (the same file
//     through another path or a hard link counts).
//
// The file itself is written to a temporary file beside it and renamed
// into place (atomicwrite.go), which is removed on every failure and on
// SIGINT and SIGTERM.

// checkOutputPath applies the rules to out, given the files the build
// read.
func checkOutputPath(out string, inputs []string) error {
	info, err := os.Lstat(out)
	if os.IsNotExist(err) {
		// A new file cannot be an input; its folder must be there.
		dir := filepath.Dir(out)
		if dinfo, derr := os.Stat(dir); derr != nil || !dinfo.IsDir() {
			return inputError{fmt.Sprintf("-o %s: there is no folder %s to write it into", out, dir)}
		}
		return nil
	}
	if err != nil {
		return inputError{fmt.Sprintf("-o %s: %v", out, err)}
	}
	switch mode := info.Mode(); {
	case mode&os.ModeSymlink != 0:
		return inputError{fmt.Sprintf("-o %s is a symbolic link; name the file it points to instead", out)}
	case mode.IsDir():
		return inputError{fmt.Sprintf("-o %s is a folder; name the PDF file to write, such as %s/brochure.pdf", out, out)}
	case !mode.IsRegular():
		return inputError{fmt.Sprintf("-o %s is not a regular file (a device, pipe or socket); name a PDF file", out)}
	}
	for _, in := range inputs {
		if inInfo, err := os.Stat(in); err == nil && os.SameFile(info, inInfo) {
			return inputError{fmt.Sprintf("-o %s is %s, which the build reads; it would be overwritten — name another PDF file", out, in)}
		}
	}
	return nil
}
