import { useEffect, useRef, useState } from 'react';
import { embedSnippet } from '../lib/embed-snippet.ts';
import { useTimelineStore } from '../state/store.ts';
import { pageUrl, viewSearch } from './view-address.ts';
import { t } from '../i18n/messages.ts';

type CopyState = 'idle' | 'copied' | 'manual';

interface EmbedDialogProps {
  /** Called once the dialog has closed: by its Close button, by Escape. */
  onClose: () => void;
}

/**
 * The snippet for the view on screen (docs/embedding.md), in a modal `<dialog>` shown as soon as
 * it mounts, so the browser keeps the focus inside and Escape closes it. It is rendered only
 * once asked for, never ahead of time: the page's address is the browser's.
 */
export function EmbedDialog({ onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const search = useTimelineStore(viewSearch);
  const fromFile = useTimelineStore((s) => s.origin.kind === 'file');
  const hasEvent = useTimelineStore((s) => s.selectedId !== null);
  const filtered = useTimelineStore((s) => s.activeTopics.length > 0 || s.query !== '');
  const snippet = embedSnippet(pageUrl(), search);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    code.current?.select();
  }, []);

  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the code is selected to copy.
      code.current?.focus();
      code.current?.select();
      setCopy('manual');
    }
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby="embed-dialog-title"
      onClose={onClose}
    >
      <h2 id="embed-dialog-title">{t().embedTitle}</h2>
      {fromFile ? (
        <p>{t().embedFromFile}</p>
      ) : (
        <>
          <p>{t().embedIntro(hasEvent, filtered)}</p>
          <label className="embed-dialog__label" htmlFor="embed-dialog-code">
            {t().embedCode}
          </label>
          <textarea
            id="embed-dialog-code"
            ref={code}
            className="embed-dialog__code"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(event) => event.target.select()}
          />
          <p role="status" className="embed-dialog__status">
            {copy === 'copied' && t().embedCopied}
            {copy === 'manual' && t().embedSelected}
          </p>
        </>
      )}
      <div className="embed-dialog__actions">
        {!fromFile && (
          <button type="button" onClick={() => void copySnippet()}>
            {t().copy}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t().close}
        </button>
      </div>
    </dialog>
  );
}
