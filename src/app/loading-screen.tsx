import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../state/store.ts';
import { progressWords } from './load-progress.ts';
import { t } from '../i18n/messages.ts';

/** What the page shows while a store loads: the stage in words, how far, and a bar. */
export function LoadingScreen() {
  const words = useTimelineStore(
    useShallow((s) => progressWords(s.load.kind === 'loading' ? s.load.progress : undefined)),
  );
  return (
    <main className="app app--loading" aria-busy="true">
      <p className="loading-screen__line">
        <span role="status">{words.stage}</span>
        {words.amount && <span className="loading-screen__amount"> {words.amount}</span>}
      </p>
      <progress
        className="loading-screen__bar"
        aria-label={t().loadingTimeline}
        aria-valuetext={words.amount ? `${words.stage} ${words.amount}` : words.stage}
        value={words.value}
        max={words.max}
      />
    </main>
  );
}
