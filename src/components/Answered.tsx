/**
 * A panel's three states: waiting for its query (a small line saying so), answered with rows, and
 * answered with none. A claim that there is nothing ("暂无数据", "没有逾期任务", …) is only ever
 * drawn from an answer: a printout or screenshot taken while the data is on its way must not say
 * the county has no overdue task.
 */
import type { ReactNode } from 'react';
import type { QueryState } from '../db/useQuery.ts';
import { useT } from '../i18n/I18n.tsx';

export interface AnsweredProps<T> {
  /** the query (or queries, all of which must answer) that decide whether there is anything */
  q: QueryState<T> | readonly QueryState<unknown>[];
  /** rows to show; default the first query's data */
  rows?: T[] | undefined;
  /** the empty claim, shown only once answered */
  empty: ReactNode;
  /** the empty claim is good news (no overdue task): drawn in the calm colour */
  ok?: boolean;
  /** the panel has nothing to show even with rows (e.g. a region without sub-regions) */
  isEmpty?: boolean;
  children: (rows: T[]) => ReactNode;
}

export function Answered<T>({ q, rows, empty, ok, isEmpty, children }: AnsweredProps<T>) {
  const list = Array.isArray(q) ? (q as readonly QueryState<unknown>[]) : [q as QueryState<T>];
  const data = rows ?? (list[0]?.data as T[] | undefined);
  // rows already on screen stay while a newer query runs: no flicker on a filter change
  if (data && data.length > 0 && !isEmpty) return <>{children(data)}</>;
  if (allAnswered(list)) return <div className={`empty${ok ? ' ok' : ''}`}>{empty}</div>;
  return <Waiting />;
}

export function allAnswered(list: readonly QueryState<unknown>[]): boolean {
  return list.every((s) => s.answered);
}

/** The line a panel shows while its query has not answered. */
export function Waiting() {
  const t = useT();
  return (
    <div className="waiting" data-waiting="" role="status">
      {t('waitingData')}
    </div>
  );
}
