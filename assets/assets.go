// Package assets holds the data the program ships with: the example content,
// and (as the engine grows) hyphenation patterns, the default theme and the
// EU emblem's geometry. Everything here is embedded in the binary.
package assets

import "embed"

// ExampleContent is the content file of the example brochure: the complete
// documentation of the Fachtag „Stadt – Land – Flucht“ of 26 June 2024.
//
//go:embed example/content.toml
var ExampleContent []byte

// ExampleContentName is the file name `brochure init` writes the example to.
const ExampleContentName = "content.toml"

// DefaultTheme is the built-in theme (see theme.toml for every key).
//
//go:embed theme.toml
var DefaultTheme []byte

// ThemeName is the file name `brochure init` writes the theme to.
const ThemeName = "theme.toml"

// SRGBProfile is the ICC's sRGB profile (sRGB2014.icc; "may be copied,
// distributed, embedded … without restriction", see icc/LICENSE.color.org),
// the output intent of the screen edition.
//
//go:embed icc/sRGB2014.icc
var SRGBProfile []byte

// SRGBProfileFlate is SRGBProfile zlib-compressed as the PDF writer
// compresses streams (icc/sRGB2014.icc.zlib), so no build compresses it
// again; a test in output keeps the two equal.
//
//go:embed icc/sRGB2014.icc.zlib
var SRGBProfileFlate []byte

// FOGRA39ProfileFlate is a CMYK output profile for the "Coated FOGRA39"
// printing condition, built from the Zlib-licensed FOGRA39L.ti3
// characterisation data (see icc/README.md), zlib-compressed as a PDF
// stream holds it: the print edition's output intent embeds it unless
// another profile is given. Stored compressed, it costs no build the
// 7 ms of compressing 247 KB. icc/FOGRA39L.icc is the same profile
// uncompressed; a test keeps the two equal.
//
//go:embed icc/FOGRA39L.icc.zlib
var FOGRA39ProfileFlate []byte

// Preview holds the live preview's page, stylesheet and script (index.html,
// app.css, app.js), served by brochure serve: plain files, no build step.
//
//go:embed preview/index.html preview/app.css preview/app.js
var Preview embed.FS
