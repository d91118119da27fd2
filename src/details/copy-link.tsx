import { useEffect, useState } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { useBrowserValue } from '../ui/use-hydrated.ts';
import { eventLink } from './share-link.ts';
import { t } from '../i18n/messages.ts';

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; url: string };

export function CopyLink({ id, title }: { id: string; title: string }) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const fromFile = useTimelineStore((s) => (s.origin.kind === 'file' ? s.origin.name : null));
  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = eventLink(id, useTimelineStore.getState());
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      // No clipboard (an insecure origin, a denied permission): let the reader copy by hand.
      setState({ status: 'manual', url });
    }
  };
  const canShare = useBrowserValue(() => typeof navigator.share === 'function', false);

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t().copyLink}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() =>
            void navigator
              .share({ title, url: eventLink(id, useTimelineStore.getState()) })
              .catch(() => undefined)
          }
        >
          {t().share}
        </button>
      )}
      <p role="status" className="copy-link__status">
        {state.status === 'copied' && t().linkCopied}
        {state.status === 'copied' && fromFile !== null && t().linkNamesFile(fromFile)}
      </p>
      {state.status === 'manual' && (
        <label className="copy-link__manual">
          {t().copyThisLink}
          <input readOnly value={state.url} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
