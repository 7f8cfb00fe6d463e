// Hand-written canonical texts: header variants the samples do not show.
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';
import { canon } from './helpers.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const st = (t: string) => structure(canon(t), 'txt');

describe('bulletins', () => {
  it('工作简报 第3期 without 总第, office and Chinese-numeral date on one line, byline with 供稿', () => {
    const { meta, sections } = st(
      [
        '工作简报',
        '第3期',
        '昆明市总工会办公室编 二〇二一年三月五日',
        '昆明市总工会举办职工职业技能大赛',
        '3月以来，市总工会联合市人社局举办职工职业技能大赛，共有1200名职工参赛。',
        '一、精心组织',
        '大赛设8个工种。',
        '二、广泛发动',
        '各县区工会积极组织。',
        '（供稿：昆明市总工会宣传教育部）',
        '送：各县（市、区）总工会。',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      kind: 'bulletin', series: '工作简报', year: 2021, issue: 3, totalIssue: null, date: '2021-03-05',
      issuers: ['昆明市总工会办公室'], title: '昆明市总工会举办职工职业技能大赛', byline: '昆明市总工会宣传教育部',
      distribution: { bao: [], song: ['各县（市、区）总工会'] }, docNumber: null, attachmentTitle: null,
    });
    expect(sections.map((s) => s.marker)).toEqual(['一、', '二、']);
    const last = sections[1]!;
    expect(last.heading).toBe('广泛发动');
    // the section ends before the byline and the distribution list
    expect(last.end).toBe(last.start + '二、广泛发动\n各县区工会积极组织。'.length);
  });

  it('stray spaces everywhere in the header (改 革 快 报, 2022 年第 23 期)', () => {
    const { meta } = st(
      [
        '某某省总工会办公室 改 革 快 报',
        '2022 年第 23 期（总第 74 期）',
        '某某省总工会办公室',
        '2022 年 10 月 9 日',
        '某某公司推动改革走深走实',
        '某某公司把改革作为推动企业高质量发展的重要载体。',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ series: '改革快报', year: 2022, issue: 23, totalIssue: 74, date: '2022-10-09', issuers: ['某某省总工会办公室'] });
  });

  it('office and series on one line without spaces; office only there; 工作动态', () => {
    const { meta } = st(
      [
        '云南省总工会办公室工作动态',
        '2023年第5期(总第120期)',
        '2023年4月2日',
        '省总工会召开产改推进会',
        '4月1日，省总工会召开全省产业工人队伍建设改革推进会。',
        '（作者单位：云南省总工会组织部）',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      kind: 'bulletin', series: '工作动态', year: 2023, issue: 5, totalIssue: 120, date: '2023-04-02',
      issuers: ['云南省总工会办公室'], title: '省总工会召开产改推进会', byline: '云南省总工会组织部',
    });
  });

  it('issuing office broken over two lines is joined', () => {
    const { meta } = st(
      ['改革快报', '2021年第14期（总第40期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2021年7月30日', '标题', '正文第一段。'].join('\n'),
    );
    expect(meta.issuers).toEqual(['云南省新时期产业工人队伍建设改革工作协调领导小组办公室']);
    expect(meta.year).toBe(2021);
    expect(meta.issue).toBe(14);
    expect(meta.totalIssue).toBe(40);
  });

  it('title spacing: layout spaces go, phrase-separating spaces stay (one space)', () => {
    const body = '正文说产业工人队伍建设改革。\n（某某市总工会  张三）';
    const a = st(['改革快报', '2022年第23期', '2022年10月9日', '某局（公司） “五坚持”全力推动产业工人队伍 建设改革走深走实', body].join('\n'));
    expect(a.meta.title).toBe('某局（公司）“五坚持”全力推动产业工人队伍建设改革走深走实');
    const b = st(['改革快报', '2021年第10期', '2021年5月13日', '高位推动  多措并举，制度先行 培育典型 某某开发区改革经验', body].join('\n'));
    expect(b.meta.title).toBe('高位推动 多措并举，制度先行 培育典型 某某开发区改革经验');
    expect(b.meta.byline).toBe('某某市总工会 张三');
  });

  it('no date: the name lines after the issue line are the office, not the title', () => {
    const { meta } = st(['情况通报', '第12期', '某某市总工会办公室', '全市工会开展送温暖活动', '1月以来，全市各级工会开展送温暖活动。'].join('\n'));
    expect(meta).toMatchObject({ series: '情况通报', issue: 12, year: null, date: null, issuers: ['某某市总工会办公室'], title: '全市工会开展送温暖活动' });
  });

  it('a title over two lines is joined; a (供稿) byline under the title', () => {
    const { meta } = st(
      ['工作简报', '2020年第1期', '2020年1月6日', '某某市总工会', '扎实推进职工服务阵地建设', '（供稿：某某区总工会）', '近年来，某某市总工会扎实推进阵地建设。'].join('\n'),
    );
    // 某某市总工会 sits between the date and the title: with no date-line office it is a title line
    expect(meta.byline).toBe('某某区总工会');
    expect(meta.title).toBe('某某市总工会扎实推进职工服务阵地建设');
  });
});

describe('notices', () => {
  const NOTICE = [
    '云南省总工会',
    '云南省人力资源和社会保障厅',
    '文件',
    '云工发〔2021〕3 号',
    '关于开展2021年全省职工',
    '职业技能大赛的通知',
    '各州（市）总工会、人力资源社会保障局：',
    '为深入贯彻落实有关精神，现将有关事项通知如下。',
    '一、大赛时间',
    '2021年5月至10月。',
    '二、参赛对象',
    '全省企业职工。',
    '云南省总工会',
    '云南省人力资源和社会保障厅',
    '2021年3月1日',
    '（此件公开发布）',
    '抄送：全国总工会，人力资源社会保障部。',
  ].join('\n');

  it('two issuers, 〔2021〕 文号 with a stray space, a title over two lines, the signing date', () => {
    const { meta, sections } = st(NOTICE);
    expect(meta).toMatchObject({
      kind: 'notice', docNumber: '云工发〔2021〕3号', issuers: ['云南省总工会', '云南省人力资源和社会保障厅'],
      title: '关于开展2021年全省职工职业技能大赛的通知', date: '2021-03-01', attachmentTitle: null, series: null,
      byline: null, distribution: { bao: [], song: ['全国总工会', '人力资源社会保障部'] },
    });
    expect(sections.map((s) => s.heading)).toEqual(['大赛时间', '参赛对象']);
    expect(meta.bodyStart).toBe(NOTICE.indexOf('各州（市）'));
  });

  it.each([
    ['云政办发[2020] 15 号', '云政办发〔2020〕15号'],
    ['云发（2021）3号', '云发〔2021〕3号'],
    ['滇工发(2022)07号', '滇工发〔2022〕7号'],
    ['云工通［2022］21号', '云工通〔2022〕21号'],
  ])('文号 %s → %s', (raw, want) => {
    const { meta } = st(['云南省人民政府办公厅文件', raw, '关于印发某某办法的通知', '各州、市人民政府：', '现将《某某办法》印发给你们。', '云南省人民政府办公厅', '2020年6月1日', '某某办法', '第一条 为了……'].join('\n'));
    expect(meta.kind).toBe('notice');
    expect(meta.docNumber).toBe(want);
    expect(meta.issuers).toEqual(['云南省人民政府办公厅']);
    // no 《》 in the title: the title line of the attached document
    expect(meta.attachmentTitle).toBe('某某办法');
  });

  it('signature names win over the header when they differ (seals go on the signature)', () => {
    const { meta } = st(
      ['甲省国有资产管理委员会', '甲省总工会', '文件', '甲工通〔2022〕1号', '关于印发《某某意见》的通知', '各单位：', '现印发给你们。', '甲省国有资产监督管理委员会', '甲省总工会', '2022年1月5日', '某某意见'].join('\n'),
    );
    expect(meta.issuers).toEqual(['甲省国有资产监督管理委员会', '甲省总工会']);
    expect(meta.attachmentTitle).toBe('某某意见');
  });

  it('without a signature block the header names are used; Chinese-numeral signing date', () => {
    const { meta } = st(
      ['甲省总工会', '乙省总工会', '文件', '甲工发〔2021〕9号', '关于做好某某工作的通知', '各市总工会：', '请做好某某工作。', '二〇二一年十二月三十一日'].join('\n'),
    );
    expect(meta.issuers).toEqual(['甲省总工会', '乙省总工会']);
    expect(meta.date).toBe('2021-12-31');
  });

  it('names set side by side and run together by the normalizer are split again', () => {
    const { meta } = st(
      ['中共云南省委组织部云南省总工会', '文件', '云工发〔2021〕9号', '关于做好某某工作的通知', '各州（市）委组织部、总工会：', '请做好某某工作。', '中共云南省委组织部云南省总工会', '2021年12月31日'].join('\n'),
    );
    expect(meta.issuers).toEqual(['中共云南省委组织部', '云南省总工会']);
  });

  it('a bulletin mentioning a 文号 in its body stays a bulletin', () => {
    const { meta } = st(['改革快报', '2022年第1期', '2022年1月1日', '标题', '根据云工通〔2022〕21号文件精神，各地积极推进。'].join('\n'));
    expect(meta.kind).toBe('bulletin');
    expect(meta.docNumber).toBeNull();
  });
});

describe('other documents', () => {
  it('no series, no 文件, no 文号: kind other, title from the first line', () => {
    const { meta } = st(['关于某某情况的报告', '今年以来，我们做了大量工作。', '2021年3月1日'].join('\n'));
    expect(meta).toMatchObject({ kind: 'other', title: '关于某某情况的报告', date: '2021-03-01', series: null, docNumber: null });
  });
  it('empty text', () => {
    const { meta, sections } = st('');
    expect(meta.kind).toBe('other');
    expect(sections).toEqual([]);
  });
});

describe('series names', () => {
  it('does not cut a series name inside 队伍 (traditional or simplified)', async () => {
    const { structure } = await import('../../src/structure/index.js');
    const { foldToSimplified } = await import('../../src/normalize/fold.js');
    for (const head of ['某某市產業工人隊伍建設改革簡報', '某某市产业工人队伍建设改革简报', '某某自治州产业工人队伍建设改革工作动态']) {
      const text = foldToSimplified(`${head}\n第5期\n某某市总工会办公室　2023年5月8日\n某市推进产改\n正文。`);
      expect(structure({ text, lines: [] }, 'txt').meta.series).toBe(foldToSimplified(head));
    }
  });
});

describe('a bulletin’s issuer: the body in the masthead, not the office that edits it', () => {
  const meta = (text: string) => structure({ text, lines: [] }, 'txt').meta;
  it('takes the masthead body above the series over its 办公室 that edits the issue', () => {
    expect(meta('某某省人力资源和社会保障厅\n改 革 快 报\n（2024年第7期）\n厅办公室编印　　2024年7月2日\n甲市建成零工市场\n正文。').issuers).toEqual(['某某省人力资源和社会保障厅']);
    expect(meta('重庆市江北区总工会\n工作动态\n第3期\n区总工会办公室　　2024年3月9日\n甲街道开展技能比武\n正文。').issuers).toEqual(['重庆市江北区总工会']);
    // (the pipeline folds traditional script before structure reads it)
    expect(meta(foldToSimplified('雲南省昆明市總工會\n工作簡報\n第2期\n市總工會辦公室編　　2024年2月9日\n甲區開展技能比武\n正文。')).issuers).toEqual(['云南省昆明市总工会']);
  });
  it('keeps the office when no body stands above the series, or the line under it is a body of its own', () => {
    expect(meta('工作简报\n第3期\n延边州总工会办公室　　2025年3月28日\n州总工会召开推进会\n正文。').issuers).toEqual(['延边州总工会办公室']);
    expect(meta('某某集团\n工会工作动态\n第5期\n某某集团公司工会　　2024年5月6日\n甲厂开展练兵\n正文。').issuers).toEqual(['某某集团公司工会']);
  });
});
