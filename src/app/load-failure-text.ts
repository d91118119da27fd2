/**
 * Why a store could not be shown, in the reader's language: the data says the reason as a code
 * with its parts (src/data/load-failure.ts), and the catalogue words it.
 */
import { assertNever } from '../lib/assert-never.ts';
import { quoteName } from '../lib/display-text.ts';
import { t } from '../i18n/messages.ts';
import type { LinkRefusal, LoadFailure } from '../data/load-failure.ts';
import type { Problem } from '../data/schema.ts';
import { MAX_STORE_SIZE_TEXT } from '../data/read-store.ts';

export function loadFailureText(reason: LoadFailure): string {
  const m = t();
  switch (reason.code) {
    case 'too-large':
      return m.storeTooLarge(quoteName(reason.name), reason.megabytes, MAX_STORE_SIZE_TEXT);
    case 'file-unreadable':
      return m.storeFileUnreadable(quoteName(reason.name));
    case 'unreachable':
      return m.storeUnreachable(quoteName(reason.name));
    case 'link-refused':
      return linkRefusalText(reason.refusal);
    case 'worded':
      return reason.text;
    case 'connection-broke':
      return m.storeConnectionBroke(quoteName(reason.name));
    case 'not-found':
      return m.storeNotFound(quoteName(reason.name), reason.status);
    case 'not-shared':
      return m.storeNotShared(quoteName(reason.name), reason.status);
    case 'server-error':
      return m.storeServerError(quoteName(reason.name), reason.status);
    case 'worker-stopped':
      return m.storeWorkerStopped(quoteName(reason.name));
    case 'empty':
      return m.storeEmpty(quoteName(reason.name));
    case 'blank':
      return m.storeBlank(quoteName(reason.name));
    case 'workbook':
      return m.storeWorkbook(quoteName(reason.name));
    case 'utf16':
      return m.storeUtf16(quoteName(reason.name));
    case 'not-utf8':
      return m.storeNotUtf8(quoteName(reason.name));
    case 'web-page':
      return m.storeWebPage(quoteName(reason.name));
    case 'json-cut-off':
      return m.jsonCutOff(quoteName(reason.name));
    case 'json-invalid':
      return m.jsonInvalid(quoteName(reason.name));
    case 'json-mistake':
      return m.jsonMistake(quoteName(reason.name), reason.line, reason.column);
    case 'csv-column-missing':
      return m.csvColumnMissing(quoteName(reason.name), reason.column);
    case 'arrow-invalid':
      return m.arrowInvalid(quoteName(reason.name));
    case 'arrow-compressed':
      return m.arrowCompressed(quoteName(reason.name));
    case 'arrow-column-missing':
      return m.arrowColumnMissing(quoteName(reason.name), reason.column);
    case 'arrow-column-type':
      return m.arrowColumnType(
        quoteName(reason.name),
        reason.column,
        reason.type,
        m.arrowWanted[reason.wanted],
      );
    case 'not-a-timeline':
      return m.notATimeline(quoteName(reason.name));
    default:
      return assertNever(reason);
  }
}

/** Why a data link was not followed, naming the link (and the site, where known). */
export function linkRefusalText(refusal: LinkRefusal): string {
  const m = t();
  const link = quoteName(refusal.link);
  switch (refusal.code) {
    case 'led-elsewhere':
      return m.linkLedElsewhere(link, refusal.origin);
    case 'blocked-by-policy':
      return m.linkBlockedByPolicy(link, refusal.origin);
    case 'redirect-failed':
      return m.linkRedirectFailed(link);
    default:
      return assertNever(refusal);
  }
}

/** The problems a failure lists under its sentence: those that made a store not a timeline. */
export function loadFailureProblems(reason: LoadFailure): readonly Problem[] {
  return reason.code === 'not-a-timeline' || reason.code === 'worded' ? reason.problems : [];
}
