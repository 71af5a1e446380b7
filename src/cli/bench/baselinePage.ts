/**
 * The naive baseline the benchmark compares with: papaparse into JavaScript objects, then the
 * overview's numbers (year to date by target, summed from counties where a region has none of its
 * own, completion against time progress, status counts) aggregated in plain JavaScript.
 * Written into the benchmark's site as a page of its own, outside the app.
 */
export const BASELINE_HTML = `<!doctype html><meta charset="utf-8"><title>baseline</title>
<script src="./papaparse.min.js"></script><script src="./baseline.js"></script>`;

export const BASELINE_JS = `(async () => {
  const t0 = performance.now();
  const manifest = await (await fetch('./data/manifest.json')).json();
  const tables = {};
  let rows = 0, bytes = 0;
  for (const f of manifest.files) {
    const text = await (await fetch('./data/' + f.path)).text();
    bytes += text.length;
    const parsed = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    // observations-2019.csv and observations.csv are both observations
    const name = f.path.replace(/\\.csv$/, '').split('/').pop().replace(/-.*$/, '');
    tables[name] = (tables[name] || []).concat(parsed.data);
    rows += parsed.data.length;
  }
  const tParsed = performance.now();
  const parent = new Map(tables.regions.map((r) => [r.region_id, r.parent_id]));
  const children = new Map();
  for (const [id, p] of parent) { if (!children.has(p)) children.set(p, []); children.get(p).push(id); }
  const latest = new Map(); // indicator|region|year -> { month, value }
  for (const o of tables.observations) {
    const [y, m] = String(o.period).split('-').map(Number);
    const k = o.indicator_id + '|' + o.region_id + '|' + y;
    const cur = latest.get(k);
    if (!cur || cur.month < m) latest.set(k, { month: m, value: o.value });
  }
  const valueOf = (ind, reg, y) => {
    const own = latest.get(ind + '|' + reg + '|' + y);
    if (own) return own;
    let sum = 0, month = 0, any = false;
    for (const c of children.get(reg) || []) {
      const v = valueOf(ind, c, y);
      if (v) { sum += v.value; month = Math.max(month, v.month); any = true; }
    }
    return any ? { month, value: sum } : null;
  };
  const counts = { ahead: 0, slightly_behind: 0, far_behind: 0, no_data: 0 };
  for (const t of tables.targets) {
    if (t.kind !== 'level') continue;
    const v = valueOf(t.indicator_id, t.region_id, t.year);
    if (!v) { counts.no_data++; continue; }
    const gap = (v.value / t.value - v.month / 12) * 100;
    counts[gap >= 0 ? 'ahead' : gap >= -5 ? 'slightly_behind' : 'far_behind']++;
  }
  // ms since navigation, the clock of the dashboard's first KPI: the naive page's HTML and scripts
  // load before it counts, as the dashboard's do; scriptMs is its own script alone
  window.__baseline = { ms: performance.now(), scriptMs: performance.now() - t0, parseMs: tParsed - t0, rows, bytes, counts };
})().catch((e) => { window.__baseline = { error: String(e) }; });`;
