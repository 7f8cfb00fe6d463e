// A minimal valid .docx (WordprocessingML) for the benchmark corpus, written with jszip:
// [Content_Types].xml, _rels/.rels, word/document.xml (one w:p per paragraph, headings in the
// Heading1 style), word/styles.xml (Normal, Heading1 = "heading 1", which mammoth maps to <h1>)
// and word/_rels/document.xml.rels. Fixed file dates, so the bytes depend on the content only.
import JSZip from 'jszip';

export interface DocxParagraph {
  text: string;
  heading?: boolean;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FIXED_DATE = new Date(Date.UTC(2022, 0, 1));

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
  '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:next w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>' +
  '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
  '</w:styles>';

export function documentXml(paragraphs: DocxParagraph[]): string {
  const body = paragraphs
    .filter((p) => p.text.trim())
    .map((p) => {
      const ppr = p.heading
        ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        : '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>';
      return `<w:p>${ppr}<w:r><w:t xml:space="preserve">${esc(p.text.trim())}</w:t></w:r></w:p>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W_NS}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

export async function writeDocx(paragraphs: DocxParagraph[]): Promise<Buffer> {
  const zip = new JSZip();
  const opt = { date: FIXED_DATE };
  zip.file('[Content_Types].xml', CONTENT_TYPES, opt);
  zip.file('_rels/.rels', ROOT_RELS, opt);
  zip.file('word/document.xml', documentXml(paragraphs), opt);
  zip.file('word/styles.xml', STYLES, opt);
  zip.file('word/_rels/document.xml.rels', DOC_RELS, opt);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
