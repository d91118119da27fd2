import { useTimelineStore } from '../state/store.ts';
import { Notices } from '../ui/notices.tsx';

/** The store's notices and the data's problems, shown by the shared Notices. */
export function StoreNotices() {
  const notices = useTimelineStore((s) => s.notices);
  const dismiss = useTimelineStore((s) => s.dismiss);
  const problems = useTimelineStore((s) => (s.load.status === 'ready' ? s.load.problems : null));
  return <Notices notices={notices} problems={problems} onDismiss={dismiss} />;
}
