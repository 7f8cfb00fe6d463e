// The number finder's output: what quantities and the other extractors build on.
export interface NumberMatch {
  /** span of the whole number expression, prefix/infix qualifiers and multipliers included (约1.6万, 6000多万, 30余) */
  start: number;
  end: number;
  text: string;
  /** exact decimal string with multipliers applied: '173000000', '42.18', '0.5' */
  value: string;
  /** upper bound of a range (1—2, 3至5), exact decimal string, else null */
  high: string | null;
  /** 余 多 约 近 逾 超过 以上 不少于 左右 … seen as part of this expression */
  approx: boolean;
  /** the qualifier as written ('约', '余', '多'), else null */
  qualifier: string | null;
  /** '%' / ％ / 百分之 → 'percent'; 个百分点 → 'points'; 三分之一 → 'fraction'; 1∶3 (a stated ratio) → 'ratio'; else null */
  percent: 'percent' | 'points' | 'fraction' | 'ratio' | null;
  /** the numeral system as written */
  script: 'arabic' | 'chinese' | 'mixed';
}
