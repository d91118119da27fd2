import { useMemo } from 'react';
import { assertNever } from '../lib/assert-never.ts';
import { useTimelineStore, type StoreOrigin } from '../state/store.ts';
import { Notices } from '../ui/notices.tsx';

/** The store's notices and the data's problems, shown by the shared Notices. */
export function StoreNotices() {
  const notices = useTimelineStore((s) => s.notices);
  const dismiss = useTimelineStore((s) => s.dismiss);
  const load = useTimelineStore((s) => s.load);
  const origin = useTimelineStore((s) => s.origin);
  const problems = useMemo(
    () =>
      load.kind === 'ok'
        ? { list: load.problems, skipped: load.skipped, fileName: fileNameOf(origin) }
        : null,
    [load, origin],
  );
  return <Notices notices={notices} problems={problems} onDismiss={dismiss} />;
}

function fileNameOf(origin: StoreOrigin): string {
  switch (origin.kind) {
    case 'default':
      return 'timeline';
    case 'link':
      return origin.url.split(/[?#]/)[0]?.split('/').pop() || 'timeline';
    case 'file':
      return origin.name;
    default:
      return assertNever(origin);
  }
}
