// DOCX cases for the reader tests, one construct each: the lines mammoth's HTML gives them
// (heading level after '#'s, e.g. '## 标题' is a level-2 heading) and whether the tree walk
// answers (tree) or leaves the document to the HTML conversion (html).
import { br, endnoteRef, footnoteRef, image, objectTextBox, p, pictTextBox, r, tab, tbl, type DocxParts } from './docx-build.js';

export interface DocxCase {
  name: string;
  parts: DocxParts;
  /** expected lines, or the expected failure reason */
  lines: string[] | { error: RegExp };
  via: 'tree' | 'html';
}

const H = (n: number, text: string) => p(r(text), `Heading${n}`);

export const CASES: DocxCase[] = [
  {
    name: 'headings 1–6, Chinese-Word heading ids, Title and Subtitle (paragraphs), empty paragraphs',
    parts: {
      body: [
        p(r('关于印发通知的通知'), 'Title'),
        p(r('副标题'), 'Subtitle'),
        p(''),
        ...[1, 2, 3, 4, 5, 6].map((n) => H(n, `标题${n}`)),
        p(r('一级（样式 1）'), '1'),
        p(r('二级（样式 2）'), '2'),
        p(r('')),
        p(r('正文段落。'), 'Normal'),
        p(r('引用'), 'Quote'),
        p(r('无此样式'), 'NoSuchStyle'),
      ].join(''),
    },
    lines: ['关于印发通知的通知', '副标题', '# 标题1', '## 标题2', '### 标题3', '#### 标题4', '##### 标题5', '###### 标题6', '# 一级（样式 1）', '## 二级（样式 2）', '正文段落。', '引用', '无此样式'],
    via: 'tree',
  },
  {
    name: 'bulleted and numbered lists, nested to level 7 (levels 6–7 are plain paragraphs to mammoth)',
    parts: {
      body: [
        p(r('前言')),
        ...[0, 1, 2, 3, 4, 5, 6].map((l) => p(r(`项目${l + 1}`), 'ListParagraph', [1, l])),
        ...[0, 1, 0, 2].map((l, i) => p(r(`第${i + 1}条`), undefined, [2, l])),
        p(r('列表中的标题'), 'Heading2', [2, 0]),
        p(r('结尾')),
      ].join(''),
    },
    lines: ['前言', '项目1', '项目2', '项目3', '项目4', '项目5', '项目6', '项目7', '第1条', '第2条', '第3条', '第4条', '## 列表中的标题', '结尾'],
    via: 'tree',
  },
  {
    name: 'tables: several paragraphs in a cell, a nested table, empty and merged cells, a header row',
    parts: {
      body:
        p(r('表前')) +
        tbl([
          [p(r('单位')), p(r('人数'))],
          [p(r('第一段')) + p(r('第二段')) + p(''), ''],
          [tbl([[p(r('内表A')), p(r('内表B'))]]) + p(r('内表后')), p(r('二级标题'), 'Heading2')],
        ]).replace('<w:tr>', '<w:tr><w:trPr><w:tblHeader/></w:trPr>') +
        tbl([[p(r('合并')) ]]).replace('<w:tc>', '<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>') +
        p(r('表后')),
    },
    lines: ['表前', '单位 人数', '第一段', '第二段', '内表A 内表B', '内表后', '## 二级标题', '合并', '表后'],
    via: 'tree',
  },
  {
    name: 'footnotes and endnotes: numbered in order, appended after the body with their back-links',
    parts: {
      body: [
        p(r('正文一') + footnoteRef('1') + r('继续') + endnoteRef('1')),
        H(1, '标题') + p(r('正文二') + footnoteRef('2') + footnoteRef('1')),
        p(r('表格注') + footnoteRef('3')),
        p(r('列表注') + footnoteRef('4')),
        p(r('标题注') + footnoteRef('5')),
        p(r('空段注') + footnoteRef('6')),
      ].join(''),
      footnotes: {
        '1': p(footnoteRef('1') + r(' 注释一'), 'FootnoteText'),
        '2': p(r('注释二第一段'), 'FootnoteText') + p(r('注释二第二段') + footnoteRef('1'), 'FootnoteText'),
        '3': p(r('注三')) + tbl([[p(r('注中表'))]]),
        '4': p(r('注四')) + p(r('注中列表'), undefined, [1, 0]),
        '5': p(r('注中标题'), 'Heading3'),
        '6': p(r('注六')) + p('') + p(r('')),
      },
      endnotes: { '1': p(r('尾注一'), 'EndnoteText') + p(r('尾注一续') + br() + r('换行后')) },
    },
    lines: [
      '正文一[1]继续[2]', '# 标题', '正文二[3][4]', '表格注[5]', '列表注[6]', '标题注[7]', '空段注[8]',
      '[9] 注释一 ↑', '尾注一', '尾注一续', '换行后 ↑', '注释二第一段', '注释二第二段[10] ↑', '[11] 注释一 ↑',
      '注三', '注中表', ' ↑', '注四', '注中列表', ' ↑', '### 注中标题', ' ↑', '注六 ↑',
    ],
    via: 'tree',
  },
  {
    name: 'hyperlinks: external, to a bookmark, as a HYPERLINK field; bookmarks and a checkbox write no text',
    parts: {
      body: [
        p(`<w:hyperlink r:id="rLink">${r('国务院网站', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>${r('（外链）')}`),
        p(`<w:bookmarkStart w:id="0" w:name="第一节"/>${r('书签处')}<w:bookmarkEnd w:id="0"/>`),
        p(`<w:hyperlink w:anchor="第一节">${r('见第一节')}</w:hyperlink>`),
        p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.cn/x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('域链接')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
        p(`<w:bookmarkStart w:id="1" w:name="空"/><w:bookmarkEnd w:id="1"/>`),
        p(`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${r('☒')}</w:sdtContent></w:sdt>${r(' 已核对')}`),
      ].join(''),
    },
    lines: ['国务院网站（外链）', '书签处', '见第一节', '域链接', ' 已核对'],
    via: 'tree',
  },
  {
    name: 'line, page and column breaks, tabs: a line break ends a line (in a heading too), the others do not',
    parts: {
      body: [
        p(r('第一行') + br() + r('第二行') + br('textWrapping') + r('第三行')),
        p(r('分页前') + br('page') + r('分页后') + br('column') + r('分栏后')),
        p(r('标题上') + br() + r('标题下'), 'Heading1'),
        p(r('甲') + tab + r('乙') + tab + tab + r('丙')),
        p(tab + tab),
        p(br() + br()),
        p(r('行尾') + br()),
      ].join(''),
    },
    lines: ['第一行', '第二行', '第三行', '分页前分页后分栏后', '# 标题上', '# 标题下', '甲 乙  丙', '行尾'],
    via: 'tree',
  },
  {
    name: 'entities and spaces: & < > quotes, nbsp, literal entity text, blank paragraphs',
    parts: {
      body: [
        p(r('A&B <C> "D" \'E\'')),
        p(r('不间断\u00a0空格\u00a0')),
        p(r('&amp; &lt; &nbsp; &#65; &#x4e00;')),
        p(r('   ')),
        p(r('\u00a0\u00a0')),
        p(r('  前后空格  ')),
        p('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:r><w:softHyphen/></w:r><w:r><w:noBreakHyphen/></w:r>'),
      ].join(''),
    },
    lines: ['A&B <C> "D" \'E\'', '不间断 空格 ', '&amp; &lt; &nbsp; &#65; &#x4e00;', '  前后空格  ', '\u2713\u00ad\u2011'],
    via: 'tree',
  },
  {
    name: 'text boxes: VML (after its paragraph), in w:object (inside the paragraph), under mc:AlternateContent',
    parts: {
      body: [
        p(r('框前') + pictTextBox(p(r('框内标题'), 'Heading2') + p(r('框内正文'))) + r('框后')),
        p(r('对象前') + objectTextBox(p(r('对象内标题'), 'Heading1') + p(r('对象内正文'))) + r('对象后')),
        p(r('标题内对象前') + objectTextBox(p(r('内'))) + r('标题内对象后'), 'Heading2'),
        p(`<mc:AlternateContent><mc:Choice Requires="wps">${r('忽略')}</mc:Choice><mc:Fallback>${pictTextBox(p(r('备选框内')))}</mc:Fallback></mc:AlternateContent>${r('备选后')}`),
        // inside a line, an empty paragraph is dropped (no break); one holding only a bookmark is written (a break)
        p(r('空框前') + objectTextBox(p('') + p(r('')) + p(r(''), 'Heading1')) + r('空框后'), 'Heading2'),
        p(r('签前') + objectTextBox(p('<w:bookmarkStart w:id="5" w:name="签"/>', 'Heading1')) + r('签后'), 'Heading2'),
      ].join(''),
    },
    lines: ['框前框后', '## 框内标题', '框内正文', '对象前', '# 对象内标题', '对象内正文', '对象后', '## 标题内对象前', '## 内', '## 标题内对象后', '备选后', '备选框内', '## 空框前空框后', '## 签前', '签后'],
    via: 'tree',
  },
  {
    name: 'images: an image-only paragraph, a missing image file, an image between runs',
    parts: {
      body: [p(r('图前')), p(image()), p(image('rGone')), p(r('文') + image() + r('字')), p(r('图后'))].join(''),
    },
    lines: ['图前', '文字', '图后'],
    via: 'tree',
  },
  {
    name: 'an image-only paragraph inside a line (in a w:object text box): only the HTML can tell',
    parts: { body: p(r('前') + objectTextBox(p(image('rGone'))) + r('后')) },
    lines: ['前后'],
    via: 'html',
  },
  {
    name: 'a note ending in an image-only paragraph: only the HTML can tell where its back-link goes',
    parts: { body: p(r('正文') + footnoteRef('1')), footnotes: { '1': p(r('注文')) + p(image()) } },
    lines: ['正文[1]', '注文', ' ↑'],
    via: 'html',
  },
  {
    name: 'which paragraphs a note back-link joins: a note-text style wins over numbering, a numbered Normal is a list item',
    parts: {
      body: p(r('甲') + footnoteRef('1') + r('乙') + footnoteRef('2')),
      footnotes: { '1': p(r('编号的注释文字'), 'FootnoteText', [2, 0]), '2': p(r('编号的正文'), 'Normal', [2, 0]) },
    },
    lines: ['甲[1]乙[2]', '编号的注释文字 ↑', '编号的正文', ' ↑'],
    via: 'tree',
  },
  {
    name: 'style names compare case-insensitively; the Apple Pages "Heading" style is a level-1 heading',
    parts: { body: [p(r('大写名'), 'Upper3'), p(r('苹果标题'), 'Heading'), p(r('未定义的 Heading7'), 'Heading7')].join('') },
    lines: ['### 大写名', '# 苹果标题', '未定义的 Heading7'],
    via: 'tree',
  },
  {
    name: 'comments are not written; a deleted paragraph mark joins two paragraphs; insertions are read',
    parts: {
      body: [
        p(`<w:commentRangeStart w:id="0"/>${r('有批注')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`),
        `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${r('上半')}</w:p>`,
        p(r('下半')),
        p(`<w:ins w:id="2" w:author="x">${r('插入')}</w:ins><w:del w:id="3" w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del>`),
      ].join(''),
      comments: { '0': p(r('批注内容')) },
    },
    lines: ['有批注', '上半下半', '插入'],
    via: 'tree',
  },
  {
    name: 'a hyperlink whose relationship is missing: mammoth fails writing it, so the HTML path reports that',
    parts: { body: p(`<w:hyperlink r:id="rNone">${r('断链')}</w:hyperlink>`) },
    lines: { error: /^damaged DOCX: Cannot read properties of undefined/ },
    via: 'html',
  },
  {
    name: 'a reference to a footnote that is not there: mammoth fails converting it, so the HTML path reports that',
    parts: { body: p(r('正文') + footnoteRef('9')) },
    lines: { error: /^damaged DOCX: Cannot read properties of null/ },
    via: 'html',
  },
  {
    name: 'no text at all',
    parts: { body: p('') + p(image()) + tbl([['']]) },
    lines: { error: /^DOCX has no text$/ },
    via: 'tree',
  },
];
