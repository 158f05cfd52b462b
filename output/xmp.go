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

// packet writes the XMP packet, uncompressed as PDF/A requires.
func (m xmpMeta) packet() []byte {
	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	date := m.Date.Format("2006-01-02T15:04:05-07:00")
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + "\n")
	b.WriteString(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about=""` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/"` +
		` xmlns:xmp="http://ns.adobe.com/xap/1.0/"` +
		` xmlns:pdf="http://ns.adobe.com/pdf/1.3/"` +
		` xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"`)
	if m.PDFX != "" {
		b.WriteString(` xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"`)
	}
	if m.PDFAPart != 0 {
		b.WriteString(` xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"`)
	}
	if m.PDFUA != 0 {
		b.WriteString(` xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"`)
	}
	b.WriteString(">\n")
	b.WriteString("<dc:format>application/pdf</dc:format>\n")
	b.WriteString(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(m.Meta.Title) + "</rdf:li></rdf:Alt></dc:title>\n")
	if m.Meta.Author != "" {
		b.WriteString("<dc:creator><rdf:Seq><rdf:li>" + esc(m.Meta.Author) + "</rdf:li></rdf:Seq></dc:creator>\n")
	}
	if m.Meta.Subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(m.Meta.Subject) + "</rdf:li></rdf:Alt></dc:description>\n")
	}
	if m.Meta.Language != "" {
		b.WriteString("<dc:language><rdf:Bag><rdf:li>" + esc(m.Meta.Language) + "</rdf:li></rdf:Bag></dc:language>\n")
	}
	if m.Meta.Keywords != "" {
		b.WriteString("<pdf:Keywords>" + esc(m.Meta.Keywords) + "</pdf:Keywords>\n")
	}
	b.WriteString("<pdf:Producer>" + esc(m.Creator) + "</pdf:Producer>\n")
	if m.PDFX != "" {
		b.WriteString("<pdf:Trapped>False</pdf:Trapped>\n")
	}
	b.WriteString("<xmp:CreatorTool>" + esc(m.Creator) + "</xmp:CreatorTool>\n")
	b.WriteString("<xmp:CreateDate>" + date + "</xmp:CreateDate>\n")
	b.WriteString("<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n")
	b.WriteString("<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n")
	b.WriteString("<xmpMM:DocumentID>" + m.DocumentID + "</xmpMM:DocumentID>\n")
	b.WriteString("<xmpMM:InstanceID>" + m.DocumentID + "</xmpMM:InstanceID>\n")
	b.WriteString("<xmpMM:VersionID>1</xmpMM:VersionID>\n")
	b.WriteString("<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n")
	if m.PDFX != "" {
		b.WriteString("<pdfxid:GTS_PDFXVersion>" + esc(m.PDFX) + "</pdfxid:GTS_PDFXVersion>\n")
	}
	if m.PDFAPart != 0 {
		b.WriteString("<pdfaid:part>" + strconv.Itoa(m.PDFAPart) + "</pdfaid:part>\n<pdfaid:conformance>" + esc(m.PDFAConformance) + "</pdfaid:conformance>\n")
	}
	if m.PDFUA != 0 {
		b.WriteString("<pdfuaid:part>" + strconv.Itoa(m.PDFUA) + "</pdfuaid:part>\n")
	}
	b.WriteString("</rdf:Description>\n")
	if m.PDFUA != 0 && m.PDFAPart != 0 {
		// PDF/A admits only the schemas it predefines unless the file
		// describes the others: the PDF/UA identification schema.
		b.WriteString(`<rdf:Description rdf:about=""` +
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
			"</rdf:Description>\n")
	}
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n")
	// Padding lets editors update the packet in place, as XMP recommends.
	b.Write(bytes.Repeat([]byte(" "), 2000))
	b.WriteString("\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}
