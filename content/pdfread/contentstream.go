package pdfread

import (
	"bytes"
	"fmt"
)

// Operator is a content-stream operator such as "Tj" or "re".
type Operator string

// Operation is one operator with its operands. For an inline image
// (BI … ID … EI) Op is "BI", Operands holds its dictionary as one Dict
// (abbreviated keys as written) and Inline the image data.
type Operation struct {
	Op       Operator
	Operands []Object
	Inline   []byte
}

// maxOperands bounds the operands gathered before an operator.
const maxOperands = 1 << 16

// Operations splits a content stream into its operations, in order.
// Operands left without an operator at the end are dropped, as viewers do.
// A stream of more than MaxOperations operators is not read further
// (ErrTooComplex).
func Operations(data []byte) ([]Operation, error) {
	p := &parser{b: data}
	var ops []Operation
	var operands []Object
	for {
		v, err := p.operand()
		if err != nil {
			return ops, err
		}
		if v == nil && p.pos >= len(p.b) {
			return ops, nil
		}
		op, isOp := v.(Operator)
		if !isOp {
			if len(operands) >= maxOperands {
				return ops, p.errorf("too many operands")
			}
			operands = append(operands, v)
			continue
		}
		if op == "BI" {
			inline, err := p.inlineImage()
			if err != nil {
				return ops, err
			}
			ops = append(ops, inline)
			operands = nil
			continue
		}
		ops = append(ops, Operation{Op: op, Operands: operands})
		operands = nil
		if len(ops) > MaxOperations {
			return ops, &Error{Kind: ErrTooComplex, Offset: int64(p.pos), Detail: fmt.Sprintf("a content stream has more than %d operators", MaxOperations)}
		}
	}
}

// inlineImage reads an inline image's dictionary after BI and its data
// after ID, up to the EI that ends it.
func (p *parser) inlineImage() (Operation, error) {
	d := Dict{}
	for {
		p.skip()
		if p.pos >= len(p.b) {
			return Operation{}, p.errorf("unterminated inline image")
		}
		if bytes.HasPrefix(p.b[p.pos:], []byte("ID")) && (p.pos+2 >= len(p.b) || isWhite(p.b[p.pos+2])) {
			p.pos += 3
			break
		}
		k, err := p.value(0)
		if err != nil {
			return Operation{}, err
		}
		key, ok := k.(Name)
		if !ok {
			return Operation{}, p.errorf("inline image key expected")
		}
		v, err := p.value(0)
		if err != nil {
			return Operation{}, err
		}
		d[key] = v
	}
	start := p.pos
	// EI preceded and followed by white space ends the data.
	for i := start; i+1 < len(p.b); i++ {
		if p.b[i] == 'E' && p.b[i+1] == 'I' && (i == start || isWhite(p.b[i-1])) && (i+2 == len(p.b) || isWhite(p.b[i+2])) {
			end := i
			if end > start && isWhite(p.b[end-1]) {
				end--
			}
			p.pos = i + 2
			return Operation{Op: "BI", Operands: []Object{d}, Inline: p.b[start:end]}, nil
		}
	}
	return Operation{}, p.errorf("inline image without EI")
}
