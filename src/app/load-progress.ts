import type { LoadProgress } from '../data/load-store.ts';
import { t } from '../i18n/messages.ts';

const MB = 1024 * 1024;

export interface ProgressWords {
  /** What is happening, for the status line: it changes only when the stage does. */
  stage: string;
  /** How far it has got, shown beside it ("45 MB of 102 MB"), or ''. */
  amount: string;
  /** A bar's value and maximum, when the end is known. */
  value?: number;
  max?: number;
}

const megabytes = (bytes: number) => t().megabytes(Math.round(bytes / MB));

/**
 * A load's progress in plain words. Sizes are given from a megabyte on, when there is time to
 * read them. A server that compresses the store declares the compressed size while the browser
 * counts the bytes unpacked, so a total that is passed is no longer a total.
 */
export function progressWords(progress: LoadProgress | undefined): ProgressWords {
  if (!progress) return { stage: t().loadingTimeline, amount: '' };
  if (progress.stage === 'reading') {
    const { records } = progress;
    const stage = records === null ? t().readingTimeline : t().readingEvents(records);
    return { stage, amount: '' };
  }
  const { loaded, total } = progress;
  const known = total !== null && total >= loaded ? total : null;
  if (Math.max(loaded, known ?? 0) < MB) return { stage: t().loadingTimeline, amount: '' };
  if (known === null) return { stage: t().loadingTimeline, amount: megabytes(loaded) };
  return {
    stage: t().loadingTimeline,
    amount: t().amountOf(megabytes(loaded), megabytes(known)),
    value: loaded,
    max: known,
  };
}
