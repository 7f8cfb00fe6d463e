// Bylines, round 74: a page's source run on into its reporters (来源：某报\u3000记者 某某 通讯员 某某) parts at the
// first role also when a name after a role is a Tibetan one of four letters with no Han surname, and every name
// a role cues in the header's byline is a person with that role, not only the last. Texts written for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'bylines-r74-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
async function doc(name: string, text: string) {
  const f = join(dir, name);
  writeFileSync(f, text);
  return (await processFile(f)).json.document;
}
async function entities(name: string, text: string): Promise<{ type: string; name: string; role: string | null }[]> {
  const f = join(dir, name);
  writeFileSync(f, text);
  return (await processFile(f)).json.entities;
}

const body = '<p>1月12日，某县总工会为5名困难职工送去慰问金共1.5万元，全年走访困难职工312户。</p>';
const page = (meta: string) => `<html><head><title>某县总工会走访慰问困难职工</title></head><body><h1>某县总工会走访慰问困难职工</h1><div class="meta">2026-01-14 09:30　${meta}</div>${body}</body></html>`;

describe('a source run on into reporters with a Tibetan name', () => {
  it('parts the source from the byline at the first role', async () => {
    const d = await doc('p1.html', page('来源：某某日报　记者 次仁德吉 通讯员 王振宇'));
    expect(d.issuers).toEqual(['某某日报']);
    expect(d.byline?.replace(/[\s\u3000]+/g, ' ')).toBe('记者 次仁德吉 通讯员 王振宇');
  });
  it('reads each cued name as a person with its role', async () => {
    const got = await entities('p2.html', page('来源：某某日报　记者 次仁德吉 通讯员 王振宇'));
    const people = got.filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
    expect(people).toContainEqual(['次仁德吉', '记者']);
  });
  it('keeps a phrase with a verb after a role out of the byline', async () => {
    const d = await doc('p3.html', page('来源：某某日报　记者 走进车间'));
    expect(d.byline).toBeNull();
  });
});
