package output

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"time"

	"brochure/layout"
)

// xmpMeta is the XMP metadata packet of a PDF. It repeats the document
// information exactly (PDF/X and PDF/A require the two to agree) and
// identifies the standard the file follows.
type xmpMeta struct {
	Meta       layout.Meta
	Date       time.Time
	Creator    string
	DocumentID string
	// PDFX is the PDF/X version claimed ("PDF/X-4") or "".
	PDFX string
	// PDFAPart and PDFAConformance are the PDF/A level claimed, or 0.
	PDFAPart        int
	PDFAConformance string
	// PDFUA is the PDF/UA part claimed, or 0.
	PDFUA int
}

// xmpKind is the form of a property's value: a simple value, or an
// array of one item (a language alternative, an ordered or an unordered
// array).
type xmpKind int

const (
	xmpSimple xmpKind = iota
	xmpAlt            // rdf:Alt with the value as x-default
	xmpSeq
	xmpBag
)

// xmpProperty is one property of the packet.
type xmpProperty struct {
	name  string // prefix:name
	kind  xmpKind
	value string
}

// xmpNamespace is a schema the packet uses, by its prefix.
type xmpNamespace struct{ prefix, uri string }

// namespaces are the schemas the packet declares.
func (m xmpMeta) namespaces() []xmpNamespace {
	ns := []xmpNamespace{{"dc", "http://purl.org/dc/elements/1.1/"}, {"xmp", "http://ns.adobe.com/xap/1.0/"},
		{"pdf", "http://ns.adobe.com/pdf/1.3/"}, {"xmpMM", "http://ns.adobe.com/xap/1.0/mm/"}}
	if m.PDFX != "" {
		ns = append(ns, xmpNamespace{"pdfxid", "http://www.npes.org/pdfx/ns/id/"})
	}
	if m.PDFAPart != 0 {
		ns = append(ns, xmpNamespace{"pdfaid", "http://www.aiim.org/pdfa/ns/id/"})
	}
	if m.PDFUA != 0 {
		ns = append(ns, xmpNamespace{"pdfuaid", "http://www.aiim.org/pdfua/ns/id/"})
	}
	return ns
}

// properties are the packet's properties, in the order written: the
// title always, every other one when it has a value.
func (m xmpMeta) properties() []xmpProperty {
	date := m.Date.Format("2006-01-02T15:04:05-07:00")
	props := []xmpProperty{{"dc:format", xmpSimple, "application/pdf"}, {"dc:title", xmpAlt, m.Meta.Title}}
	for _, p := range []xmpProperty{
		{"dc:creator", xmpSeq, m.Meta.Author},
		{"dc:description", xmpAlt, m.Meta.Subject},
		{"dc:language", xmpBag, m.Meta.Language},
		{"pdf:Keywords", xmpSimple, m.Meta.Keywords},
		{"pdf:Producer", xmpSimple, m.Creator},
		{"pdf:Trapped", xmpSimple, ifClaimed(m.PDFX != "", "False")},
		{"xmp:CreatorTool", xmpSimple, m.Creator},
		{"xmp:CreateDate", xmpSimple, date},
		{"xmp:ModifyDate", xmpSimple, date},
		{"xmp:MetadataDate", xmpSimple, date},
		{"xmpMM:DocumentID", xmpSimple, m.DocumentID},
		{"xmpMM:InstanceID", xmpSimple, m.DocumentID},
		{"xmpMM:VersionID", xmpSimple, "1"},
		{"xmpMM:RenditionClass", xmpSimple, "default"},
		{"pdfxid:GTS_PDFXVersion", xmpSimple, m.PDFX},
		{"pdfaid:part", xmpSimple, ifClaimed(m.PDFAPart != 0, strconv.Itoa(m.PDFAPart))},
		{"pdfaid:conformance", xmpSimple, ifClaimed(m.PDFAPart != 0, m.PDFAConformance)},
		{"pdfuaid:part", xmpSimple, ifClaimed(m.PDFUA != 0, strconv.Itoa(m.PDFUA))},
	} {
		if p.value != "" {
			props = append(props, p)
		}
	}
	return props
}

// ifClaimed is value when a standard is claimed, else "" (no property).
func ifClaimed(claimed bool, value string) string {
	if claimed {
		return value
	}
	return ""
}

// The rdf element of each kind of array.
var xmpArrays = [...]string{xmpAlt: "rdf:Alt", xmpSeq: "rdf:Seq", xmpBag: "rdf:Bag"}

// write writes the property as an element, its value escaped.
func (p xmpProperty) write(b *bytes.Buffer) {
	b.WriteString("<" + p.name + ">")
	item := ""
	switch p.kind {
	case xmpAlt:
		item = ` xml:lang="x-default"`
		fallthrough
	case xmpSeq, xmpBag:
		b.WriteString("<" + xmpArrays[p.kind] + "><rdf:li" + item + ">")
		xml.EscapeText(b, []byte(p.value))
		b.WriteString("</rdf:li></" + xmpArrays[p.kind] + ">")
	default:
		xml.EscapeText(b, []byte(p.value))
	}
	b.WriteString("</" + p.name + ">\n")
}

// pdfUAExtension describes the PDF/UA identification schema: PDF/A
// admits only the schemas it predefines unless the file describes the
// others.
const pdfUAExtension = `<rdf:Description rdf:about=""` +
	` xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"` +
	` xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"` +
	` xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">` + "\n" +
	"<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" +
	"<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n" +
	"<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n" +
	"<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n" +
	"<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" +
	"<pdfaProperty:name>part</pdfaProperty:name>\n" +
	"<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n" +
	"<pdfaProperty:category>internal</pdfaProperty:category>\n" +
	"<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n" +
	"</rdf:li></rdf:Seq></pdfaSchema:property>\n" +
	"</rdf:li></rdf:Bag></pdfaExtension:schemas>\n" +
	"</rdf:Description>\n"

// packet writes the XMP packet, uncompressed as PDF/A requires.
func (m xmpMeta) packet() []byte {
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + "\n")
	b.WriteString(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about=""`)
	for _, ns := range m.namespaces() {
		b.WriteString(" xmlns:" + ns.prefix + `="` + ns.uri + `"`)
	}
	b.WriteString(">\n")
	for _, p := range m.properties() {
		p.write(&b)
	}
	b.WriteString("</rdf:Description>\n")
	if m.PDFUA != 0 && m.PDFAPart != 0 {
		b.WriteString(pdfUAExtension)
	}
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n")
	// Padding lets editors update the packet in place, as XMP recommends.
	b.Write(bytes.Repeat([]byte(" "), 2000))
	b.WriteString("\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}
