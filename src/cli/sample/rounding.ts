/**
 * Writing a sample value: the indicator's decimals, or more when they would leave a small value
 * with fewer than two significant digits. 泰山景区's services trade (target 0.01 亿元) read 0.00
 * and then 0.01, i.e. 0 % and then 100 % of its target, with two decimals.
 */
export function roundForSample(v: number, decimals: number): string {
  const abs = Math.abs(v);
  let d = decimals;
  if (abs > 0 && abs < 10 ** (1 - decimals)) d = Math.min(6, Math.max(decimals, 1 - Math.floor(Math.log10(abs))));
  const f = 10 ** d;
  return (Math.round(v * f) / f).toFixed(d);
}
