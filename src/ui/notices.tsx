import type { Problem } from '../data/schema.ts';

interface NoticesProps {
  notices: readonly { id: string; text: string }[];
  /** Records of the data that could not be shown, if any. */
  problems: readonly Problem[] | null;
  onDismiss: (id: string) => void;
}

/** Messages about the link or the data that the reader should see but that need not stop them. */
export function Notices({ notices, problems, onDismiss: dismiss }: NoticesProps) {
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

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
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
