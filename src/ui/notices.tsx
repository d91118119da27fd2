import type { Problem } from '../data/schema.ts';
import { ProblemListOnDemand as ProblemList } from './problem-list-on-demand.tsx';
import { t } from '../i18n/messages.ts';

interface NoticesProps {
  notices: readonly { id: string; text: string; problems?: readonly Problem[] }[];
  /** What is wrong in the shown data, if anything, and how many events it left out. */
  problems: { list: readonly Problem[]; skipped: number; fileName: string } | null;
  onDismiss: (id: string) => void;
}

/** Messages about the link or the data that the reader should see but that need not stop them. */
export function Notices({ notices, problems, onDismiss: dismiss }: NoticesProps) {
  if (!notices.length && !problems?.list.length) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p className="notice__text">
            <span>{notice.text}</span>
            <button type="button" className="notice__dismiss" onClick={() => dismiss(notice.id)}>
              {t().dismiss}
            </button>
          </p>
          {notice.problems && notice.problems.length > 0 && (
            <ProblemList problems={notice.problems} />
          )}
        </div>
      ))}
      {problems && problems.list.length > 0 && (
        <ProblemList
          problems={problems.list}
          skipped={problems.skipped}
          fileName={problems.fileName}
        />
      )}
    </div>
  );
}
