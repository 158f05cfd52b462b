// Package pdfread reads PDF files: the logos users supply (the official
// funder artwork usually arrives as PDF) and, in preflight, the files the
// program itself writes.
//
// It reads what ISO 32000 allows — cross-reference tables and streams,
// incremental updates, object streams, the common filters — and refuses
// what it cannot read safely with a typed error: encrypted files, files
// whose structure is damaged beyond what a scan for objects repairs, and
// streams that would inflate past a decompression budget. Every read is
// bounded, so a hostile file costs at most its budget in memory and time.
//
// It is deliberately small: the project needs to walk objects and decode
// streams, not render, and every module a user downloads is a cost.
package pdfread

import (
	"fmt"
	"sort"
)

// Object is a PDF value: nil (null), bool, int64, float64, Name, String,
// Array, Dict, Ref or *Stream.
type Object any

// Name is a PDF name without its leading slash, with #xx escapes decoded.
type Name string

// String is a PDF string's bytes, escapes decoded (literal or hexadecimal).
type String string

// Array is a PDF array.
type Array []Object

// Dict is a PDF dictionary.
type Dict map[Name]Object

// Ref is an indirect reference.
type Ref struct{ Num, Gen int }

// Stream is a stream object: its dictionary and its data as stored in the
// file (still encoded by its filters).
type Stream struct {
	Dict Dict
	Raw  []byte
}

// Keys returns a dictionary's keys in sorted order, for deterministic walks.
func (d Dict) Keys() []Name {
	keys := make([]Name, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// Name returns the dictionary's value for key as a name ("" if it is not one).
func (d Dict) Name(key Name) Name {
	n, _ := d[key].(Name)
	return n
}

// Number converts an integer or real object to float64.
func Number(o Object) (float64, bool) {
	switch v := o.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// Error kinds the reader reports; test with errors.Is.
var (
	// ErrEncrypted: the file is encrypted (its content cannot be copied).
	ErrEncrypted = errorKind("the file is encrypted")
	// ErrDamaged: the file's structure cannot be read.
	ErrDamaged = errorKind("the file is damaged")
	// ErrBudget: decoding would exceed the decompression budget.
	ErrBudget = errorKind("the file decompresses to more than the allowed size")
	// ErrUnsupported: a feature the reader does not decode (an image
	// filter, say) was asked for.
	ErrUnsupported = errorKind("unsupported PDF feature")
)

type errorKind string

func (e errorKind) Error() string { return string(e) }

// Error is a reading error with its kind and where in the file it arose.
type Error struct {
	Kind   error // one of the Err… values above
	Offset int64 // byte offset in the file, -1 when not known
	Detail string
}

func (e *Error) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%v: %s (at byte %d)", e.Kind, e.Detail, e.Offset)
	}
	return fmt.Sprintf("%v: %s", e.Kind, e.Detail)
}

// Unwrap lets errors.Is see the kind.
func (e *Error) Unwrap() error { return e.Kind }

func damaged(offset int64, format string, args ...any) error {
	return &Error{Kind: ErrDamaged, Offset: offset, Detail: fmt.Sprintf(format, args...)}
}
