// Round 44 of issue 18 (honours): a county's own document that confers a batch of its titles by the grade word
// (新认定县级技能大师工作室5个) names that county's title, the county written as the text writes it (an autonomous
// county by its short form when the text uses it); a prefecture's document, a bare unit, a single unit found to be of
// the grade, or a county the text holds inside a longer one keep the grade word. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { withCountyNames } from '../../src/extract/named/refine.js';
import type { Award } from '../../src/types.js';

const award = (name: string, count: number | null): Award =>
  ({ name, count, level: 'county', rule: 'conferment.named-counted', text: name, start: 0, end: name.length } as unknown as Award);
const names = (awards: Award[], county: string | null, text: string) => withCountyNames(awards, county, text).map((a) => a.name);

describe('a county title conferred by its grade word', () => {
  it('names the county’s title in the county’s own document', () => {
    const text = '舒城县人社局今年新认定县级技能大师工作室5个，舒城县总工会新命名县级劳模创新工作室2个。';
    expect(names([award('县级技能大师工作室', 5), award('县级劳模创新工作室', 2)], '舒城县', text))
      .toEqual(['舒城县技能大师工作室', '舒城县劳模创新工作室']);
  });
  it('writes an autonomous county the way the text does', () => {
    const text = '江华自治县总工会新命名县级职工创新工作室4个。江华自治县现有各级工作室20个。';
    expect(names([award('县级职工创新工作室', 4)], '江华瑶族自治县', text)).toEqual(['江华自治县职工创新工作室']);
  });
  it('keeps the grade word where the text never names the county, or names a longer county holding it', () => {
    expect(names([award('县级技能大师工作室', 5)], '舒城县', '全县新认定县级技能大师工作室5个。')).toEqual(['县级技能大师工作室']);
    expect(names([award('县级技能大师工作室', 5)], '唐县', '行唐县新认定县级技能大师工作室5个。')).toEqual(['县级技能大师工作室']);
  });
  it('keeps the grade word for a bare unit, a span of grades, one uncounted unit, and a prefecture', () => {
    const text = '舒城县新认定县级工作室3个，县级以上劳动模范12名。';
    expect(names([award('县级工作室', 3), award('县级以上劳动模范', 12), award('县级技能大师工作室', null)], '舒城县', text))
      .toEqual(['县级工作室', '县级以上劳动模范', '县级技能大师工作室']);
    expect(names([award('县级技能大师工作室', 5)], null, '宿州市新认定县级技能大师工作室5个。')).toEqual(['县级技能大师工作室']);
  });
  it('reads 区级 in a district’s document', () => {
    const text = '某某区总工会：浦口区新命名区级劳模创新工作室5家。';
    expect(names([award('区级劳模创新工作室', 5)], '浦口区', text)).toEqual(['浦口区劳模创新工作室']);
  });
});
