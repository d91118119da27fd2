import type { Problem } from '../data/schema.ts';
import { t } from '../i18n/messages.ts';
import { problemReasonText, problemRecordText } from './problem-text.ts';

/** Enough to start fixing, and few enough to render at once whatever the file holds. */
export const SHOWN_PROBLEMS = 100;

interface ProblemListProps {
  problems: readonly Problem[];
  /** Events left out; the summary counts them when there are any. */
  skipped?: number;
  /** The file the problems are in, for naming the download. */
  fileName?: string;
}

/**
 * What is wrong in the data, record by record: a closed summary ("3 events skipped") that opens
 * on the first problems, with the whole list to download as CSV.
 */
export function ProblemList({ problems, skipped = 0, fileName = 'timeline' }: ProblemListProps) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const summary = skipped > 0 ? t().eventsSkipped(skipped) : t().problemsInData(problems.length);
  return (
    <details className="notice notice--problems" role="alert">
      <summary>{summary}</summary>
      {problems.length > shown.length && <p>{t().firstProblems(shown.length, problems.length)}</p>}
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <strong>{problemRecordText(p.record)}</strong>, <code>{p.field}</code>:{' '}
            {problemReasonText(p.reason)}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => void download(problems, fileName)}>
          {t().downloadProblems}
        </button>
      </p>
    </details>
  );
}

async function download(problems: readonly Problem[], fileName: string): Promise<void> {
  // The CSV writer (d3-dsv) loads on the first download, not with every page that has problems.
  const { problemsCsv } = await import('./problems-csv.ts');
  const blob = new Blob([problemsCsv(problems)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName.replace(/\.[a-z0-9]+$/i, '')}-problems.csv`;
  link.click();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
