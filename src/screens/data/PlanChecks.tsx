/**
 * The data screen's plan checks: totals whose unit split does not add up (a warning) and the
 * plan lines listed as not tracked, with their reasons. Text from the CSVs is rendered as text.
 */
import { useMemo } from 'react';
import { Waiting } from '../../components/Answered.tsx';
import { useQuery } from '../../db/useQuery.ts';
import { DataTable, type TableColumn } from '../../components/DataTable.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/I18n.tsx';
import { translate } from '../../i18n/strings.ts';
import { untrackedReasonName } from '../../i18n/problems.ts';
import type { RowOf } from '../../panels/panelQuery.ts';
import { allocationWarnings, untrackedLines } from '../../panels/planLines/query.ts';

type LineRow = RowOf<typeof untrackedLines.columns>;

export function PlanChecks() {
  const lang = useLang();
  const alloc = useQuery<RowOf<typeof allocationWarnings.columns>>(allocationWarnings.sql, allocationWarnings.params({}));
  const lines = useQuery<LineRow>(untrackedLines.sql, untrackedLines.params({}));
  const allocRows = alloc.data ?? [];
  const lineRows = lines.data ?? [];
  const name = (zh: string, en: string | null) => (lang === 'en' ? (en ?? zh) : zh);
  const columns = useMemo<TableColumn<LineRow>[]>(
    () => [
      { id: 'doc', header: translate(lang, 'colDoc'), value: (r) => r.doc_id },
      { id: 'line', header: translate(lang, 'colSourceLine'), value: (r) => r.source_line },
      { id: 'reason', header: translate(lang, 'colReason'), value: (r) => untrackedReasonName(r.reason, lang) },
      { id: 'quote', header: translate(lang, 'colQuote'), value: (r) => r.quote ?? '' },
    ],
    [lang],
  );
  return (
    <>
      {allocRows.length > 0 && (
        <Panel id="allocation" title={`${translate(lang, 'allocationTitle')} (${allocRows.length})`} className="table-panel">
          <ul className="allocation-warnings">
            {allocRows.map((a) => (
              <li key={a.target_id} data-target={a.target_id} className="file-note">
                {translate(lang, 'allocationRow', {
                  region: name(a.region_zh, a.region_en), indicator: name(a.indicator_zh, a.indicator_en), year: a.year,
                  parts: formatNumber(a.parts_sum, lang, 2), stated: formatNumber(a.stated, lang, 2), unit: a.unit,
                })}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel id="untracked" title={lines.answered || lineRows.length > 0 ? `${translate(lang, 'untrackedTitle')} (${lineRows.length})` : translate(lang, 'untrackedTitle')} loading={lines.loading} className="table-panel">
        {lines.answered || lineRows.length > 0 ? <DataTable rows={lineRows} columns={columns} exportName="untracked-lines" /> : <Waiting />}
      </Panel>
    </>
  );
}
