// Round 72: subjects that the readers took from another phrase of the sentence (the pool a selection picked from,
// the figure before it), read again where the clause itself names what is counted (rules/subject-cues.yaml
// `agreement`, quantities/subject-settle.ts).
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a selection result closing its clause is named by its verb (agreement selects)', () => {
  run([
    ['本届评选自5月启动，全县共推荐候选人三十二名，经资格审查、专家评审和社会公示，最终评出11名。', '11名', '评出'],
    ['此次评选共收到推荐材料四十七份，经初审和实地考察，最终评出10名。', '10名', '评出'],
    ['各基层工会共推荐候选人24名，经资格审查、网络投票和社会公示，最终评选出6名。', '6名', '评选出'],
    ['評審委員會按程序評審，從四十六名候選人中評出12名。', '12名', '評出'],
    ['本次共有14家单位提出申报，经材料审核、实地核查和专家评审，最终命名6家。', '6家', '命名'],
  ]);
});

describe('what the selection reading leaves alone', () => {
  run([
    // (a running total and a noun after the figure are read by the readers before)
    ['全县已开展五届评选，累计评出50名。', '50名', '评出'],
    ['最终评出一等奖2名、三等奖6名。', '2名', '一等奖'],
  ]);
});
