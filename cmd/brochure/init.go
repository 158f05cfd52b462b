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

Writes the example content (content.toml) into DIR, creating DIR if needed,
as a starting point for a new event. Existing files are never overwritten.

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
	target := filepath.Join(dir, assets.ExampleContentName)
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("brochure init: %s already exists; not overwriting it", target)
	}
	if err != nil {
		return fmt.Errorf("brochure init: %w", err)
	}
	if _, err := f.Write(assets.ExampleContent); err != nil {
		f.Close()
		return fmt.Errorf("brochure init: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("brochure init: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s\nbuild it with: brochure build %s\n", target, target)
	return nil
}
