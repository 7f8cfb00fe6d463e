// People, round 28 of issue 18: the labelled lines of an annex's name list, whatever notes follow a name (the
// sex, the people, a unit, several notes, a note shared by the whole line), on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { normalize } from '../../src/normalize/index.js';
import type { IngestResult } from '../../src/types.js';

const r = peopleRules();
const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
const names = (...lines: string[]) => cuePeople(normalize(txt('经评审，现将名单公布如下。', ...lines)).text, r).map((p) => p.name);

describe('a labelled line of names with notes', () => {
  it('reads a name whose notes are several, the last shared by the line', () => {
    expect(names('　　城关镇（3名）：鲍志勇、祁美玲（女）、滕玉珍（女，回族）（均为城关镇蔬菜协会会员）')).toEqual(['鲍志勇', '祁美玲', '滕玉珍']);
    expect(names('河口乡（2名）：骆文海（以上均系河口乡大河村村民）、佘晓丹（女）（以上均系河口乡大河村村民）')).toEqual(['骆文海', '佘晓丹']);
    expect(names('新华街道：侯俊杰（男，土家族）（某某社区）、邝丽（女）（都是某某社区居民）')).toEqual(['侯俊杰', '邝丽']);
  });
  it('reads every record of a list written one record a line, none glued to the next', () => {
    expect(names('焊工：庞立新（某某重工有限公司）、艾力·买买提（某某建设集团）', '茶艺：郝静怡（某某茶业合作社）、沙依拉·托合提（某某茶厂）', '以上人员中，女性2名。'))
      .toEqual(['庞立新', '艾力·买买提', '郝静怡', '沙依拉·托合提']);
  });
  it('leaves alone: a line of places under a label, and a note that is no person\'s', () => {
    expect(names('试点地区（3个）：黄山、安庆、池州（均为首批试点城市）')).toEqual([]);
    expect(names('重点任务：稳就业、保民生（均为年度目标）、促发展')).toEqual([]);
  });
});

describe('a transcribed name with the middle dot after 的 or before a date', () => {
  const cue = (t: string) => cuePeople(t, r).map((p) => p.name);
  it('reads the name whole', () => {
    expect(cue('年纪最长的是托里乡的古丽巴哈·艾山，已从艺40年。')).toEqual(['古丽巴哈·艾山']);
    expect(cue('来自牧区的热依拉·阿布都2024年获评州级技术能手。')).toEqual(['热依拉·阿布都']);
    expect(cue('坚持带徒的叶尔肯·努尔兰，今年带出高级工6名。')).toEqual(['叶尔肯·努尔兰']);
  });
  it('leaves alone: a quoted slogan and a pair of places after 的', () => {
    expect(cue('举办了主题为“丝路·匠心”的技能展示。')).toEqual([]);
    expect(cue('来自伊宁市·喀尔墩乡的学员参加培训。')).toEqual([]);
  });
});

describe('a Mongolian name of usual parts, no Han surname', () => {
  const cue = (t: string) => cuePeople(t, r).map((p) => p.name);
  it('reads it where a post or a list puts a name', () => {
    expect(cue('该工作室由刺绣传承人娜日苏领衔。')).toEqual(['娜日苏']);
    expect(cue('获奖名单：朝格图、乌日娜、那顺')).toEqual(['朝格图', '乌日娜', '那顺']);
  });
  it('leaves alone: the parts inside a longer word', () => {
    expect(cue('格根塔拉草原迎来游客高峰。')).toEqual([]);
  });
});
