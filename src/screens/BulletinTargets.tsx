/**
 * 月通报 section 三: completion against time elapsed. A region with member units gets a table per
 * indicator ranking its units; a county that ranks its departments gets one table of its own targets,
 * each with its lead department (queries/56_bulletin.sql, bulletin_targets).
 */
import { useApp } from '../app/AppContext.tsx';
import { indicatorName, regionName } from '../app/meta.ts';
import { ScrollBox } from '../components/ScrollBox.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { groupBy } from '../data/groupBy.ts';
import { formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { bulletinIndicators } from '../panels/bulletin/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';

type TargetRow = RowOfQuery<typeof bulletinIndicators>;

export function BulletinTargets({ rows, byDept }: { rows: TargetRow[]; byDept: boolean }) {
  const { meta } = useApp();
  const t = useT();
  const lang = useLang();
  const iname = (id: string) => indicatorName(meta, id, lang);
  if (byDept) {
    return (
      <ScrollBox label={t('bul.byIndicator')}>
        <table className="bulletin-table" data-table="own-targets">
          <thead>
            <tr>
              <th>{t('indicator')}</th>
              <th>{t('pol.department')}</th>
              <PaceHead elapsed />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.indicator_id}/${r.kind}`} data-indicator={r.indicator_id}>
                <td>{iname(r.indicator_id)}</td>
                <td>{r.department}</td>
                <PaceCells row={r} elapsed />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    );
  }
  return groupBy(rows, (r) => r.indicator_id).map(([id, list]) => {
    // time elapsed means something only for a cumulative target (queries/31_target_progress.sql decides)
    const cumulative = list.some((r) => r.is_cumulative_target);
    return (
      <ScrollBox key={id} label={iname(id)}>
        <table className="bulletin-table" data-table={`indicator-${id}`}>
          <caption>
            {iname(id)}
            {list[0]?.doc_number && <span className="muted"> · {list[0].doc_number}</span>}
          </caption>
          <thead>
            <tr>
              <th className="align-right">{t('rank')}</th>
              <th>{t('units')}</th>
              <PaceHead elapsed={cumulative} />
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.region_id} data-region={r.region_id}>
                <td className="align-right">{r.sibling_rank ?? '—'}</td>
                <td>{regionName(meta, r.region_id, lang)}</td>
                <PaceCells row={r} elapsed={cumulative} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    );
  });
}

function PaceHead({ elapsed }: { elapsed: boolean }) {
  const t = useT();
  return (
    <>
      <th className="align-right">{t('target')}</th>
      <th className="align-right">{t('actual')}</th>
      <th className="align-right">{t('completion')}</th>
      {elapsed && <th className="align-right">{t('timeProgress')}</th>}
      <th className="align-right">{t('paceGap')}</th>
      <th>{t('status')}</th>
    </>
  );
}

/** A target's figures against its pace; time elapsed, where its column is shown, only for a cumulative target. */
function PaceCells({ row: r, elapsed }: { row: TargetRow; elapsed: boolean }) {
  const { meta } = useApp();
  const lang = useLang();
  const im = meta.indicators.get(r.indicator_id);
  const fv = (v: number | null) => formatValue(v, im?.unit, lang, im?.decimals ?? null);
  return (
    <>
      <td className="align-right">{fv(r.target_value)}</td>
      <td className="align-right">{fv(r.actual)}</td>
      <td className="align-right" data-field="completion">
        {formatRatio(r.completion, lang)}
      </td>
      {elapsed && <td className="align-right">{r.is_cumulative_target ? formatRatio(r.expected, lang) : '—'}</td>}
      <td className="align-right">{formatPoints(r.pace_gap, lang)}</td>
      <td>
        <StatusBadge status={r.status} />
      </td>
    </>
  );
}
