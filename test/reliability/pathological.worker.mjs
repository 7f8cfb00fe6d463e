// Runs one pathological input through the built pipeline (dist/, built by `npm test`) on its own
// thread and posts back what the test checks. Each input costs 20–60 s of synchronous work under
// load; on the test worker's own thread that starves vitest's messages ("Timeout calling onTaskUpdate").
import { parentPort, workerData } from 'node:worker_threads';

const dist = new URL('../../dist/src/', import.meta.url);
const { findNumbers } = await import(new URL('extract/numbers/index.js', dist).href);
const { extractAll } = await import(new URL('extract/index.js', dist).href);
const { normalize } = await import(new URL('normalize/index.js', dist).href);
const { structure } = await import(new URL('structure/index.js', dist).href);

function run(raw) {
  const lines = raw.split('\n').map((text) => ({ text, page: null, kind: 'para' }));
  const canonical = normalize({ format: 'txt', lines, pageCount: null, encoding: 'UTF-8' });
  const { meta, sections } = structure(canonical, 'txt');
  return { canonical, result: extractAll({ text: canonical.text, meta, sections, pageAt: () => null }) };
}

const cases = {
  longLine(unit) {
    const line = unit.repeat(Math.ceil((5 * 1024 * 1024) / 3 / unit.length));
    return { textLength: run(line).canonical.text.length };
  },
  manyNumbers(count) {
    const raw = Array.from({ length: count }, (_, i) => `${i}个`).join('、');
    return { numbers: findNumbers(raw).length, quantities: run(raw).result.quantities.length };
  },
  noSeparator(inputs) {
    return { errors: inputs.map(([s, n]) => { try { findNumbers(s.repeat(n)); return null; } catch (e) { return String(e); } }) };
  },
  run(raw) {
    const { canonical, result } = run(raw);
    return { entities: result.entities.length, misplaced: result.entities.filter((e) => canonical.text.slice(e.start, e.end) !== e.text).map((e) => e.text.slice(0, 40)) };
  },
};

parentPort.postMessage(cases[workerData.case](workerData.input));
