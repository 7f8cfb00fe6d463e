// Round 64 (quantity subjects): the readers that look back over the sentence for a quoted title (a count
// per round, a planned selection) stop where the sentence starts, at 。！？ or a line break. Sentences
// written for this test.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a title named in the sentence before an exclamation or a question is no part of this one', () => {
  run([
    ['欢迎参评“技术能手”！“某某工匠”每三年评一次，每届不超过8名。', '不超过8名', '某某工匠'],
    ['“技术能手”评出了吗？“某区工匠”每两年评选一次，每批不超过10名。', '不超过10名', '某区工匠'],
    ['首届“技术能手”评选结束了吗？第五届“某某工匠”评选今年启动，计划评选不超过15名。', '不超过15名', '某某工匠'],
  ]);
});
