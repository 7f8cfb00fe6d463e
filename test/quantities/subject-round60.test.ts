// Round 60: subjects the genre's gold names one way in most halves (counted on both sides before the change).
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('推动 before a measure that changes is a causative: what changed is counted', () => {
  run([
    ['下一步要推动小微企业工会组建率提高到70%以上。', '70%以上', '小微企业工会组建率'],
    ['推动示范企业由8家扩大到15家。', '15家', '示范企业'],
    ['今年推动货车司机入会860人。', '860人', '货车司机'],
  ]);
});

describe('a gain made for a body (为企业增效) counts the gain; 分别 before a verb of giving is an adverb', () => {
  run([
    ['新工艺投产后，每年为企业增效约90万元。', '约90万元', '增效'],
    ['改进后的流程一年为公司增收120万元。', '120万元', '增收'],
    ['对新认定的省级、市级工作室，分别给予建设资金8万元、4万元。', '8万元', '建设资金'],
  ]);
});
