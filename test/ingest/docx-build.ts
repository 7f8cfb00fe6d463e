// Builds small DOCX files in memory (jszip) for the DOCX reader tests: a body, optional
// footnotes/endnotes/comments, and the parts every case shares (styles, numbering, relationships,
// one PNG). Word writes the same parts; only what mammoth reads is here.
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:o="urn:schemas-microsoft-com:office:office"';

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const style = (id: string, name: string, type = 'paragraph') => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${[
  style('Normal', 'Normal'),
  ...[1, 2, 3, 4, 5, 6].map((n) => style(`Heading${n}`, `heading ${n}`)),
  style('1', 'heading 1'), // Chinese Word: numeric ids, English names
  style('2', 'Heading 2'),
  style('Title', 'Title'),
  style('Subtitle', 'Subtitle'),
  style('ListParagraph', 'List Paragraph'),
  style('FootnoteText', 'footnote text'),
  style('EndnoteText', 'endnote text'),
  style('FootnoteReference', 'footnote reference', 'character'),
  style('Hyperlink', 'Hyperlink', 'character'),
  style('Strong', 'Strong', 'character'),
  style('Quote', 'Quote'),
  style('Upper3', 'HEADING 3'),
  style('Heading', 'Heading'), // Apple Pages
].join('')}</w:styles>`;

const levels = (fmt: string) => [0, 1, 2, 3, 4, 5, 6].map((i) => `<w:lvl w:ilvl="${i}"><w:numFmt w:val="${fmt}"/></w:lvl>`).join('');
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels('bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${levels('decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rNumbering" Type="${REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rEndnotes" Type="${REL}/endnotes" Target="endnotes.xml"/>
<Relationship Id="rComments" Type="${REL}/comments" Target="comments.xml"/>
<Relationship Id="rLink" Type="${REL}/hyperlink" Target="http://www.gov.cn/a?b=1&amp;c=2" TargetMode="External"/>
<Relationship Id="rImage" Type="${REL}/image" Target="media/image1.png"/>
<Relationship Id="rGone" Type="${REL}/image" Target="media/missing.png"/>
</Relationships>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

const SEPARATORS = (kind: string) => `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;

export interface DocxParts {
  /** the XML inside <w:body> */
  body: string;
  /** id → the XML inside <w:footnote> */
  footnotes?: Record<string, string>;
  endnotes?: Record<string, string>;
  /** id → the XML inside <w:comment> */
  comments?: Record<string, string>;
  /** a style map embedded as mammoth/style-map (mammoth.embedStyleMap writes the same part) */
  styleMap?: string;
}

export async function buildDocx(parts: DocxParts): Promise<Buffer> {
  const notes = (kind: 'footnote' | 'endnote', byId: Record<string, string> = {}) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s ${W}>${SEPARATORS(kind)}${Object.entries(byId)
      .map(([id, xml]) => `<w:${kind} w:id="${id}">${xml}</w:${kind}>`)
      .join('')}</w:${kind}s>`;
  const comments = Object.entries(parts.comments ?? {})
    .map(([id, xml]) => `<w:comment w:id="${id}" w:author="审阅" w:initials="SY">${xml}</w:comment>`)
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  // the notes get the document's relationships too (their images and links)
  for (const part of ['document', 'footnotes', 'endnotes']) zip.file(`word/_rels/${part}.xml.rels`, DOC_RELS);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/footnotes.xml', notes('footnote', parts.footnotes));
  zip.file('word/endnotes.xml', notes('endnote', parts.endnotes));
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments}</w:comments>`);
  zip.file('word/media/image1.png', PNG);
  if (parts.styleMap !== undefined) zip.file('mammoth/style-map', parts.styleMap);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------- WordprocessingML shorthands
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** a run of text (spaces kept) */
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** a paragraph; style: a w:pStyle id; num: [numId, level] */
export const p = (content: string, style?: string, num?: [number, number]) => {
  const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + (num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : '');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
};
export const tbl = (rows: string[][]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
export const br = (type?: string) => `<w:r><w:br${type ? ` w:type="${type}"` : ''}/></w:r>`;
export const tab = '<w:r><w:tab/></w:r>';
export const footnoteRef = (id: string) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
export const endnoteRef = (id: string) => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`;
/** an inline picture; rel: rImage (in the zip) or rGone (missing) */
export const image = (rel = 'rImage', descr = '图 1') =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="${descr}"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
/** a VML text box (w:pict): mammoth puts its paragraphs after the paragraph holding it */
export const pictTextBox = (paragraphs: string) => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
/** a text box inside w:object: mammoth keeps its paragraphs inside the run, so inside the paragraph */
export const objectTextBox = (paragraphs: string) => `<w:r><w:object><v:shape><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:object></w:r>`;
