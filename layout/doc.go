// Package layout composes the brochure: it turns a content model and a
// theme into pages — cover, contents, sections, speakers, QR blocks,
// pictures and the funding notice — using the typesetting engine in
// layout/typeset and the German rules in layout/german. The result is a
// Document of positioned items as plain data; it never touches PDF.
package layout
