// Bylines, round 66: a role under a bulletin headline vouches for a transcribed name (本刊通訊員\u3000某某·某某)
// and for a Mongolian name of five letters, as it does for a Han one; a body's name after a role is still
// none. Texts written for this test in the layout of a two-article bulletin.
import { describe, expect, it } from 'vitest';
import { headerReader, arts } from './read-header.js';

const header = headerReader('bylines-r66-');

const p1 = '　　12月19日，县总工会命名7名同志为首批“某某工匠”，每人给予奖励6000元。\n';
const p2 = '　　今年以来，县总工会走访困难职工312户，发放慰问金约37万元。\n';
const issue = (credit: string) => `工会工作简报\n\n2025年第12期\n\n某某县总工会办公室　　　　2025年12月26日\n\n本期目录\n1．县总工会命名首批“某某工匠”7名\n2．冬送温暖慰问覆盖全县8个乡镇\n\n～～～～～～～～～～～～～～～～～～\n\n县总工会命名首批“某某工匠”7名\n\n${credit}\n\n${p1}\n冬送温暖慰问覆盖全县8个乡镇\n\n${p2}\n～～～～～～～～～～～～～～～～～～\n报：市总工会\n`;

describe('a long name after a byline role', () => {
  it('takes a transcribed name with its dot', async () => {
    const h = await header('t1.txt', issue('本刊通讯员　如仙古丽·阿不都热依木'));
    expect(arts(h)[0]).toBe('县总工会命名首批“某某工匠”7名 / 本刊通讯员 如仙古丽·阿不都热依木');
  });
  it('takes a Mongolian name of five letters', async () => {
    const h = await header('t2.txt', issue('本刊通讯员　敖登毕力格'));
    expect(arts(h)[0]).toBe('县总工会命名首批“某某工匠”7名 / 本刊通讯员 敖登毕力格');
  });
});
