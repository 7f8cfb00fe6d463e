import { describe, expect, it } from 'vitest';
import { lineStart, startAfter, textBackTo, PHRASE_ENDS, SENTENCE_PART_ENDS } from '../../src/text-lines.js';

// startAfter reads back to the nearest break instead of one lastIndexOf per break (which reads to the text's start
// for every break the text lacks); it must give what that formula gave, at every offset, the ends included
const byLastIndex = (text: string, at: number, breaks: string) => Math.max(...[...breaks].map((c) => text.lastIndexOf(c, at - 1))) + 1;

describe('startAfter', () => {
  const texts = ['', '。', '\n', '甲乙。丙丁！戊\n己？庚', '附件\n1．某公司\n　　工作室名称：某某创新工作室', '没有句读的一行字'];
  const breaks = ['。！？\n', '，；。\n', '。\n', '\n'];

  it('is the last break before the offset plus one, at every offset (0, the end and past it too)', () => {
    for (const text of texts) {
      for (const b of breaks) {
        for (let at = 0; at <= text.length + 2; at++) expect(startAfter(text, at, b), `${JSON.stringify(text)} ${at} ${JSON.stringify(b)}`).toBe(byLastIndex(text, at, b));
      }
    }
  });

  it('with only the line break, is lineStart', () => {
    const text = '第一行\n第二行\n\n第四行';
    for (let at = 1; at <= text.length; at++) expect(startAfter(text, at, '\n')).toBe(lineStart(text, at));
  });
});

describe('textBackTo', () => {
  it('is the clause before a name, back to the last break and never past the text start', () => {
    const text = '经研究，决定授予张三同志“某市劳动模范”称号；命名李四技能大师工作室';
    expect(textBackTo(text, text.indexOf('“'), SENTENCE_PART_ENDS)).toBe('经研究，决定授予张三同志');
    expect(textBackTo(text, text.indexOf('“'), PHRASE_ENDS)).toBe('决定授予张三同志');
    expect(textBackTo(text, text.indexOf('李四'), PHRASE_ENDS)).toBe('命名');
    expect(textBackTo('。甲乙', 0, PHRASE_ENDS)).toBe('');
    expect(textBackTo('甲乙丙', 2, PHRASE_ENDS)).toBe('甲乙');
  });
});
