package main

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"strings"

	"brochure/content"
	"brochure/output/build"
)

// jsonError is one error in the answer of a -json mode: where (when
// known) and what.
type jsonError struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Key     string `json:"key,omitempty"`
	Message string `json:"message"`
}

// errReported is an error already written out (as JSON): the exit code is
// 2 and nothing more is printed.
type errReported struct{}

// Error is empty: the answer has already said what went wrong.
func (errReported) Error() string { return "" }

// writeJSONErrors answers a -json mode's failure as {"errors": [...]} on
// w, each content problem with its file, line, column and key, and
// returns errReported (exit 2). Help and a failed check are passed on.
func writeJSONErrors(w io.Writer, err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) || errors.As(err, new(errCheckFailed)) {
		return err
	}
	var list []jsonError
	var diags content.Diagnostics
	var refused build.Refusal
	switch {
	case errors.As(err, &diags):
		for _, d := range diags {
			list = append(list, jsonError{File: d.File, Line: d.Pos.Line, Col: d.Pos.Col, Key: d.Path, Message: d.Msg})
		}
	case errors.As(err, &refused):
		for _, r := range refused {
			list = append(list, jsonError{Key: r.Where, Message: r.Msg})
		}
	default:
		list = []jsonError{{Message: strings.TrimPrefix(err.Error(), "brochure: ")}}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if encErr := enc.Encode(struct {
		Errors []jsonError `json:"errors"`
	}{list}); encErr != nil {
		return encErr
	}
	return errReported{}
}

// wantsJSON reports whether a command line asks for -json, for answering
// a mistake in the command line itself in JSON.
func wantsJSON(args []string) bool {
	for _, a := range args {
		if a == "-json" || a == "--json" || a == "-json=true" || a == "--json=true" {
			return true
		}
		if a == "--" {
			return false
		}
	}
	return false
}
