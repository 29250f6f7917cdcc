// Small statistics helpers: the bench reports the median and the spread (min–max, and p95 where there
// are enough samples), never a single figure.
export function stats(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return { n: 0, median: NaN, min: NaN, max: NaN, p95: NaN };
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median: mid, min: s[0], max: s.at(-1), p95: q(0.95) };
}

const fix = (n, d) => (Number.isFinite(n) ? n.toFixed(d) : '–');
export const ms = (n, d = 1) => fix(n, d);
/** "median (min–max)" in ms. */
export const spread = (st, d = 1) => (st.n ? `${fix(st.median, d)} (${fix(st.min, d)}–${fix(st.max, d)})` : '–');
export const ratio = (st) => (st.n ? `${fix(st.median, 2)}× (${fix(st.min, 2)}–${fix(st.max, 2)})` : '–');
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
