// Runs every example of rules/lists.yaml through extractQuantities: `parts` says which total each
// listed figure is a part of, `none` which figures must be part of nothing. Then the list shapes
// the issue names, on full sentences.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { directParts, isBreakdown, loadListRules } from '../../src/extract/quantities/lists.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta, ExtractContext, Quantity } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const ctx = (text: string): ExtractContext => ({ text, meta, sections: [], pageAt: () => null });

/** figure as written → the figure (as written) it is a part of, or null */
function structure(written: string): Map<string, string | null> {
  // the extractors read the text folded to simplified script (src/pipeline/process.ts), as here
  const text = foldToSimplified(written);
  const qs = extractQuantities(ctx(text));
  return new Map(qs.map((q: Quantity) => [q.text.replace(/\s+/g, ''), q.partOf === null ? null : qs[q.partOf].text.replace(/\s+/g, '')]));
}

describe('rules/lists.yaml examples', () => {
  for (const r of loadListRules().rules) {
    for (const ex of [...r.examples.positive, ...r.examples.negative]) {
      it(`${r.id}: ${ex.text}`, () => {
        const s = structure(ex.text);
        for (const [p, t] of Object.entries(ex.parts ?? {})) {
          const [part, total] = [foldToSimplified(p), foldToSimplified(t)];
          expect(s.has(part), `${part} is a figure`).toBe(true);
          expect(s.get(part), `${part} is a part of ${total}`).toBe(total);
        }
        for (const f of (ex.none ?? []).map(foldToSimplified)) {
          expect(s.has(f), `${f} is a figure`).toBe(true);
          expect(s.get(f), `${f} is a part of nothing`).toBe(null);
        }
      });
    }
  }
});

describe('list shapes', () => {
  const issue = '全区现有高技能人才4150人{c}其中高级技师310人、技师1240人、高级工2500人。';
  for (const c of ['，', ',', '；', '。', '']) {
    it(`其中 after "${c}" links every part to the total`, () => {
      const s = structure(issue.replace('{c}', c));
      for (const p of ['310人', '1240人', '2500人']) expect(s.get(p)).toBe('4150人');
    });
  }
  it('其中， (a comma after the intro word) still links', () => {
    const s = structure('全区现有高技能人才4150人，其中，高级技师310人、技师1240人、高级工2500人。');
    expect(s.get('1240人')).toBe('4150人');
  });
  for (const w of ['共', '共有', '合计', '总计', '累计']) {
    it(`a total after ${w} with its parts in the next clause`, () => {
      const s = structure(`全县${w}建成站点46个，城区22个、乡镇18个、园区6个。`);
      for (const p of ['22个', '18个', '6个']) expect(s.get(p)).toBe('46个');
    });
  }
  it('a nested list: each level is a part of the one above, and the total has one direct part', () => {
    const text = '全县职工总数18600人，其中一线职工12400人，一线职工中技术工人5600人。';
    const qs = extractQuantities(ctx(text));
    const s = structure(text);
    expect(s.get('12400人')).toBe('18600人');
    expect(s.get('5600人')).toBe('12400人');
    const parts = directParts(qs);
    expect(parts.get(0)?.map((q) => q.text)).toEqual(['12400人']);
  });
});

describe('isBreakdown: which parts must add up to their total', () => {
  it('groups of one classification do', () => {
    expect(isBreakdown(['一线职工', '管理人员'])).toBe(true);
    expect(isBreakdown(['男职工', '女职工'])).toBe(true);
    expect(isBreakdown(['高级技师', '技术工人', '管理人员'])).toBe(true);
  });
  it('an attribute group beside other groups, or two attributes, cut across them and do not', () => {
    expect(isBreakdown(['女性同志', '中小学校和幼儿园'])).toBe(false);
    expect(isBreakdown(['女职工', '农民工'])).toBe(false);
    expect(isBreakdown(['一线职工', '青年职工'])).toBe(false);
  });
});

describe('a counted set named as the topic, and its parts (round 5, own sentences)', () => {
  const cases: [string, Record<string, string | null>][] = [
    // the figure with its noun before 中 / 里 frames the clauses after it
    ['获评市级技术能手的30名职工里，女职工有12名，其中少数民族9名。', { '12名': '30名', '9名': '12名' }],
    ['获得表彰的18名青年中，女青年7名、少数民族青年4名。', { '7名': '18名', '4名': '18名' }],
    // a relative clause + count opening the sentence; headless 的 clauses after it in its unit
    ['受表彰的40名劳动模范，来自生产一线的有26名，来自企业管理岗位的有9名。', { '26名': '40名', '9名': '40名' }],
    ['此次认定的12家工作室共有成员180人，有省级劳动模范领衔的5家，由“龙江工匠”领衔的4家。', { '5家': '12家', '4家': '12家', '180人': null }],
    ['受表彰的60名職工，來自一線崗位的有38名。', { '38名': '60名' }],
    ['全市新评的20家示范点，已建成的有12家，在建的8家。', { '12家': '20家', '8家': '20家' }],
    ['本次表彰的25名巾帼建功标兵平均年龄41岁，来自农村的有11名。', { '11名': '25名' }],
    // a frame after a conjunction (而…中) at the head of the figure's clause
    ['其中，制造业产业工人3.6万人，在制造业产业工人中，一线操作岗位的有2.4万人，而一线操作岗位中持证的为1.1万人。', { '2.4万人': '3.6万人', '1.1万人': '2.4万人' }],
    ['全县会员2.8万人，而会员中新就业形态劳动者有4200人。', { '4200人': '2.8万人' }],
    // not a topic: the count is no relative clause's set, or the later clause has its own noun
    ['为120名困难职工子女发放助学金，每人2000元，考入本科的有80名。', { '80名': null }],
    ['全县评出先进班组15个，其他单位推荐的有6个。', { '6个': null }],
    // 其中 opening the next sentence divides a total its clause opened with a total word (累计, 共计)
    ['县总工会开设课堂，累计开班86期，培训职工3200余人次。其中，面向农民工的专班有30期，参训农民工900人次。', { '30期': '86期', '900人次': '3200余人次' }],
    ['市人社局举办招聘会，共计提供岗位5600个，吸引求职者1.1万人次。其中，技能类岗位2100个。', { '2100个': '5600个' }],
    ['全县会员4.2万人，比上年增加3000人，新建工会组织12家。其中，女会员1.9万人。', { '1.9万人': '4.2万人', '3000人': null }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const s = structure(text);
      for (const [p, t] of Object.entries(want)) expect(s.get(foldToSimplified(p)), p).toBe(t === null ? null : foldToSimplified(t));
    });
  }
});

describe('a total with an aside of what it includes', () => {
  it('33个（含本批的7个），其中…: the list after the aside divides the total, the aside is a part of it too', () => {
    const s = structure('全区累计建成劳模创新工作室25个（含本批命名的7个），其中国家级2个、省级6个、市级11个。');
    for (const p of ['2个', '6个', '11个', '7个']) expect(s.get(p)).toBe('25个');
  });
  it('（不含…）: what the total leaves out is no part of it', () => {
    const s = structure('全市现有首席技师工作室14个（不含本次确定的4个），其中市级9个、县级5个。');
    expect(s.get('4个')).toBe(null);
    expect(s.get('9个')).toBe('14个');
  });
});

describe('an annex grouped under counted headings with no count of its own', () => {
  const body = '经评审，决定命名数控加工劳模创新工作室等7个工作室为第三批县级劳模创新工作室。\n\n附件\n\n第三批县级劳模创新工作室名单\n\n';
  it('the groups divide the batch the body counted when they add up to it', () => {
    const s = structure(`${body}（一）先进制造（4个）\n1．数控加工劳模创新工作室\n（二）现代农业（3个）\n5．果树栽培创新工作室\n`);
    expect(s.get('4个')).toBe('7个');
    expect(s.get('3个')).toBe('7个');
  });
  it('groups that add up to no figure of the body: none', () => {
    const s = structure(`${body}（一）先进制造（4个）\n1．数控加工劳模创新工作室\n（二）现代农业（2个）\n5．果树栽培创新工作室\n`);
    expect(s.get('4个')).toBe(null);
  });
});

describe('a total counted in two measure words (人（户）)', () => {
  it('its parts may be counted in either', () => {
    const s = structure('春节期间走访慰问困难职工和农民工共计1520人（户）。其中，慰问困难职工家庭410户，慰问农民工860余人。');
    expect(s.get('410户')).toBe('1520人');
    expect(s.get('860余人')).toBe('1520人');
  });
});

describe('其中 after a verb (占其中的N) points at the set just named', () => {
  it('a part of the last figure before it, not of the list’s total', () => {
    const s = structure('全县高技能人才4210人，其中取得技师以上等级的有760人，高级技师又占其中的95人。');
    expect(s.get('760人')).toBe('4210人');
    expect(s.get('95人')).toBe('760人');
  });
});

describe('a last part that names an earlier part’s level', () => {
  it('is a part of that level when the total could not hold it too', () => {
    const s = structure('全市共有劳模创新工作室15个，其中省级3个、市级5个、县级7个，今年新命名的县级工作室4个已投入运行。');
    expect(s.get('7个')).toBe('15个');
    expect(s.get('4个')).toBe('7个');
  });
});

describe('a selection counted in another classifier than its entrants (家 → 个)', () => {
  it('the selected are a part of the bodies that entered', () => {
    const s = structure('今年共有14家企业申报首席技师工作室，经评审确定6个，入选率约43%。');
    expect(s.get('6个')).toBe('14家');
  });
});

describe('an intro closing its line with a colon, the parts in numbered items', () => {
  it('the items of one level are its parts; deeper items belong to the item they follow', () => {
    const s = structure('（二）帮扶目标。全年走访慰问困难职工2600户以上，其中：\n1.因病致困职工800户；\n2.一线职工1500户，分别是：\n（1）制造业900户；\n（2）建筑业600户。\n3.其他300户。\n（三）保障措施。全年安排经费120万元。\n');
    expect(s.get('800户')).toBe('2600户以上');
    expect(s.get('1500户')).toBe('2600户以上');
    expect(s.get('300户')).toBe('2600户以上');
    expect(s.get('900户')).toBe('1500户');
    expect(s.get('600户')).toBe('1500户');
    expect(s.get('120万元')).toBeNull();
  });
});
