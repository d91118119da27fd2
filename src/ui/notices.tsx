import { useTimelineStore } from '../state/store.ts';

/** Messages about the link or the data that the reader should see but that need not stop them. */
export function Notices() {
  const notices = useTimelineStore((s) => s.notices);
  const dismiss = useTimelineStore((s) => s.dismiss);
  const problems = useTimelineStore((s) => (s.load.status === 'ready' ? s.load.problems : null));
  if (!notices.length && !problems?.length) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <p key={notice.id} className="notice" role="alert">
          <span>{notice.text}</span>
          <button type="button" className="notice__dismiss" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
      {problems && problems.length > 0 && <ProblemList problems={problems} />}
    </div>
  );
}

export function ProblemList({
  problems,
}: {
  problems: { record: string; field: string; message: string }[];
}) {
  const records = new Set(problems.map((p) => p.record));
  return (
    <details className="notice notice--problems" role="alert">
      <summary>
        {records.size === 1 ? '1 record' : `${records.size} records`} in the data could not be
        shown. Details
      </summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{p.record}</strong>, field <code>{p.field}</code>: {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
