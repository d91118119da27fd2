/**
 * A problem in the data, in the reader's language: the data says which record and why as codes
 * with their parts (src/data/problem.ts), and the catalogue words them.
 */
import { assertNever } from '../lib/assert-never.ts';
import { isolate, quote, shorten } from '../lib/display-text.ts';
import { problemWords } from '../i18n/problem-messages.ts';
import type { Problem, ProblemReason, ProblemRecord, UnplayableReason } from '../data/problem.ts';
import { LINK_KINDS, PRECISIONS } from '../data/store-shape.ts';

/** The record as the author's file counts it: "event 3 "g7"", "row 4", "dataset". */
export function problemRecordText(record: ProblemRecord): string {
  const m = problemWords();
  switch (record.kind) {
    case 'dataset':
      return m.recordDataset;
    case 'timeline':
      return m.recordTimeline;
    case 'title-slide':
      return m.recordTitleSlide(labelText(record.label));
    case 'column-names':
      return m.recordColumnNames;
    case 'arrow-columns':
      return m.recordArrowColumns;
    case 'topic':
      return m.recordTopic(record.id);
  }
  // An id that failed its check may be anything: shortened, and kept from turning the line around.
  const id =
    record.id !== undefined ? m.recordId(isolate(shorten(record.id))) : labelText(record.label);
  switch (record.kind) {
    case 'event':
      return m.recordEvent(record.number, id);
    case 'group':
      return m.recordGroup(record.number, id);
    case 'era':
      return m.recordEra(record.number, id);
    case 'row':
      return m.recordRow(record.number, id);
    case 'slide':
      return m.recordSlide(record.number, id);
    default:
      return assertNever(record);
  }
}

const labelText = (label: string | undefined) =>
  label === undefined ? '' : problemWords().recordId(isolate(shorten(label, 60)));

/** What is wrong with the field, as an editor would say it: "must be text, not 37". */
export function problemReasonText(reason: ProblemReason): string {
  const m = problemWords();
  switch (reason.code) {
    case 'missing':
      return m.isMissing;
    case 'wrong-type': {
      const words: Readonly<Record<string, string>> = m.typeWords;
      const received = words[reason.received] ?? isolate(shorten(reason.received, 60));
      return m.wrongType(m.typeWords[reason.wanted], received);
    }
    case 'empty':
      return m.mustNotBeEmpty;
    case 'too-long':
      return m.tooLong(reason.max);
    case 'not-a-slug':
      return m.notASlug;
    case 'not-a-url':
      return m.notAUrl;
    case 'not-a-web-url':
      return m.notAWebUrl;
    case 'not-a-partial-date':
      return m.notAPartialDate(quote(reason.text));
    case 'not-a-color':
      return m.notAColor;
    case 'not-a-timeline':
      return m.notATimelineShape;
    case 'timeline-is-list':
      return m.timelineIsList;
    case 'not-a-date-object':
      return m.notADateObject;
    case 'not-a-link-object':
      return m.notALinkObject;
    case 'not-an-event':
      return m.notAnEvent;
    case 'not-a-precision':
      return m.mustBeOneOf(PRECISIONS.join(', '));
    case 'not-a-link-kind':
      return m.mustBeOneOf(LINK_KINDS.join(', '));
    case 'no-topics-named':
      return m.noTopicsNamed;
    case 'no-topics-listed':
      return m.noTopicsListed;
    case 'version-not-1':
      return m.versionNot1;
    case 'not-a-group-list':
      return m.notAGroupList;
    case 'not-an-era-list':
      return m.notAnEraList;
    case 'not-an-event-list':
      return m.notAnEventList;
    case 'declared-twice':
      return m.declaredTwice;
    case 'undeclared-topics':
      return m.undeclaredTopics(reason.topics);
    case 'id-used-before':
      return m.idUsedBefore(reason.id);
    case 'undeclared-group':
      return m.undeclaredGroup(reason.group);
    case 'unknown-start':
      return m.unknownStart;
    case 'links-not-a-list':
      return m.linksNotAList;
    case 'ends-before-start':
      return m.endsBeforeStart(reason.start, reason.end);
    case 'link-left-out':
      return m.linkLeftOut(problemReasonText(reason.because));
    case 'unknown-column':
      return m.unknownCsvColumn;
    case 'arrow-column-left-out':
      return m.arrowColumnLeftOut(isolate(shorten(reason.type, 60)), m.arrowWanted[reason.wanted]);
    case 'arrow-metadata-left-out':
      return m.arrowMetadataLeftOut;
    case 'unknown-row-type':
      return m.unknownRowType(quote(reason.type));
    case 'not-a-link-cell':
      return m.notALinkCell(quote(reason.text));
    case 'colour-left-out':
      return m.colourLeftOut(quote(reason.color));
    case 'colour-chosen':
      return m.colourChosen(quote(reason.color));
    case 'topic-needs-title':
      return m.topicNeedsTitle;
    // Media, links and dates
    case 'date-not-iso':
      return m.dateNotIso(reason.text);
    case 'date-year-minus-zero':
      return m.dateYearMinusZero(reason.text);
    case 'date-no-such-month':
      return m.dateNoSuchMonth(reason.text, reason.month);
    case 'date-not-a-day':
      return m.dateNotADay(reason.text);
    case 'precision-needs-start':
      return m.precisionNeedsStart(reason.precision, m.datePatterns[reason.unit], reason.start);
    case 'precision-takes-no-end':
      return m.precisionTakesNoEnd(reason.precision);
    case 'season-needs-months':
      return m.seasonNeedsMonths;
    case 'season-two-months':
      return m.seasonTwoMonths;
    case 'span-needs-end':
      return m.spanNeedsEnd;
    case 'span-ends-before':
      return m.spanEndsBefore(reason.start, reason.end);
    case 'not-a-change-date':
      return m.notAChangeDate(quote(reason.text));
    case 'change-date-not-a-day':
      return m.changeDateNotADay(quote(reason.text));
    case 'change-date-not-text':
      return m.changeDateNotText(isolate(shorten(reason.received, 60)));
    case 'updated-before-added':
      return m.updatedBeforeAdded(reason.updated, reason.added);
    case 'not-text':
      return m.notText;
    case 'left-out':
      return m.leftOut(problemReasonText(reason.because));
    case 'link-to-itself':
      return m.linkToItself;
    case 'link-to-missing-event':
      return m.linkToMissingEvent(quote(reason.to));
    case 'link-given-twice':
      return m.linkGivenTwice(quote(reason.to), reason.kind);
    case 'not-valid':
      return m.notValid(
        reason.expected === null ? null : isolate(shorten(reason.expected, 60)),
        isolate(shorten(reason.received, 60)),
      );
    case 'media-not-shown':
      return m.mediaNotShown(unplayableText(reason.because));
    case 'media-thumbnail-left-out':
      return m.mediaThumbnailLeftOut;
    case 'media-link-left-out':
      return m.mediaLinkLeftOut;
    case 'media-alt-missing':
      return m.mediaAltMissing;
    case 'tl-media-title-not-shown':
      return m.tlMediaTitleNotShown;
    case 'tl-media-link-target-not-used':
      return m.tlMediaLinkTargetNotUsed;
    // TimelineJS
    case 'tl-no-year':
      return m.tlNoYear;
    case 'tl-not-a-year':
      return m.tlNotAYear(tlText(reason.text));
    case 'tl-not-a-month':
      return m.tlNotAMonth(tlText(reason.text));
    case 'tl-not-a-day':
      return m.tlNotADay(tlText(reason.text));
    case 'tl-not-a-time-part':
      return m.tlNotATimePart(tlText(reason.text), reason.part);
    case 'tl-year-out-of-range':
      return m.tlYearOutOfRange(reason.year);
    case 'tl-not-a-calendar-day':
      return m.tlNotACalendarDay(reason.date);
    case 'tl-day-without-month':
      return m.tlDayWithoutMonth;
    case 'tl-time-without-day':
      return m.tlTimeWithoutDay;
    case 'tl-no-hour':
      return m.tlNoHour;
    case 'tl-slide-without-date':
      return m.tlSlideWithoutDate;
    case 'tl-end-date-left-out':
      return m.tlEndDateLeftOut(problemReasonText(reason.because));
    case 'tl-end-before-start':
      return m.tlEndBeforeStart;
    case 'tl-cosmological-scale':
      return m.tlCosmologicalScale;
    case 'tl-unknown-scale':
      return m.tlUnknownScale(tlText(reason.scale));
    case 'tl-unknown-field':
      return m.tlUnknownField;
    case 'tl-background':
      return m.tlBackground;
    case 'tl-era-needs-dates':
      return m.tlEraNeedsDates;
    case 'tl-era-ends-before-start':
      return m.tlEraEndsBeforeStart;
    case 'tl-unknown-column':
      return m.tlUnknownColumn;
    case 'tl-second-title':
      return m.tlSecondTitle;
    case 'tl-not-a-sheet-date':
      return m.tlNotASheetDate(tlText(reason.text));
    case 'tl-end-not-a-sheet-date':
      return m.tlEndNotASheetDate(tlText(reason.text));
    case 'tl-time-without-year':
      return m.tlTimeWithoutYear(reason.column);
    case 'tl-not-a-time':
      return m.tlNotATime(tlText(reason.text));
    default:
      return assertNever(reason);
  }
}

/** Why a picture, video or sound cannot be shown, as its problem says and its item keeps. */
export function unplayableText(reason: UnplayableReason): string {
  const m = problemWords();
  switch (reason.code) {
    case 'no-url':
      return m.unplayableNoUrl;
    case 'url-not-text':
      return m.unplayableUrlNotText;
    case 'not-an-object':
      return m.unplayableNotAnObject;
    case 'not-loadable':
      return m.unplayableNotLoadable(quote(shorten(reason.url, 80)));
    case 'unknown-type':
      return m.unplayableUnknownType(quote(shorten(reason.type, 40)));
    case 'kind-unknown':
      return m.unplayableKindUnknown;
    case 'not-a-video-of':
      return m.unplayableNotAVideoOf(reason.service === 'youtube' ? 'YouTube' : 'Vimeo');
    case 'embed-markup':
      return m.unplayableEmbedMarkup;
    case 'service-not-played':
      return m.unplayableServiceNotPlayed(m.mediaServices[reason.service]);
    case 'web-page':
      return m.unplayableWebPage;
    default:
      return assertNever(reason);
  }
}

// TimelineJS
/** A TimelineJS value quoted back: its sentences quote up to 40 characters of it. */
const tlText = (text: string) => isolate(shorten(text, 40));

/** A problem in one line, as the list shows it: "event 3 "g7", date.start: is missing". */
export function problemLine(problem: Problem): string {
  return `${problemRecordText(problem.record)}, ${problem.field}: ${problemReasonText(problem.reason)}`;
}

/** The first problem of a list in one line, or nothing: for scripts that stop at the first. */
export const problemsLine = (problems: readonly Problem[]): string =>
  problems[0] ? problemLine(problems[0]) : '';
