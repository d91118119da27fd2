import { useEffect, type MouseEvent } from 'react';
import { assertNever } from '../lib/assert-never.ts';
import { DetailsPanel, IntroCard, SourceLine } from '../details/index.ts';
import { FilterBar, SinceControl } from '../filters/index.ts';
import { pageTitle } from '../state/event-page.ts';
import { selectDataset, selectSelectedEvent, useTimelineStore } from '../state/store.ts';
import { EventsInView, Timeline } from '../timeline/index.ts';
import { ExportMenu } from '../export/index.ts';
import { StoryControls } from '../story/index.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { ProblemListOnDemand as ProblemList } from '../ui/problem-list-on-demand.tsx';
import { ThemeToggle } from '../ui/theme-toggle.tsx';
import { EmbedButton, isEmbedMode, OpenFullPage } from './embed-view.tsx';
import { LoadingScreen } from './loading-screen.tsx';
import { OpenFileButton, OwnData } from './open-file.tsx';
import { PrintView } from './print-view.tsx';
import { LiveStatus } from '../live/index.ts';
import { StoreNotices } from './store-notices.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { t } from '../i18n/messages.ts';
import { loadFailureProblems, loadFailureText } from './load-failure-text.ts';

/** The whole page; `startApp` (called by main.tsx, or a test) loads the data into the store. */
export function App() {
  const kind = useTimelineStore((s) => s.load.kind);

  switch (kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'failed':
      return <LoadError />;
    case 'ok':
      return <Ready />;
    default:
      return assertNever(kind);
  }
}

function Ready() {
  useKeyboardShortcuts();
  const dataset = useTimelineStore(selectDataset);
  const hasSelection = useTimelineStore((s) => s.selectedId !== null);
  const openTitle = useTimelineStore((s) => selectSelectedEvent(s)?.title);
  useEffect(() => {
    if (dataset) document.title = pageTitle(dataset.title, openTitle);
  }, [dataset, openTitle]);
  if (!dataset) return null;
  const source = dataset.source;
  // Inside another site's iframe: a compact header that keeps the attribution, no footer.
  const embed = isEmbedMode();

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href="#timeline" onClick={skipToTimeline}>
        {t().skipToTimeline}
      </a>
      <header className="masthead">
        {embed ? (
          <OpenFullPage />
        ) : (
          <div className="masthead__tools">
            <EmbedButton />
            <ThemeToggle />
          </div>
        )}
        <h1 dir="auto">{dataset.title}</h1>
        {source && <SourceLine source={source} className="masthead__source" />}
      </header>
      <StoreNotices />
      <LiveStatus />
      <FilterBar />
      <main className={`layout${hasSelection ? ' layout--with-details' : ''}`}>
        <Timeline
          tools={
            <>
              <StoryControls />
              <ExportMenu />
            </>
          }
        />
        {/* The column is there from the start (the introduction until an event opens), so that
            opening, stepping or closing events never changes the timeline's width. */}
        <div className="details-column">
          {hasSelection ? (
            <ErrorBoundary message={t().detailsFailed}>
              <DetailsPanel />
            </ErrorBoundary>
          ) : (
            !embed && <IntroCard tools={<SinceControl />} />
          )}
        </div>
        <EventsInView />
      </main>
      {!embed && <OwnData />}
      <PrintView />
    </div>
  );
}

/** Focuses the timeline without writing #timeline into the address, which holds the app's state. */
function skipToTimeline(event: MouseEvent<HTMLAnchorElement>) {
  const timeline = document.getElementById('timeline');
  if (!timeline) return;
  event.preventDefault();
  timeline.focus();
}

function LoadError() {
  const load = useTimelineStore((s) => s.load);
  if (load.kind !== 'failed') return null;
  const problems = loadFailureProblems(load.reason);
  return (
    <main className="app app--error">
      <h1>{t().loadFailedHeading}</h1>
      <p role="alert">{loadFailureText(load.reason)}</p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <StoreNotices />
      <p>
        <a href="./">{t().openDefaultTimeline}</a>,{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t().tryAgain}
        </button>{' '}
        {t().or} <OpenFileButton />
      </p>
    </main>
  );
}
