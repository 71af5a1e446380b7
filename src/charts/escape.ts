/** Text from CSV files is data, never markup: everything an ECharts tooltip renders as HTML goes through here. */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => MAP[c]!);
}

/**
 * ECharts rich-text labels treat `{name|text}` as a style tag; braces and pipes in data must not
 * start one. Full-width look-alikes keep the text readable.
 */
export function escapeRichText(s: unknown): string {
  return String(s ?? '').replace(/[{}|]/g, (c) => (c === '{' ? '｛' : c === '}' ? '｝' : '｜'));
}
