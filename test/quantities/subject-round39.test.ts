// Round 39 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus; the yaml examples of rules/subject-cues.yaml run too.
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml onceRewards examples: 一次性 against a reward word is one term with it', () => {
  run(subjectCues().onceRewards.examples.map((e) => [e.text, e.figure, e.subject]));
});
