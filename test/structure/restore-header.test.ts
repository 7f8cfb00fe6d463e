// The header is read from the simplified fold of a traditional-script copy; its quoted fields go back
// in the copy's own characters even when the reader set their spaces otherwise than the text
// (a title's layout space dropped, a reporter's role set apart from the name).
import { describe, expect, it } from 'vitest';
import { foldToSimplified, restoreMeta } from '../../src/normalize/fold.js';
import { structure } from '../../src/structure/index.js';

const header = (text: string) => {
  const folded = foldToSimplified(text);
  return restoreMeta(structure({ text: folded, lines: [] }, 'txt').meta, text, folded);
};

describe('a traditional-script header keeps its characters', () => {
  it('restores a title whose layout space was dropped and a byline whose role was set apart', () => {
    const m = header('首頁 > 工會新聞 > 基層動態\n臨桂區總工會開展“金秋助學”活動 資助困難職工子女86名\n2025-08-28 來源：臨桂區總工會\n本網訊（通訊員黃志堅）8月27日，臨桂區總工會為86名困難職工子女發放助學金。');
    expect(m.byline).toBe('通訊員 黃志堅');
    expect(m.title?.replace(/\s/g, '')).toBe('臨桂區總工會開展“金秋助學”活動資助困難職工子女86名');
    expect(m.issuers).toEqual(['臨桂區總工會']);
  });
  it('restores a report speaker’s post and name and a simplified copy stays as it is', () => {
    expect(header('關於全縣技能人才工作情況的彙報\n——在縣政協專題協商會上的發言\n縣人社局局長 葉文華\n（2025年4月8日）\n各位委員：\n　　全縣技能人才總量達到3.2萬人。').byline).toBe('縣人社局局長 葉文華');
    expect(header('关于全县技能人才工作情况的汇报\n——在县政协专题协商会上的发言\n县人社局局长 叶文华\n（2025年4月8日）\n各位委员：').byline).toBe('县人社局局长 叶文华');
  });
});
