package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"brochure/assets"
)

const initHelp = `Usage: brochure init DIR

Writes the example content (content.toml) and the default theme
(theme.toml) into DIR, creating DIR if needed, as a starting point for a new
event. Existing files are never overwritten.

Flags:
`

func cmdInit(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("init", initHelp, stderr)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"init takes exactly one directory"}
	}
	dir := pos[0]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("brochure init: %w", err)
	}
	// The content names the theme it was written with, so a designer
	// edits theme.toml and rebuilds.
	contentFile := append([]byte("theme = \""+assets.ThemeName+"\"   # the design; edit it, or remove this line for the built-in one\n\n"),
		assets.ExampleContent...)
	files := []struct {
		name string
		data []byte
	}{{assets.ExampleContentName, contentFile}, {assets.ThemeName, assets.DefaultTheme}}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f.name)); err == nil {
			return fmt.Errorf("brochure init: %s already exists; not overwriting anything", filepath.Join(dir, f.name))
		}
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.name), f.data); err != nil {
			return fmt.Errorf("brochure init: %w", err)
		}
	}
	target := filepath.Join(dir, assets.ExampleContentName)
	fmt.Fprintf(stdout, "wrote %s and %s\n", target, filepath.Join(dir, assets.ThemeName))
	fmt.Fprintf(stdout, "supply the funder's official logo (PNG, JPEG or PDF) next to it as logo = \"…\" in [[funding.funders]]; until then build warns that it is missing\n")
	fmt.Fprintf(stdout, "build it with: brochure build %s\n", target)
	return nil
}

// writeNew creates a file that must not exist yet.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; not overwriting it", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
