// --explain says why a name was or was not taken for a person (issue 18): a word jieba tags as a
// person's name with nothing in the layout to confirm it is listed as rejected, with the reason.
import { describe, expect, it } from 'vitest';
import { explainNamed } from '../../src/extract/named/explain.js';

const people = (s: string) => explainNamed(s).filter((l) => l.rule.startsWith('person.'));

describe('explain: people not recognised', () => {
  it('lists a name jieba tags with no role, 同志 or label as unconfirmed, surname included', () => {
    const lines = people('活动当天，李红梅参加了全市职工书法比赛。');
    const l = lines.find((x) => x.rule === 'person.unconfirmed');
    expect(l?.text).toBe('李红梅');
    expect(l?.rejected).toMatch(/no role or post, 同志/);
    expect(lines.some((x) => !x.rejected)).toBe(false);
  });

  it('does not list a name a rule took as a person', () => {
    const lines = people('市总工会主席王建国出席会议并讲话。');
    expect(lines.some((l) => l.text === '王建国' && !l.rejected)).toBe(true);
    expect(lines.some((l) => l.rule === 'person.unconfirmed')).toBe(false);
  });

  it('takes X同志 at the start of a sentence', () => {
    const lines = people('会议由县总工会召集。高明同志主持会议，各乡镇工会主席参加。');
    expect(lines.find((l) => l.rule === 'person.comrade' && !l.rejected)?.text).toBe('高明');
  });
});
