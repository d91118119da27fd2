import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { quoteName } from '../lib/display-text.ts';
import { openStoreFile, STORE_FILE_TYPES } from './open-store-file.ts';
import { t } from '../i18n/messages.ts';

/**
 * "Open a file…": a button in front of a file input (a bare input cannot be labelled and styled
 * alike in every browser), with a status line that says what became of the file.
 */
export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const open = async (file: File | undefined) => {
    if (!file) return;
    setStatus(t().openingFile(quoteName(file.name)));
    setStatus(await openStoreFile(file));
  };
  useFileDrop((file) => void open(file));
  return (
    <>
      <button type="button" className="open-file" onClick={() => input.current?.click()}>
        {t().openAFile}
      </button>
      <input
        ref={input}
        type="file"
        accept={STORE_FILE_TYPES}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          void open(event.target.files?.[0]);
          // The same file picked again (after fixing it) must fire a change again.
          event.target.value = '';
        }}
      />
      <span className="open-file__status" role="status">
        {status}
      </span>
    </>
  );
}

/**
 * A file dragged anywhere over the page is opened where it is dropped; while it is over the page
 * a full-page outline says so. Other drags (text, links) are left alone.
 */
function useFileDrop(onFile: (file: File) => void): void {
  const latest = useRef(onFile);
  useLayoutEffect(() => {
    latest.current = onFile;
  });
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const setDragging = (on: boolean) =>
      document.documentElement.toggleAttribute('data-file-over', on);
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would not allow the drop, and would open the file itself.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('dragover', onOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('drop', onDrop);
      setDragging(false);
    };
  }, []);
}

/** A store of our own with every kind of media, to see what a timeline with pictures looks like. */
const MEDIA_DEMO = 'data/media-demo.json';
/** A store of our own with groups and eras, from NASA's record of the Apollo program. */
const GROUPS_DEMO = 'data/groups-demo.json';

/** The way in for a newsroom's own data, at the foot of the page. */
export function OwnData() {
  return (
    <footer className="own-data">
      <h2 className="own-data__heading">{t().makeYourOwn}</h2>
      <p>
        {t().ownDataIntro}
        <a href="data/template.csv" download>
          {t().spreadsheetTemplate}
        </a>
        .
      </p>
      <p>
        <a href={`?data=${MEDIA_DEMO}`}>{t().seeMediaTimeline}</a>
        {t().seeMediaTimelineNote}
      </p>
      <p>
        <a href={`?data=${GROUPS_DEMO}`}>{t().seeGroupsTimeline}</a>
        {t().seeGroupsTimelineNote}
      </p>
      <p className="own-data__actions">
        <OpenFileButton />
      </p>
    </footer>
  );
}
