// Times gongwen's search in-process: the fastest of 21 runs of each of 8 queries (test/store/bench/gen-corpus.py).
// usage: node test/store/bench/search-timing.mjs <checkout with dist/> <archive>
const [root, dbPath] = process.argv.slice(2);
const { default: Database } = await import(root + '/node_modules/better-sqlite3/lib/index.js');
const { search } = await import(root + '/dist/src/analysis/search.js');
const db = new Database(dbPath);
const qs = ['劳模', '烟', '产业工人', '劳模创新工作室', '曲靖市 工匠', '技能人才 评价', '编号1234', '不存在的词语组合'];
search(db, '劳模'); // the old schema fills its 1–2 character index here
for (const q of qs) {
  const t = [];
  let n = 0;
  for (let i = 0; i < 21; i++) { const t0 = performance.now(); n = search(db, q, { limit: 20 }).length; t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(`${q.padEnd(12)} hits=${n} min=${t[0].toFixed(1)} ms`);
}
