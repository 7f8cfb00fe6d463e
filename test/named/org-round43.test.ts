// Organisations, round 43: a bureau's section named with the one who works in it (its head's post, the contact
// or writer named right after it, the public told to address it) is the body, written with its bureau. On lines
// written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const orgs = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org');
const names = (text: string) => orgs(text).map((e) => e.name.replace(/\s+/g, ''));

describe("a bureau's section", () => {
  it('before its head\'s post is the body', () => {
    expect(names('会上，青禾县人社局职业能力建设股股长周立新通报了认定情况。')).toContain('青禾县人社局职业能力建设股');
  });
  it('before the contact named on the line is the body', () => {
    expect(names('联系人：青禾县人社局就业促进科何春燕，电话：0000-1234567。')).toContain('青禾县人社局就业促进科');
  });
  it('that the public is told to address is the body', () => {
    expect(names('对拟认定人选有异议的，可向县人社局职业能力建设股反映。')).toContain('县人社局职业能力建设股');
  });
  it('may join two fields with 与', () => {
    expect(names('会上，青禾县人社局人才开发与市场科科长李秋实作了说明。')).toContain('青禾县人社局人才开发与市场科');
  });
  it('is not read into a bureau followed by a verb', () => {
    const a = names('青禾县人社局科学安排培训计划，确保培训质量。');
    expect(a).toContain('青禾县人社局');
    expect(a.some((n) => n.startsWith('青禾县人社局科'))).toBe(false);
  });
});

describe('a body left unnamed with 某', () => {
  it('is no body', () => {
    const a = names('考核发现，县某局工会、某建材公司工会未按时召开委员会会议。');
    expect(a.some((n) => n.includes('建材公司') || n.includes('局工会'))).toBe(false);
  });
  it('leaves a named body in the same line', () => {
    expect(names('考核发现，某建材公司工会和青禾县交通运输局工会未按时换届。')).toContain('青禾县交通运输局工会');
  });
});
