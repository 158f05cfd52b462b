// Package build is the build pipeline. It owns the edition — what print
// and screen mean for validating the content (alternate text), for the
// layout (bound or not) and for the written file (its profile and what
// preflight expects of it) — and runs content → layout → output →
// preflight with the build's policy: a screen edition refuses pictures
// without alternate text, a QR code that cannot be made refuses the
// build, and an output profile must be a CMYK printer profile.
//
// The commands (build, watch, serve, check and the page images) call
// Run; they keep their flags, messages and exit codes. The edition is
// decided here once and flows down as typed values: layout.Options to
// the layout, output.Profile to the writer, preflight.Expectations to
// the checks. No package below this one looks at the edition.
//
// The package lives under output because it is the layer above it: it
// imports content, layout, output and output/preflight, and nothing but
// the command imports it.
package build
