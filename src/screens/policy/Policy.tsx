/**
 * 政策: for one document and a reference date, its tasks by status and on-time rate, the overdue
 * tasks and lead departments, what falls due next, its numeric targets with the year-end outlook,
 * whether the policy moved its indicator, and the rewards its clauses give. One panel per file.
 */
import { useApp } from '../../app/AppContext.tsx';
import { PolicyWorkbookButton } from '../../components/Exports.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { policyDocuments } from '../../panels/policy/query.ts';
import { Waiting } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { DeadlinesPanel } from './DeadlinesPanel.tsx';
import { DepartmentsPanel } from './DepartmentsPanel.tsx';
import { chooseDoc, docLabel } from './documents.ts';
import { EffectPanel } from './EffectPanel.tsx';
import { IncentivesPanel } from './IncentivesPanel.tsx';
import { OverduePanel } from './OverduePanel.tsx';
import { TargetsPanel } from './TargetsPanel.tsx';
import { TasksPanel } from './TasksPanel.tsx';

export function Policy() {
  const { view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const docs = usePanelQuery(policyDocuments, {});
  const list = docs.data ?? [];
  const doc = chooseDoc(list, view.doc, view.regionId);
  if (docs.error) return <div className="panel-error">{t('panelError', { msg: docs.error.message })}</div>;
  if (!doc)
    return (
      <div className="screen policy empty" aria-busy={docs.loading ? 'true' : 'false'}>
        {docs.answered ? t('noData') : <Waiting />}
      </div>
    );
  const family = doc.doc_id;
  const root = list.find((d) => d.doc_id === doc.root_id) ?? doc;
  const reportDate = doc.report_date ?? root.report_date;
  const date = view.date ?? reportDate ?? new Date().toISOString().slice(0, 10);
  const after = reportDate != null && date > reportDate;
  return (
    <div className="screen policy">
      <div className="screen-toolbar policy-toolbar">
        <label>
          {t('pol.document')}{' '}
          <select value={doc.doc_id} onChange={(e) => setView({ doc: e.target.value, date: null })} data-control="doc">
            {list.map((d) => (
              <option key={d.doc_id} value={d.doc_id}>
                {d.is_root ? '' : '\u3000'}
                {docLabel(d, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pol.refDate')}{' '}
          <input type="date" value={date} onChange={(e) => e.target.value && setView({ date: e.target.value })} data-control="ref-date" />
        </label>
        {reportDate && (
          <span className="muted small" data-field="report-date">
            {t('pol.reportDate', { date: formatDate(reportDate, lang) })}
          </span>
        )}
        {after && <span className="warn-tag">{t('pol.afterReport')}</span>}
        <PolicyWorkbookButton family={family} date={date} />
      </div>
      <h1 className="screen-title policy-title">
        {doc.doc_number ?? doc.doc_id} <span className="muted">{lang === 'en' ? (doc.title_en ?? doc.title) : doc.title}</span>
        {doc.issued_on && <span className="muted small"> · {t('pol.issued')} {formatDate(doc.issued_on, lang)}</span>}
      </h1>
      <div className="policy-grid">
        <TasksPanel family={family} date={date} />
        <OverduePanel family={family} date={date} />
        <DepartmentsPanel family={family} date={date} />
        <DeadlinesPanel family={family} date={date} />
        <TargetsPanel family={family} date={date} />
        <EffectPanel doc={doc.doc_id} docRow={doc} />
        <IncentivesPanel family={family} date={date} />
      </div>
    </div>
  );
}
