// Round 73 (the blind halves held72/73): shapes of official writing the subject reader missed.
import { describe } from 'vitest';
import { run, type Case } from './subject-harness.js';

describe('将 X 由 A 降至 B: the figure the change starts from counts the disposed object too', () => {
  const cases: Case[] = [
    ['他带领班组将变速箱壳体加工合格率从94%提升到99.3%。', '94%', '变速箱壳体加工合格率'],
    ['他研制的设备将毛竹利用率由45%提高到85%以上。', '45%', '毛竹利用率'],
    ['她推行集中调配，将配药差错率由千分之三降至千分之零点四。', '千分之三', '配药差错率'],
    ['她推行集中调配，将配药差错率由千分之三降至千分之零点四。', '千分之零点四', '配药差错率'],
  ];
  run(cases);
});

describe('实际完成: an adverb of fact keeps the verb it stands before', () => {
  const cases: Case[] = [
    ['城镇新增就业年度目标1100人，实际完成1187人，完成率107.9%。', '1187人', '实际完成'],
    ['年度目标2500人次，實際完成2318人次。', '2318人次', '实际完成'],
  ];
  run(cases);
});

describe('N个乡镇工会和县直…: the township bodies are counted, the county-run ones apart', () => {
  const cases: Case[] = [
    ['向10个乡镇工会和县直42个基层工会拨付资金。', '10个', '乡镇工会'],
    ['与12个乡镇（场）工会和县直单位工会签订了目标责任书。', '12个', '乡镇（场）工会'],
    ['9个乡镇和县直单位参加。', '9个', '乡镇'],
  ];
  run(cases);
});
