package document

import (
	"strings"
	"time"
)

// The fixed parts of the DOCX package. Every part named in a relationship has a content type
// below; the package test checks that, so a new part can not be forgotten in one of the lists.

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`</Relationships>`

const appXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
	`xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>VendorDesk</Application></Properties>`

// settingsXML asks Word to update fields on open, which fills the TOC's page numbers.
const settingsXML = xmlHeader + `<w:settings xmlns:w="` + nsW + `"><w:zoom w:percent="100"/>` +
	`<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:updateFields w:val="true"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`

// footerXML numbers the pages; the cover has none (titlePg in sectPr).
const footerXML = xmlHeader + `<w:ftr xmlns:w="` + nsW + `"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` +
	`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`

// coreXML carries the title and the document's date (never the time of the export).
func coreXML(m *model, date time.Time) string {
	var sb strings.Builder
	sb.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	escapeXML(&sb, m.title+" - "+m.customer+" - "+m.version)
	sb.WriteString("</dc:title>")
	if m.vendor != "" {
		sb.WriteString("<dc:creator>")
		escapeXML(&sb, m.vendor)
		sb.WriteString("</dc:creator>")
	}
	stamp := zipTime(date).Format("2006-01-02T15:04:05Z")
	sb.WriteString(`<dc:language>` + string(m.lang) + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified></cp:coreProperties>`)
	return sb.String()
}

// stylesXML defines every style document.xml uses. Body text is 宋体/Calibri 10.5 pt (五号), headings
// 黑体; Heading1/Heading2 carry outline levels so the TOC field finds them, and TOCHeading does not,
// so "目录" never lists itself.
var stylesXML = xmlHeader + `<w:styles xmlns:w="` + nsW + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="宋体" w:cs="Times New Roman"/>` +
	`<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
	`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
	`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	pStyle("Title", "Title", `<w:spacing w:before="2400" w:after="480"/><w:jc w:val="center"/>`, heiTi+`<w:b/><w:bCs/><w:sz w:val="52"/><w:szCs w:val="52"/>`) +
	pStyle("Subtitle", "Subtitle", `<w:spacing w:after="1200"/><w:jc w:val="center"/>`, `<w:sz w:val="32"/><w:szCs w:val="32"/>`) +
	pStyle("CoverLine", "Cover Line", `<w:spacing w:after="160"/><w:jc w:val="center"/>`, `<w:sz w:val="24"/><w:szCs w:val="24"/>`) +
	pStyle("Heading1", "heading 1", `<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="240"/><w:outlineLvl w:val="0"/>`, heiTi+`<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>`) +
	pStyle("Heading2", "heading 2", `<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/>`, heiTi+`<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>`) +
	pStyle("TOCHeading", "TOC Heading", `<w:spacing w:before="240" w:after="360"/><w:jc w:val="center"/>`, heiTi+`<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>`) +
	pStyle("TOC1", "toc 1", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs><w:spacing w:before="120" w:after="60"/>`, `<w:b/><w:bCs/>`) +
	pStyle("TOC2", "toc 2", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="420"/>`, "") +
	pStyle("Facts", "Requirement Facts", `<w:spacing w:after="120"/>`, `<w:color w:val="57606A"/><w:sz w:val="20"/><w:szCs w:val="20"/>`) +
	pStyle("Label", "Requirement Label", `<w:keepNext/><w:spacing w:before="160" w:after="60"/>`, `<w:b/><w:bCs/>`) +
	pStyle("ListItem", "Requirement List Item", `<w:spacing w:after="60"/><w:ind w:left="480" w:hanging="480"/>`, "") +
	pStyle("Code", "Code Block", `<w:shd w:val="clear" w:color="auto" w:fill="F6F8FA"/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="120" w:right="120"/>`, mono+`<w:sz w:val="18"/><w:szCs w:val="18"/>`) +
	pStyle("TableText", "Table Text", `<w:spacing w:after="0" w:line="260" w:lineRule="auto"/>`, "") +
	pStyle("Footer", "footer", `<w:jc w:val="center"/>`, `<w:sz w:val="18"/><w:szCs w:val="18"/>`) +
	`<w:style w:type="character" w:styleId="CodeChar"><w:name w:val="Code Char"/><w:basedOn w:val="DefaultParagraphFont"/>` +
	`<w:rPr>` + mono + `<w:shd w:val="clear" w:color="auto" w:fill="F0F2F4"/></w:rPr></w:style>` +
	`</w:styles>`

const (
	heiTi = `<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:eastAsia="黑体"/>`
	mono  = `<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:eastAsia="宋体" w:cs="Consolas"/>`
)

// pStyle is one paragraph style based on Normal.
func pStyle(id, name, pPr, rPr string) string {
	s := `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` +
		`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>` + pPr + `</w:pPr>`
	if rPr != "" {
		s += `<w:rPr>` + rPr + `</w:rPr>`
	}
	return s + `</w:style>`
}
