// Command brochure turns an event's content, written in TOML, into a
// print-ready A4 documentation brochure in German.
//
//	brochure build [CONTENT.toml] [-o OUT.pdf]   typeset the brochure (-format svg|png: page images)
//	brochure watch CONTENT.toml [-o OUT.pdf]     rebuild whenever an input changes
//	brochure serve CONTENT.toml [-addr A]        live preview in the browser
//	brochure check [CONTENT.toml] [-json] [-strict] preflight for print shops and funders, composition report
//	brochure init DIR                            write the example content into DIR
//	brochure hyphenate WORD...                   show where words may be broken
//	brochure version                             print the version
//
// Exit codes: 0 success, 1 a check failed, 2 bad input or usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	// For its init alone, which must run before the other packages'
	// (see its doc comment).
	_ "brochure/cmd/brochure/hugeheap"
	"brochure/content"
)

// Version is the program version, written into every PDF it makes.
const Version = "0.1.0"

// Exit codes.
const (
	exitOK       = 0
	exitFailed   = 1
	exitBadInput = 2
)

// usageError marks a mistake in how the command was called.
type usageError struct{ msg string }

// Error is the message about the misuse.
func (e usageError) Error() string { return e.msg }

// inputError is a problem with something a flag or the environment names
// (the output path, an ICC profile, SOURCE_DATE_EPOCH): reported in one
// line, without the pointer to the usage.
type inputError struct{ msg string }

// Error is the message about the input.
func (e inputError) Error() string { return e.msg }

const usage = `brochure — typesets an event documentation brochure from TOML content

Usage:
  brochure build [CONTENT.toml] [-o OUT.pdf]   typeset the brochure (no file: the built-in example)
  brochure watch CONTENT.toml [-o OUT.pdf]     rebuild on every change of content, theme, fonts, images
  brochure serve CONTENT.toml [-addr A]        live preview in the browser (http://127.0.0.1:8080/)
  brochure check [CONTENT.toml] [-json] [-strict]  preflight and composition report (exit 1 on failure)
  brochure init DIR                            write the example content into DIR to start a new event
  brochure hyphenate WORD...                   show where words may be broken
  brochure version                             print the version
  brochure help [COMMAND]                      show help

Exit codes: 0 success, 1 a check failed, 2 bad input or usage.
`

func main() {
	// See memory.go: collect rarely, within a limit sized to the document.
	debug.SetGCPercent(400)
	tuning = oneBuild
	os.Exit(runWithInput(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line without standard input.
func run(args []string, stdout, stderr io.Writer) int {
	return runWithInput(args, strings.NewReader(""), stdout, stderr)
}

// runWithInput executes one command line and returns the exit code.
func runWithInput(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitBadInput
	}
	var err error
	switch args[0] {
	case "build":
		err = cmdBuild(args[1:], stdout, stderr)
	case "init":
		err = cmdInit(args[1:], stdout, stderr)
	case "hyphenate":
		err = cmdHyphenate(args[1:], stdin, stdout, stderr)
	case "check":
		err = cmdCheck(args[1:], stdout, stderr)
	case "watch":
		err = cmdWatch(args[1:], stdout, stderr)
	case "serve":
		err = cmdServe(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "brochure %s\n", Version)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return runWithInput([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
	default:
		err = usageError{fmt.Sprintf("unknown command %q (expected build, watch, serve, check, init, hyphenate, version or help)", args[0])}
	}
	return report(err, stderr)
}

// report prints an error and maps it to an exit code.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if errors.As(err, new(errReported)) {
		return exitBadInput
	}
	if errors.As(err, new(errCheckFailed)) {
		return exitFailed
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "brochure: %s (brochure help lists the commands and flags)\n", ue.msg)
		return exitBadInput
	}
	var ie inputError
	if errors.As(err, &ie) {
		fmt.Fprintf(stderr, "brochure: %s\n", ie.msg)
		return exitBadInput
	}
	fmt.Fprintln(stderr, err)
	return exitBadInput
}

// parseArgs parses flags that may stand before, between or after
// positional arguments, and returns the positional ones.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	// A mistake is reported once, as a usage error; only -h prints the
	// help.
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage()
				return nil, err
			}
			return nil, flagError(fs, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// flagError says what is wrong with a flag in one line, with the flag
// the user probably meant.
func flagError(fs *flag.FlagSet, err error) error {
	name, unknown := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !unknown {
		return usageError{err.Error()}
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	msg := fmt.Sprintf("%s has no flag -%s", fs.Name(), name)
	if s := content.Suggest(strings.TrimLeft(name, "-"), names); s != "" {
		msg += fmt.Sprintf("; did you mean -%s?", s)
	}
	return usageError{msg}
}

// newFlagSet makes a flag set that reports errors instead of exiting.
func newFlagSet(name, help string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, help)
		fs.PrintDefaults()
	}
	return fs
}
