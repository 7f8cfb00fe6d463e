// pdf-parse loads pdf.js's legacy build, which bundles core-js. On Node 20 core-js decides that
// V8's Array.prototype.push and JSON.parse miss spec corner cases (pushing onto an array whose
// length is not writable, JSON.parse's source-text access for revivers) and replaces them, for the
// whole isolate, by JavaScript versions: a push then costs ~8 times as much, and every extractor
// run after the first PDF in a worker pays it. Neither pdf.js nor gongwen relies on those corners,
// so the built-ins it replaced are put back once it is loaded; what it adds (Promise.withResolvers,
// Uint8Array.prototype.toHex …) stays, since pdf.js uses it.

/** the built-ins core-js may replace in place */
const HOLDERS: Record<string, object> = {
  Array: Array,
  'Array.prototype': Array.prototype,
  JSON: JSON,
  Object: Object,
  'Object.prototype': Object.prototype,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  'RegExp.prototype': RegExp.prototype,
  Promise: Promise,
  'Promise.prototype': Promise.prototype,
  'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype,
  Math: Math,
  'TypedArray.prototype': Object.getPrototypeOf(Uint8Array.prototype) as object,
};

type Snapshot = { holder: object; key: string | symbol; desc: PropertyDescriptor }[];

function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const holder of Object.values(HOLDERS)) {
    for (const key of Reflect.ownKeys(holder)) {
      const desc = Object.getOwnPropertyDescriptor(holder, key);
      if (desc && typeof desc.value === 'function') out.push({ holder, key, desc });
    }
  }
  return out;
}

/** Runs `load` and puts back every built-in function it replaced. Returns what it replaced (names). */
export async function loadKeepingNatives<T>(load: () => Promise<T>): Promise<{ value: T; restored: string[] }> {
  const before = snapshot();
  const value = await load();
  const restored: string[] = [];
  const name = (h: object) => Object.entries(HOLDERS).find(([, o]) => o === h)?.[0] ?? '?';
  for (const { holder, key, desc } of before) {
    const now = Object.getOwnPropertyDescriptor(holder, key);
    if (now && now.value !== desc.value && now.configurable) {
      Object.defineProperty(holder, key, desc);
      restored.push(`${name(holder)}.${String(key)}`);
    }
  }
  return { value, restored };
}
