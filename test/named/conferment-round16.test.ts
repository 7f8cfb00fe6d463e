// Round 16 mechanisms of the conferment grammar (issue 18, recall of honours): a ceremony that names a
// title, the disposal 将 before 表彰为, appointments 聘任…为“H”, a batch word (首届) outside the name, a
// participle before the holders' noun, a title opened as honours are. Each is tested on sentences written
// for it in other provinces and both scripts, and on what it must leave alone.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.rule, h.name, h.count]);
const names = (text: string, province: string) => got(text, province).map((x) => x[1]);

describe('a ceremony names the title, the recipients are counted after it (“H”命名大会，对…N名职工予以命名)', () => {
  it('reads the title and the count, in either script', () => {
    expect(got('6月3日，某某县总工会召开首批“洮河工匠”命名大会，对来自农机、建筑等行业的8名职工予以命名。', '甘肃省'))
      .toContainEqual(['conferment.frame', '洮河工匠', 8]);
    expect(got('縣總工會舉行首屆「蒼山工匠」命名儀式，對李某等15名職工予以命名，每人獎勵3000元。', '云南省'))
      .toContainEqual(['conferment.frame', '苍山工匠', 15]);
  });
  it('takes no campaign named by its ceremony, nor a ceremony to come', () => {
    expect(got('召开“安全生产月”表彰大会，对12个单位予以表彰。', '甘肃省')).toEqual([]);
    expect(got('计划召开首届“洮河工匠”命名大会，对10名职工予以命名。', '甘肃省')).toEqual([]);
  });
});

describe('the disposal 将 before 表彰为 is a record, not a plan', () => {
  it('reads 决定：将 X 等N名同志表彰为“H”, and the selections later in the sentence', () => {
    const t = '市妇联决定：将王某等18名同志表彰为“玉林市三八红旗手”，将某某科等6个集体表彰为“玉林市三八红旗集体”；同时评选出“玉林市巾帼建功标兵”12名。';
    const g = got(t, '广西壮族自治区');
    expect(g).toContainEqual(['conferment.count-verb', '玉林市三八红旗手', 18]);
    expect(g).toContainEqual(['conferment.count-verb', '玉林市三八红旗集体', 6]);
    expect(g).toContainEqual(['conferment.select', '玉林市巾帼建功标兵', 12]);
  });
  it('still reads 将 as the future where no recipients are disposed of', () => {
    expect(got('市妇联将评选出“玉林市巾帼建功标兵”12名。', '广西壮族自治区')).toEqual([]);
  });
});

describe('an appointment to a title (聘任 X 等N名…为首批“H”) and its anaphora', () => {
  it('reads the title without its batch word, then the later count of its holders', () => {
    const t = '市人社局聘任某某公司李某等30名高技能人才为首批“许昌市首席技师”，聘期三年。在这30名首席技师中，女性5人。';
    const g = got(t, '河南省');
    expect(g).toContainEqual(['conferment.name-as', '许昌市首席技师', 30]);
    expect(g).toContainEqual(['conferment.anaphora', '许昌市首席技师', 30]);
  });
  it('never takes the verb of appointing into a name found by its ending', () => {
    expect(names('今年聘任首席技师25名。', '山东省')).not.toContain('聘任首席技师');
  });
});

describe('a batch word (首届, 首批) is no part of the name', () => {
  it('reads 获评首届“H”', () => {
    expect(got('某某县16名职工获评首届“石门工匠”。', '湖南省')).toContainEqual(['conferment.count-verb', '石门工匠', 16]);
  });
});

describe('a participle before the holders\' noun (在N个新命名的H集体中) points back to that honour', () => {
  it('reads it in either script', () => {
    const t = '命名某某窗口等12個青年集體為「鼓樓區青年文明號」。在12個新命名的青年文明號集體中，來自醫療系統的有4個。';
    expect(got(t, '福建省')).toContainEqual(['conferment.anaphora', '鼓楼区青年文明号', 12]);
  });
  it('takes no count that matches no conferment', () => {
    const t = '命名某某窗口等12个青年集体为“鼓楼区青年文明号”。在9个新命名的青年文明号集体中，来自医疗系统的有4个。';
    expect(got(t, '福建省').filter((x) => x[0] === 'conferment.anaphora')).toEqual([]);
  });
  it('takes 获得命名的N名工匠 as the holders again, not a new participle', () => {
    const t = '召开首届“龙泉工匠”命名大会，对某某等9名职工予以命名。获得命名的9名工匠来自5个行业。';
    const g = got(t, '浙江省');
    expect(g).toContainEqual(['conferment.anaphora', '龙泉工匠', 9]);
    expect(g.filter((x) => x[0] === 'conferment.participle')).toEqual([]);
  });
});

describe('a title opened as honours are (最美…, 十佳…) after a verb of receiving one', () => {
  it('reads 获评“H” with no honour ending', () => {
    expect(got('驾驶员张某获评“南平市最美货车司机”。', '福建省')).toContainEqual(['conferment.conferred', '南平市最美货车司机', null]);
    expect(got('縣總工會還表彰了「黎平縣最美一線職工」12名。', '贵州省')).toContainEqual(['conferment.select', '黎平县最美一线职工', 12]);
  });
  it('takes no grade of appraisal nor a quoted slogan', () => {
    expect(got('他的年度考核获评“优秀”。', '福建省')).toEqual([]);
    expect(got('该项目入选“优秀案例”。', '福建省').filter((x) => x[0] === 'conferment.conferred')).toEqual([]);
  });
});
