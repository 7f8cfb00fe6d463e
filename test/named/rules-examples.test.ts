// Runs every positive and negative example of the named-thing rule files.
import { describe, expect, it } from 'vitest';
import { awardCandidates, extractAwards } from '../../src/extract/awards.js';
import { extractWorkshops } from '../../src/extract/workshops.js';
import { extractEntities } from '../../src/extract/entities.js';
import { textContext } from '../../src/extract/named/doc.js';
import { namedRules } from '../../src/extract/named/rules.js';

const R = namedRules();
const ctxFor = (text: string, province?: string) => {
  const c = textContext(text);
  if (province) c.meta.issuers = [`${province}总工会`];
  return c;
};

describe('rules/awards.yaml examples', () => {
  for (const r of R.awards) {
    for (const ex of r.examples.positive) {
      it(`${r.id} + ${ex.text}`, () => {
        const got = extractAwards(ctxFor(ex.text, ex.province));
        const hit = got.find((a) => a.rule === r.id && a.name === ex.name);
        expect(hit, JSON.stringify(got)).toBeTruthy();
        expect(hit!.level).toBe(ex.level);
        expect(hit!.count).toBe(ex.count);
        if (ex.recipients) expect(hit!.recipients).toEqual(ex.recipients);
        expect(ex.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      });
    }
    for (const neg of r.examples.negative) {
      it(`${r.id} − ${neg}`, () => {
        const got = extractAwards(ctxFor(neg)).filter((a) => a.rule === r.id);
        expect(got, JSON.stringify(awardCandidates(ctxFor(neg)))).toEqual([]);
      });
    }
  }
});

describe('rules/levels.yaml examples', () => {
  for (const r of R.levels) {
    for (const ex of r.examples.positive) {
      it(`${r.id} + ${ex.text}`, () => {
        const ctx = ctxFor(ex.text);
        const levels = [...extractAwards(ctx).map((a) => a.level), ...extractWorkshops(ctx).map((w) => w.level)];
        expect(levels).toContain(ex.level);
      });
    }
  }
});

describe('rules/workshops.yaml examples', () => {
  for (const r of R.workshops) {
    for (const ex of r.examples.positive) {
      it(`${r.id} + ${ex.text}`, () => {
        const got = extractWorkshops(ctxFor(ex.text));
        const hit = got.find(
          (w) => w.rule === r.id && w.type === ex.type &&
            (ex.count === undefined || w.count === ex.count) && (ex.level === undefined || w.level === ex.level),
        );
        expect(hit, JSON.stringify(got)).toBeTruthy();
        if (ex.name !== undefined) expect(hit!.name).toBe(ex.name);
        if (ex.leader !== undefined) expect(hit!.leader).toBe(ex.leader);
        expect(ex.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      });
    }
    for (const neg of r.examples.negative) {
      it(`${r.id} − ${neg}`, () => {
        expect(extractWorkshops(ctxFor(neg)).filter((w) => w.rule === r.id)).toEqual([]);
      });
    }
  }
});

describe('rules/orgs.yaml, places.yaml, roles.yaml examples', () => {
  const groups: Array<{ id: string; type: string; pos: Array<{ text: string; name: string; canonical?: string; role?: string | null }>; neg: string[] }> = [
    ...R.orgs.map((o) => ({ id: o.id, type: 'org', pos: o.examples.positive, neg: o.examples.negative })),
    ...R.places.map((p) => ({ id: p.id, type: 'place', pos: p.examples.positive, neg: p.examples.negative })),
    ...R.roles.map((p) => ({ id: p.id, type: 'person', pos: p.examples.positive, neg: p.examples.negative })),
  ];
  for (const g of groups) {
    for (const ex of g.pos) {
      it(`${g.id} + ${ex.text}`, () => {
        const got = extractEntities(ctxFor(ex.text));
        const hit = got.find((e) => e.type === g.type && e.name === ex.name);
        expect(hit, JSON.stringify(got)).toBeTruthy();
        if (ex.canonical) expect(hit!.canonical).toBe(ex.canonical);
        if (ex.role !== undefined) expect(hit!.role).toBe(ex.role);
        expect(ex.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      });
    }
    for (const neg of g.neg) {
      it(`${g.id} − ${neg}`, () => {
        expect(extractEntities(ctxFor(neg)).filter((e) => e.type === g.type && e.rule === g.id)).toEqual([]);
      });
    }
  }
});
