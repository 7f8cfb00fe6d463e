// Round 62 (subA): which phrase a figure's subject is chosen from, when the clause names no noun for it.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a lone verb of disposal counts its own act, not the total received before it', () => {
  run([
    ['全年受理职工法律援助申请37件，办结35件。', '35件', '办结'],
    // (round 69: the 已 before a completed act counted alone is kept, as the genre's golds write it — 已办结 5 of 6,
    // 已整改 5 of 6 in TRAIN; rules/subject-cues.yaml doneSoFar)
    ['收集职工意见建议58条，已办结51条，其余7条正在协调办理。', '51条', '已办结'],
  ]);
});

describe('a verb and the head it names right after the count are one noun, the thing counted', () => {
  run([
    ['本届评选共收到推荐人选四十五名，经过逐级推荐，最终确定30名表彰对象。', '30名', '表彰对象'],
    ['其中先后有6名获奖职工被评为市五一劳动奖章获得者。', '6名', '获奖职工'],
  ]);
});
