/** The coverage heat map: all indicators by month, or one indicator by region and month. */
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext.tsx';
import { coverageHeight, coverageOption, type CoverageCell, type CoverageRow } from '../../charts/coverageOption.ts';
import { EChart } from '../../components/EChart.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useTheme } from '../../components/Theme.tsx';
import { formatValue, formatYearMonth } from '../../i18n/format.ts';
import { useLang } from '../../i18n/I18n.tsx';
import { translate } from '../../i18n/strings.ts';
import { coverageIndicatorMonths, coverageIndicators, coverageRegionCells, coverageRegionRows, coverageSpan } from '../../panels/coverage/query.ts';
import { allAnswered, Waiting } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

export function Coverage() {
  const { meta } = useApp();
  const lang = useLang();
  const style = useTheme();
  const [indicator, setIndicator] = useState('');
  const span = usePanelQuery(coverageSpan, {});
  const inds = usePanelQuery(coverageIndicators, {});
  const months = usePanelQuery(coverageIndicatorMonths, indicator ? null : {});
  const regionRows = usePanelQuery(coverageRegionRows, indicator ? { indicatorId: indicator } : null);
  const regionCells = usePanelQuery(coverageRegionCells, indicator ? { indicatorId: indicator } : null);
  const name = (zh: string, en: string | null) => (lang === 'en' && en ? en : zh);
  const selected = inds.data?.find((i) => i.indicator_id === indicator);

  const built = useMemo(() => {
    const s = span.data?.[0];
    if (!s || s.first_index == null || s.last_index == null) return null;
    let rows: CoverageRow[];
    let cells: CoverageCell[];
    if (!indicator) {
      const list = inds.data ?? [];
      const byId = new Map(list.map((i) => [i.indicator_id, i]));
      rows = list.map((i) => ({ id: i.indicator_id, label: `${name(i.name_zh, i.name_en)}${i.is_generated ? ` [${translate(lang, 'generatedShort')}]` : ''}` }));
      cells = (months.data ?? []).map((c) => {
        const i = byId.get(c.indicator_id);
        const total = i?.n_regions ?? c.n_reporting;
        const tip = [translate(lang, 'regionsReporting', { n: c.n_reporting, total })];
        if (i && i.n_gaps > 0) tip.push(translate(lang, 'gaps', { n: i.n_gaps }));
        return { row: c.indicator_id, monthIndex: c.month_index, value: total > 0 ? c.n_reporting / total : 0, tip };
      });
    } else {
      const unit = selected?.unit ?? meta.indicators.get(indicator)?.unit ?? '';
      const list = regionRows.data ?? [];
      const minDepth = Math.min(...list.map((r) => r.depth));
      rows = list.map((r) => ({ id: r.region_id, label: `${'\u3000'.repeat(Math.min(3, r.depth - minDepth))}${name(r.name_zh, r.name_en)}` }));
      cells = (regionCells.data ?? []).map((c) => {
        const own = c.origin === 'own';
        const tip = [formatValue(c.value, unit, lang), own ? `${c.source_file ?? ''}:${c.source_line ?? ''}` : translate(lang, 'derivedFromParts')];
        return { row: c.region_id, monthIndex: c.month_index, value: own ? 1 : 0.5, tip };
      });
    }
    const option = coverageOption(
      {
        rows,
        firstIndex: s.first_index,
        lastIndex: s.last_index,
        cells,
        mode: indicator ? 'origin' : 'share',
        labels: { own: translate(lang, 'ownData'), derived: translate(lang, 'derivedData'), few: translate(lang, 'fewRegions'), all: translate(lang, 'allRegions') },
        monthLabel: (y, m) => formatYearMonth(y, m, lang),
      },
      style,
    );
    return { option, height: coverageHeight(rows.length, style.fontSize), rows: rows.length };
    // name() only depends on lang
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [span.data, inds.data, months.data, regionRows.data, regionCells.data, indicator, selected, lang, style, meta]);

  const loading = span.loading || inds.loading || months.loading || regionRows.loading || regionCells.loading;
  const error = span.error ?? inds.error ?? months.error ?? regionRows.error ?? regionCells.error;
  const hint = indicator ? translate(lang, 'coverageRegionsHint', { name: selected ? name(selected.name_zh, selected.name_en) : indicator }) : translate(lang, 'coverageHint');
  return (
    <Panel
      id="coverage"
      title={translate(lang, 'coverage')}
      loading={loading}
      error={error}
      className="coverage-panel"
      actions={
        <select value={indicator} onChange={(e) => setIndicator(e.target.value)} data-control="coverage-indicator" aria-label={translate(lang, 'coverage')}>
          <option value="">{translate(lang, 'allIndicators')}</option>
          {(inds.data ?? []).map((i) => (
            <option key={i.indicator_id} value={i.indicator_id}>
              {name(i.name_zh, i.name_en)}
            </option>
          ))}
        </select>
      }
    >
      <div className="coverage-hint muted">{hint}</div>
      {!built || built.rows === 0 ? (
        allAnswered(indicator ? [span, inds, regionRows, regionCells] : [span, inds, months]) ? <div className="empty">{translate(lang, 'noCoverage')}</div> : <Waiting />
      ) : (
        <div className="coverage-chart" style={{ height: built.height }} data-rows={built.rows}>
          <EChart option={built.option} label={translate(lang, 'coverage')} />
        </div>
      )}
    </Panel>
  );
}
