/** Strings of the export buttons (the words inside the documents are in src/documents/words.ts, loaded with them). */

export const documentsZh = {
  'doc.word': '下载Word',
  'doc.excel': '下载Excel',
  'doc.exportXlsx': '导出Excel',
  'doc.policyWorkbook': '政策情况Excel',
  'doc.copyDigest': '复制工作群消息',
  'doc.copied': '已复制',
  'doc.copyFailed': '复制失败，请手动选择文本',
  'doc.waiting': '数据加载完成后可导出',
  'doc.failed': '导出失败：{msg}',
} as const;

export type DocumentsStringKey = keyof typeof documentsZh;

export const documentsEn: Record<DocumentsStringKey, string> = {
  'doc.word': 'Word',
  'doc.excel': 'Excel',
  'doc.exportXlsx': 'Export Excel',
  'doc.policyWorkbook': 'Policy workbook (Excel)',
  'doc.copyDigest': 'Copy message for the work group',
  'doc.copied': 'Copied',
  'doc.copyFailed': 'Copy failed; select the text by hand',
  'doc.waiting': 'Available once the data has loaded',
  'doc.failed': 'Export failed: {msg}',
};
