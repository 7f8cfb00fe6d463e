// Normalisation rules on constructed input, for the genre rather than the samples.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { collapseSpaces, foldWidth, isFolio, isPageNumber, titleLikeLine } from '../../src/normalize/text.js';
import { markdownLines } from '../../src/ingest/text.js';
import type { IngestResult, SourceLine } from '../../src/types.js';

const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });

/** A fake PDF: pages of lines with geometry (left margin 78, measure 434, 14 pt, first lines indented 28). */
function pdf(pages: Array<Array<string | { t: string; x?: number; w?: number; size?: number }>>): IngestResult {
  const lines: SourceLine[] = [];
  pages.forEach((ls, pi) => {
    ls.forEach((l, i) => {
      const o = typeof l === 'string' ? { t: l } : l;
      const size = o.size ?? 14;
      const x = o.x ?? 78;
      const w = o.w ?? Math.min(434, [...o.t].length * size);
      lines.push({ text: o.t, page: pi + 1, kind: 'para', x, right: x + w, top: 60 + i * 24, size, pageWidth: 595, pageHeight: 842 } as SourceLine);
    });
  });
  return { format: 'pdf', lines, pageCount: pages.length, encoding: null };
}

describe('page numbers', () => {
  it('recognises the forms Chinese documents use', () => {
    for (const s of ['— 3 —', '- 3 -', '－3－', '—12—', '第3页', '第 3 页 共 5 页', '共5页 第3页', '3 / 5', 'Page 3 of 5']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['一、总体要求', '2022年9月28日', '3.加强', '— 第三部分 —']) expect(isPageNumber(s), s).toBe(false);
  });

  it('drops page-number lines and bare numbers at a page edge, keeps bare numbers inside a page', () => {
    const c = normalize(
      pdf([
        ['— 1 —', { t: '第一段正文。', x: 106 }, '2'],
        ['3', { t: '第二段正文。', x: 106 }, { t: '5', x: 106 }, { t: '第三段正文。', x: 106 }, '第 2 页 共 2 页'],
      ]),
    );
    expect(c.text).toBe('第一段正文。\n第二段正文。\n5\n第三段正文。');
  });

  it('drops a folio with a periodical issue mark at a page edge only', () => {
    for (const s of ['30 2019·3', '2019年第3期 12', '7 2022.10']) expect(isFolio(s), s).toBe(true);
    for (const s of ['30', '2019·3', '30 万元', '2022年9月28日 3', '12 34 公里']) expect(isFolio(s), s).toBe(false);
    const c = normalize(pdf([[{ t: '第一段正文。', x: 106 }, '30 2019·3'], ['2019·3 31', { t: '第二段正文。', x: 106 }, { t: '7 2022.10', x: 106 }, { t: '第三段正文。', x: 106 }, { t: '第四段正文。', x: 106 }]]));
    // dropped at the edges, kept inside the page
    expect(c.text).not.toMatch(/30|31|2019/);
    expect(c.text).toContain('7 2022.10');
  });

  it('drops page numbers in plain text too', () => {
    expect(normalize(txt('第一段。', '- 2 -', '第二段。')).text).toBe('第一段。\n第二段。');
  });
});

describe('a column set narrower in part of the page', () => {
  it('re-joins lines that fill the narrower measure of the lines around them', () => {
    // a page whose measure is 434 pt, with a stretch set 360 pt wide (beside a picture)
    const wide = (t: string, x = 78) => ({ t, x, w: 434 - (x - 78) });
    const narrow = (t: string) => ({ t, w: 360 });
    const c = normalize(
      pdf([[
        wide('第一段开头的一行文字，排满整个版心宽度的内容在这里', 106), wide('第一段第二行继续，排满整个版心宽度的内容在这里接着'), wide('第一段第三行也排满了版心宽度，最后到这里结束了。'),
        narrow('第二段开头在图片旁边排得较窄的一行'), narrow('第二段的第二行同样较窄地排在旁边'), narrow('第二段的第三行同样较窄地排在旁边'), narrow('第二段第四行也较窄，句子在这里'),
        wide('结束之后又回到了整个版心宽度排满的一行文字内容在此'), wide('第二段最后一行。', 78),
        { t: '短行列表一', w: 60 }, { t: '短行列表二', w: 60 }, { t: '短行列表三', w: 60 },
      ]]),
    );
    const paras = c.text.split('\n');
    expect(paras[1]).toBe('第二段开头在图片旁边排得较窄的一行第二段的第二行同样较窄地排在旁边第二段的第三行同样较窄地排在旁边第二段第四行也较窄，句子在这里结束之后又回到了整个版心宽度排满的一行文字内容在此第二段最后一行。');
    // short lines are not a narrower measure: they stay apart
    expect(paras.slice(-3)).toEqual(['短行列表一', '短行列表二', '短行列表三']);
  });
});

describe('running headers and footers', () => {
  it('drops a line repeated at the top of many pages', () => {
    const pages = [1, 2, 3, 4].map((n) => ['云南省总工会简报', { t: `第${n}页的正文内容。`, x: 106 }, `— ${n} —`]);
    const c = normalize(pdf(pages));
    expect(c.text).toBe('第1页的正文内容。\n第2页的正文内容。\n第3页的正文内容。\n第4页的正文内容。');
  });
});

describe('re-joining', () => {
  it('PDF: a line that fills the measure continues at the margin, across a page break, nothing inserted', () => {
    const full = (t: string) => ({ t, w: 434 });
    const c = normalize(
      pdf([
        [{ t: '一、总体要求', x: 106 }, { t: '企业是产业工人队伍建设改革各项政策举措落地落实的主体，是推', x: 106, w: 406 }, full('进改革的关键环节，为激发企业推进改革的内生动力，打通改革“最后'), '一公里”。', '— 1 —'],
        ['— 2 —', { t: '（一）加强思想政治引领', x: 106 }],
      ]),
    );
    expect(c.text).toBe('一、总体要求\n企业是产业工人队伍建设改革各项政策举措落地落实的主体，是推进改革的关键环节，为激发企业推进改革的内生动力，打通改革“最后一公里”。\n（一）加强思想政治引领');
  });

  it('PDF: a line starting with closing punctuation continues the previous one', () => {
    const c = normalize(pdf([[{ t: '形成三级改革示范点建设联动', x: 106, w: 406 }, '，形成了一批好经验好做法。']]));
    expect(c.text).toBe('形成三级改革示范点建设联动，形成了一批好经验好做法。');
  });

  it('paragraphs broken mid-sentence are joined; section starts, dates and header lines are not', () => {
    const c = normalize(
      txt(
        '云南省总工会',
        '云南省人力资源和社会保障厅',
        '文件',
        '云工通〔2022〕21号',
        '关于印发《关于发挥企业主体作用 积极',
        '推进产业工人队伍建设改革',
        '的实施意见》的通知',
        '各州（市）委组织部、人力资源社会保障局、',
        '企联、工商联：',
        '坚持边试行、边探索、边总结、边推广的工作思路，在示范点的引领带动下，全省改革多点开花、全面',
        '发力，稳步走深走实。',
        '党组坚持高位推动、系统谋划，形成了统一领导、齐抓共管的良好局面，有效构建改革“1135”',
        '工作模式。',
        '一、总体要求',
        '（一）加强思想政治引领',
        '云南省总工会',
        '2022年9月28日',
      ),
    );
    expect(c.text.split('\n')).toEqual([
      '云南省总工会',
      '云南省人力资源和社会保障厅',
      '文件',
      '云工通〔2022〕21号',
      // a title keeps the deliberate space between its parallel phrases
      '关于印发《关于发挥企业主体作用 积极推进产业工人队伍建设改革的实施意见》的通知',
      '各州（市）委组织部、人力资源社会保障局、企联、工商联：',
      '坚持边试行、边探索、边总结、边推广的工作思路，在示范点的引领带动下，全省改革多点开花、全面发力，稳步走深走实。',
      '党组坚持高位推动、系统谋划，形成了统一领导、齐抓共管的良好局面，有效构建改革“1135”工作模式。',
      '一、总体要求',
      '（一）加强思想政治引领',
      '云南省总工会',
      '2022年9月28日',
    ]);
  });

  it('a short line without a sentence in it (a title) is not joined with the paragraph after it', () => {
    const c = normalize(txt('关于印发方案的通知', '各单位：', '关于发挥企业主体作用的实施意见', '企业是改革的主体，现提出如下意见。'));
    expect(c.text.split('\n')).toHaveLength(4);
  });
});

describe('spaces and widths', () => {
  it('removes layout spaces, keeps spaces between Latin words', () => {
    expect(collapseSpaces('改 革 快 报')).toBe('改革快报');
    expect(collapseSpaces('2021 年第 23 期')).toBe('2021年第23期');
    expect(collapseSpaces('举办技能培训班 1287 个，补助 800 万元，达 100% 。')).toBe('举办技能培训班1287个，补助800万元，达100%。');
    expect(collapseSpaces('Windows 10 and QC 小组')).toBe('Windows 10 and QC 小组');
    expect(collapseSpaces('“敬业奉献好人” 1 人')).toBe('“敬业奉献好人”1人');
  });

  it('titles and headings keep one space between two Han characters; sentences and letter-spaced lines do not', () => {
    expect(titleLikeLine('高位推动 多措并举，制度先行 培育典型 曲靖经济技术开发区产业工人队伍建设改革经验')).toBe(true);
    expect(titleLikeLine('改 革 快 报')).toBe(false);
    expect(titleLikeLine('工 作 简 报')).toBe(false);
    // a list row whose two-character name is padded to three: its spaces are columns, kept
    expect(titleLikeLine('吕 红 某某市第一人民医院 护士长')).toBe(true);
    expect(titleLikeLine('经开区召开各种产改会议 10 余次，其中领导小组会 2 次。')).toBe(false);
    expect(collapseSpaces('高位推动 多措并举，制度先行 培育典型', true)).toBe('高位推动 多措并举，制度先行 培育典型');
    expect(collapseSpaces('2021 年 5 月 13 日 改革 快报', true)).toBe('2021年5月13日 改革 快报');
    expect(collapseSpaces('（一） 加强 思想', true)).toBe('（一）加强 思想');
    // a table row's cell that ends with a note in brackets keeps the space that parts it from the next cell
    expect(collapseSpaces('2 稻米加工创新工作室 邹立新（市劳动模范） 某某米业有限公司', true)).toBe('2稻米加工创新工作室 邹立新（市劳动模范） 某某米业有限公司');
    expect(collapseSpaces('高位推动 多措并举')).toBe('高位推动多措并举');
    const c = normalize(txt('改 革 快 报', '第5期', '高位推动 多措并举，制度先行 培育典型', '经开区 召开会议 10 余次。'));
    expect(c.text.split('\n')).toEqual(['改革快报', '第5期', '高位推动 多措并举，制度先行 培育典型', '经开区召开会议10余次。']);
  });

  it('folds full-width digits, letters and ％, keeps Chinese punctuation', () => {
    expect(foldWidth('２０２２年ＡＢｃ增长１５％（一）“”，。、：；《》〔〕')).toBe('2022年ABc增长15%（一）“”，。、：；《》〔〕');
    expect(normalize(txt('全年完成　１２８７ 个项目，增长１５％。')).text).toBe('全年完成1287个项目，增长15%。');
  });

  it('line offsets point into the final text', () => {
    const c = normalize(txt('标 题', '', '第一段 文字。', '第二段。'));
    for (const l of c.lines) expect(c.text.slice(l.start, l.end)).not.toContain('\n');
    expect(c.lines.map((l) => c.text.slice(l.start, l.end))).toEqual(['标题', '第一段文字。', '第二段。']);
  });
});

describe('markdown', () => {
  it('strips markup and keeps headings as structure', () => {
    const ls = markdownLines('# 改革快报\n\n---\n\n## **一、高位推动**\n\n**一是强思想。**正文*强调*内容。  \n> 引用的话。\n- 第一项\n1. 加强党建\n[链接](http://x)文字\n');
    expect(ls).toEqual([
      { text: '改革快报', page: null, kind: 'heading', level: 1 },
      { text: '一、高位推动', page: null, kind: 'heading', level: 2 },
      { text: '一是强思想。正文强调内容。', page: null, kind: 'para' },
      { text: '引用的话。', page: null, kind: 'para' },
      { text: '第一项', page: null, kind: 'para' },
      { text: '1.加强党建', page: null, kind: 'para' },
      { text: '链接文字', page: null, kind: 'para' },
    ]);
  });
});

describe('hard-wrapped text (copied out of a PDF at a fixed width)', () => {
  /** cut each paragraph (opened by two ideographic spaces) every `w` characters, as a PDF-to-text copy does */
  const wrapAt = (w: number, paras: string[]): string[] =>
    paras.flatMap((p) => {
      const s = [...`\u3000\u3000${p}`];
      const out: string[] = [];
      for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w).join(''));
      return out;
    });
  const body = [
    '为表彰先进、树立典型，经各基层工会推荐和县总工会审核，决定授予城关镇供水站等6个单位“县五一劳动奖状”称号，授予王某某等18名职工“县五一劳动奖章”。',
    '本次受表彰的18名职工中，一线职工11名，占61.1%；专业技术人员4名。受表彰单位年均节水3.6万吨，带动就业420人。',
    '希望受到表彰的单位和个人珍惜荣誉，再接再厉，在各自岗位上作出新的更大贡献。',
  ];

  it('joins the lines the wrap cut, inside words and numbers, and keeps the paragraphs', () => {
    const c = normalize(txt('某县总工会文件', '关于表彰县五一劳动奖状和奖章获得者的决定', '各乡镇工会：', ...wrapAt(24, body)));
    expect(c.text.split('\n')).toEqual(['某县总工会文件', '关于表彰县五一劳动奖状和奖章获得者的决定', '各乡镇工会：', ...body]);
  });

  it('drops a page mark between two lines of one paragraph, and takes a line opened by a comma back', () => {
    const cut = [
      '\u3000\u3000全县各级工会今年共走访慰问困难职工家',
      '庭1260户，发放慰问金和慰问品折合资金',
      '— 2 —',
      // (one line runs two characters over: the comma may not open the next one)
      '86.5万元，为患大病职工发放救助金23万元',
      '，惠及职工312人。',
    ];
    const c = normalize(txt('各乡镇工会：', ...cut, ...wrapAt(20, body)));
    expect(c.text.split('\n')).toEqual(['各乡镇工会：', '全县各级工会今年共走访慰问困难职工家庭1260户，发放慰问金和慰问品折合资金86.5万元，为患大病职工发放救助金23万元，惠及职工312人。', ...body]);
  });

  it('keeps a paragraph that opens at the margin apart when the line above ends a sentence short of the width', () => {
    const lines = [...wrapAt(20, body), '一、工作要求', '各单位要认真组织学习。'];
    expect(normalize(txt(...lines)).text.split('\n').slice(-2)).toEqual(['一、工作要求', '各单位要认真组织学习。']);
  });

  it('a typeset page copied out: digits half as wide as a character, an annex of records one a line past the width', () => {
    /** cut at `w` display columns, an ASCII character counting half */
    const typeset = (w: number, paras: string[]): string[] =>
      paras.flatMap((p) => {
        const out: string[] = [];
        let line = '';
        let width = 0;
        for (const ch of `\u3000\u3000${p}`) {
          const cw = ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
          if (width + cw > w) { out.push(line); line = ''; width = 0; }
          line += ch;
          width += cw;
        }
        return line ? [...out, line] : out;
      });
    const annex = ['附件', '1．某某镇电工技能创新工作室 依托单位：某某镇供电所 领衔人：赵某某（高级技师）',
      '2．某某县茶叶加工创新工作室 依托单位：某某县茶业有限公司 领衔人：钱某某（县级劳动模范）',
      '3．某某县汽修技能创新工作室 依托单位：某某县汽车运输公司 领衔人：孙某某（技师）'];
    const c = normalize(txt('各乡镇工会：', ...typeset(30, [...body, ...body]), ...annex));
    expect(c.text.split('\n')).toEqual(['各乡镇工会：', ...body, ...body, ...annex]);
  });

  it('leaves text with lines of varying length alone (a list, short paragraphs)', () => {
    const list = ['附件', '县五一劳动奖章获得者名单', '王某某　城关镇供水站站长', '李某　县人民医院护士长', '赵某某　县公交公司驾驶员', '孙某　某某机械有限公司钳工'];
    expect(normalize(txt(...list)).text.split('\n')).toEqual(list.map((l) => l.replace('\u3000', ' ')));
  });
});
