import { counted, formatNumber } from './format.ts';
import { currentLocale, type Locale } from './locale.ts';

/**
 * Every sentence, label and name the interface writes, in English here and in Spanish in
 * messages-es.ts, but for the sentences that say what is wrong in a store's data, which only the
 * problem list uses (problem-messages-en.ts and -es.ts). Text from the data (titles, summaries,
 * topic labels, dates the data labels) is never here: it stays as written. A message with parts to fill in is a function; counts choose their noun with Intl.PluralRules
 * (`counted`). Adding a message is one line in each catalogue: Spanish must have every key that
 * English has, with the same parameters, or the build fails.
 */
const en = {
  // Masthead and page
  skipToTimeline: 'Skip to the timeline',
  sourcePrefix: 'Source:',
  firstPublished: (date: string) => `, first published ${date}`,
  updated: (date: string, afterPublished: boolean) =>
    `${afterPublished ? ';' : ','} updated ${date}`,
  detailsFailed: 'The event details could not be loaded. Reload the page to try again.',
  loadFailedHeading: 'The timeline could not be loaded',
  openDefaultTimeline: 'Open the default timeline',
  tryAgain: 'try again',
  or: 'or',
  darkMode: 'Dark mode',
  embed: 'Embed',
  openInNewTab: 'Open in a new tab',
  reload: 'Reload',
  dismiss: 'Dismiss',

  // Loading
  loadingTimeline: 'Loading the timeline…',
  readingTimeline: 'Reading the timeline…',
  readingEvents: (n: number) => `Reading ${counted(n, { one: 'event', other: 'events' })}…`,
  megabytes: (n: number) => `${formatNumber(n)} MB`,
  amountOf: (loaded: string, total: string) => `${loaded} of ${total}`,

  // Filters
  filters: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Title or text, e.g. sanctions',
  topics: 'Topics',
  active: 'active',
  eventNoun: (n: number): string => (n === 1 ? 'event' : 'events'),
  // "Open a file…": what the status beside it says once the file shows, and a file without a name
  fileOpened: (quoted: string, n: number) =>
    `Opened ${quoted}: ${counted(n, { one: 'event', other: 'events' })}.`,
  fileWithoutName: 'The file',
  eventsShownLabel: 'Events shown',
  eventsShown: (shown: number, total: number) =>
    `${formatNumber(shown)} of ${formatNumber(total)} events`,
  /** The filter bar's count: a news page says "all" when nothing is filtered out. */
  countShown: (shown: number, total: number) =>
    shown !== total
      ? `${formatNumber(shown)} of ${formatNumber(total)} events`
      : total === 0
        ? 'No events'
        : total === 1
          ? 'One event'
          : `All ${formatNumber(total)} events`,
  clearFilters: 'Clear filters',
  allEventsNoFilters: (total: number) =>
    `All ${counted(total, { one: 'event', other: 'events' })}, no filters.`,
  inTopic: (label: string) => `in the topic ${label}`,
  inTopics: (labels: readonly string[]) =>
    `in the topics ${labels.slice(0, -1).join(', ')} or ${labels.at(-1) ?? ''}`,
  matchingSearch: (query: string) => `matching the search “${query}”`,

  // What changed since a day (the reader's last visit, or a link's ?since=)
  changesSummary: (added: number, updated: number, day: string, from: 'visit' | 'link') => {
    const parts = [
      ...(added ? [`${formatNumber(added)} new`] : []),
      ...(updated ? [`${formatNumber(updated)} updated`] : []),
    ];
    const what = parts.length ? parts.join(', ') : 'Nothing new';
    return from === 'visit' ? `${what} since your last visit, ${day}` : `${what} since ${day}`;
  },
  whatsNew: "What's new",
  showChangesSince: 'Show changes since…',
  clearChangesSince: 'Clear the date',
  forgetLastVisit: 'Forget my last visit',
  lastVisitForgotten: 'Your last visit is forgotten: this browser no longer keeps it.',
  timelineUpdated: (date: string) => `Timeline updated ${date}`,
  sinceInvalid: (quoted: string) =>
    `The link asks for changes since ${quoted}, which is not a day: write it as YYYY-MM-DD, such as 2020-07-01. It was left out.`,
  newOrUpdatedSince: (day: string) => `new or updated since ${day}`,
  /** The badge of an event new or updated since the day in force. */
  changeBadge: (kind: 'new' | 'updated'): string => (kind === 'new' ? 'New' : 'Updated'),
  legendNew: 'added since the day above',
  legendUpdated: 'changed since the day above',
  addedOn: 'Added',
  updatedOn: 'Updated',
  whatChanged: 'What changed:',

  // Timeline
  timelineShowing: 'Timeline, showing ',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  groupBy: 'Group by',
  groupByNone: 'None',
  groupByTopic: 'Topic',
  groupByGroups: 'Groups',
  /** The band of events outside every group. */
  ungrouped: 'Other',
  eraItem: (title: string, range: string) => `${title}, ${range}`,

  // Story
  story: 'Story',
  playStory: 'Play story',
  pauseStory: 'Pause',
  resumeStory: 'Resume',
  playStoryAgain: 'Play again',
  storyStep: 'Step ',
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storySpeed: 'Speed',
  exitStory: 'Exit story',

  noEventsMatch: 'No events match these filters.',
  noEventsYet: 'This timeline has no events yet.',
  legendKnownDay: 'known day',
  legendFuzzy: 'month, season or year',
  legendSpan: 'lasting period',
  touchHelp: 'Pinch to zoom, drag sideways to pan',
  pointerHelp: (modifier: string) =>
    `${modifier} + scroll to zoom, drag or Shift + scroll to pan; ← → step through events`,
  zoomHintLabel: 'Zoom hint',
  zoomHint: (modifier: string) => `Use ${modifier} + scroll to zoom`,
  events: 'Events',
  clusterName: (count: number, range: string) =>
    `${counted(count, { one: 'event', other: 'events' })}, ${range}`,
  overviewLabel: 'Overview of the whole timeline',
  overviewCaption: 'Whole timeline',
  showingRange: (range: string) => `Showing ${range}`,
  eventsInView: 'Event by event',
  showEventList: 'Show the list of events',
  hideEventList: 'Hide the list of events',
  andMore: (n: number) => `And ${formatNumber(n)} more: zoom in or filter to list them.`,

  // Details
  eventDetails: 'Event details',
  positionOf: (index: number, count: number) => `${formatNumber(index)} of ${formatNumber(count)}`,
  hiddenByFilters: 'Hidden by the filters',
  closeDetails: 'Close details',
  close: 'Close',
  approximate: ' (approximate)',
  quotes: 'Quotes',
  people: 'People',
  sourcesCited: 'Sources cited',
  /** The group an event belongs to (a band of its own on the timeline), in its details. */
  eventGroup: 'Group',
  // The printout's lines under each event.
  printTopics: 'Topics: ',
  printGroup: '. Group: ',
  printPeople: '. People: ',
  printSources: (count: number): string => (count === 1 ? 'Source: ' : 'Sources: '),
  showOnly: 'Show only',
  stepThroughEvents: 'Step through events',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  previousShort: 'Previous',
  nextShort: 'Next',
  aboutTheDate: 'About the date:',
  // An event's links to others, each kind under its own heading (and on the marker, and in print).
  linkLedTo: 'Led to',
  linkResponseTo: 'In response to',
  linkSeeAlso: 'See also',
  // Media
  mediaNoun: (kind: 'image' | 'video' | 'audio'): string =>
    kind === 'image' ? 'picture' : kind === 'video' ? 'video' : 'sound',
  mediaFailed: (noun: string) => `This ${noun} could not be loaded.`,
  mediaBlocked: (noun: string, site: string) =>
    `This ${noun} is not shown: it is from ${site}, which this site’s security policy does not allow.`,
  mediaUnplayable:
    'This picture or video cannot be shown: its address is not one the timeline can play.',
  playVideo: (name: string) => `Play video: ${name}`,
  videoPlayer: (name: string, site: string) => `${site} video: ${name}`,
  loadsFrom: (site: string) => `Plays from ${site} when you press play`,
  aboutThisTimeline: 'About this timeline',
  startWithFirst: 'Start with the first episode',
  copyLink: 'Copy link',
  share: 'Share…',
  linkCopied: 'Link copied to the clipboard.',
  linkNamesFile: (file: string) =>
    ` It names “${file}”, a file on this computer: others will need the file to see the event.`,
  copyThisLink: 'Copy this link:',

  // Own data
  makeYourOwn: 'Make your own timeline',
  ownDataIntro:
    'Open a spreadsheet’s CSV export or a JSON file, or drop one anywhere on this page. The file is read here, in your browser, and is not uploaded. Start from the ',
  spreadsheetTemplate: 'spreadsheet template (CSV)',
  seeMediaTimeline: 'See a timeline with pictures',
  seeMediaTimelineNote: ': a made-up demo of pictures, video and sound.',
  seeGroupsTimeline: 'See a timeline with groups and eras',
  seeGroupsTimelineNote: ': the Apollo program, in crewed missions and uncrewed tests.',
  openAFile: 'Open a file…',
  openingFile: (name: string) => `Opening ${name}…`,

  // Export
  export: 'Export',
  exportPng: 'Image (PNG)',
  exportSvg: 'Image (SVG)',
  exportCsv: 'Events (CSV)',
  exportJson: 'Events (JSON)',
  preparing: (what: string) => `Preparing ${what}…`,
  saved: (name: string) => `Saved ${name}.`,
  couldNotBeMade: (what: string, reason: string) =>
    `${what} could not be made${reason ? `: ${reason}` : ''}.`,

  // Embed dialog
  embedTitle: 'Embed this timeline',
  embedFromFile:
    'This timeline was opened from a file on this computer, which another site cannot reach. Publish the file on the web, open it from there, and embed that.',
  embedIntro: (hasEvent: boolean, filtered: boolean) =>
    `Paste this code into your article’s HTML. It shows the timeline as it is now${
      hasEvent ? ', with this event open' : ''
    }${filtered ? (hasEvent ? ' and the filters on' : ', with the filters on') : ''}, and grows with its content.`,
  embedCode: 'Embed code',
  embedCopied: 'Embed code copied to the clipboard.',
  embedSelected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  copy: 'Copy',

  // Problems and notices
  eventsSkipped: (n: number) => `${counted(n, { one: 'event', other: 'events' })} skipped`,
  problemsInData: (n: number) => `${counted(n, { one: 'problem', other: 'problems' })} in the data`,
  firstProblems: (shown: number, total: number) =>
    `The first ${formatNumber(shown)} of ${formatNumber(total)} problems:`,
  downloadProblems: 'Download all problems (CSV)',
  unknownTopics: (quoted: string) => `Unknown topic ${quoted} in the link was ignored.`,
  eventNotFound: (quoted: string) =>
    `Event not found: the link names ${quoted}, which is not in this timeline.`,
  linkToLocalFile: (quoted: string) =>
    `This link was made from ${quoted}, a file opened on someone's computer. That file is not on the web, so the link cannot show it. If you have the file, open it here.`,
  dataLinkInvalid: (quoted: string) => `The data link ${quoted} is not a valid address.`,
  dataLinkElsewhere: (quoted: string) =>
    `The data link ${quoted} points to another site; only this site's data can be shown.`,
  // A data link refused, and what is wrong with config.json (src/data/config-problem.ts)
  linkLedElsewhere: (quoted: string, origin: string | null) =>
    `The data link ${quoted} led to another site${origin === null ? '' : ` (${origin})`}, which is not allowed: only this site’s data and data from the sites listed in config.json can be shown.`,
  linkBlockedByPolicy: (quoted: string, origin: string) =>
    `The data link ${quoted} could not be loaded: this site’s security policy does not allow data from ${origin}, even though config.json lists it. Whoever runs the site can allow it with “npm run allow-origin -- ${origin}”, which updates config.json and the policy together (or by adding it to public/config.json and building again).`,
  linkRedirectFailed: (quoted: string) =>
    `The data link ${quoted} redirects to another address, which could not be loaded.`,
  configUnreachable: (detail: string) =>
    `config.json could not be loaded (${detail}), so only this site’s data can be shown.`,
  configNotJson: (detail: string) =>
    `config.json is not valid JSON (${detail}), so only this site’s data can be shown.`,
  configNotAnObject: 'config.json must hold an object, such as { "allowedDataOrigins": [] }.',
  configUnknownSetting: (setting: string) =>
    `config.json: “${setting}” is not a setting this app knows (it reads “allowedDataOrigins” and “allowedMediaOrigins”).`,
  configNotAList: (setting: string, example: string) =>
    `config.json: “${setting}” must be a list, such as ["${example}"].`,
  configBadEntry: (number: number, setting: string, value: string, because: string) =>
    `config.json: entry ${number} of “${setting}”${value && ` ${value}`}: ${because}.`,
  originNotText: 'it must be text in quotes, such as "https://example.com"',
  originBadCharacters: 'an origin cannot contain spaces, quotes or ; and ,',
  originNoScheme: 'it must start with https://, as in https://example.com',
  originNotWebScheme: 'it must start with https://',
  originNotSiteOnly:
    'it must be a site only (scheme, host and port), with no path, query or user name',
  originWildcardNotFirst:
    'a wildcard may only stand for the first part of the host, as in https://*.example.com',
  originInvalid: 'it is not a valid web address',
  originNoHost: 'it names no host',
  originWildcardTooShort:
    'a wildcard needs a domain of at least two parts, as in https://*.example.com',
  originPlainHttp: 'it must use https (plain http is allowed only for localhost)',
  unknownOpenAt: (quoted: string) =>
    `The link asks to open at ${quoted}, which this timeline does not know, so it opens as usual. (“latest” opens the newest event.)`,

  // Why a store could not be shown (src/data/load-failure.ts): `quoted` names the file or link
  storeTooLarge: (quoted: string, megabytes: number | null, limit: string) =>
    `${quoted} is ${megabytes === null ? 'larger than' : `${megabytes} MB, over`} the ${limit} limit for a timeline file.`,
  storeFileUnreadable: (quoted: string) => `${quoted} could not be read from your computer.`,
  storeUnreachable: (quoted: string) =>
    `Could not reach ${quoted}. Check your connection and the link, then try again.`,
  storeConnectionBroke: (quoted: string) =>
    `The connection broke while ${quoted} was loading. Try again.`,
  storeNotFound: (quoted: string, status: number) =>
    `${quoted} was not found: the server answered that there is no such file (${status}). Check the link.`,
  storeNotShared: (quoted: string, status: number) =>
    `${quoted} is not shared publicly: the server refused to send it (${status}). Publish it to the web, or check its sharing settings.`,
  storeServerError: (quoted: string, status: number) =>
    `The server could not send ${quoted} (it answered ${status}). Try again later.`,
  storeWorkerStopped: (quoted: string) =>
    `${quoted} could not be read: the browser stopped the part of the page that reads large files. Reload the page to try again.`,
  storeEmpty: (quoted: string) => `${quoted} is empty: it holds no data.`,
  storeBlank: (quoted: string) => `${quoted} is empty: it holds only blank space.`,
  storeWorkbook: (quoted: string) =>
    `${quoted} is a spreadsheet workbook (such as .xlsx), not a CSV file. In your spreadsheet, download or save the sheet as “CSV (UTF-8)” and open that file.`,
  storeUtf16: (quoted: string) =>
    `${quoted} is saved as UTF-16 text, which the timeline does not read. Save it again as UTF-8 (in Excel: “CSV UTF-8”) and open it again.`,
  storeNotUtf8: (quoted: string) =>
    `${quoted} is not UTF-8 text: it may be saved in another encoding, or not be a text file at all. Save it as UTF-8 (CSV UTF-8 or JSON) and open it again.`,
  storeWebPage: (quoted: string) =>
    `${quoted} is a web page, not timeline data. If it is a spreadsheet's link, use the link it gives when published to the web as CSV.`,
  jsonCutOff: (quoted: string) =>
    `${quoted} ends too early: the file seems cut off. Download or save it again.`,
  jsonInvalid: (quoted: string) => `${quoted} is not valid JSON, so the timeline cannot read it.`,
  jsonMistake: (quoted: string, line: number, column: number) =>
    `${quoted} is not valid JSON: there is a mistake at line ${line}, column ${column}, such as a missing comma or quotation mark.`,
  csvColumnMissing: (quoted: string, column: string) =>
    `${quoted} has no “${column}” column. Its first row must name the columns, such as id, title, start, topics: copy them from the template.`,
  arrowInvalid: (quoted: string) =>
    `${quoted} could not be read as an Arrow file: it may be damaged or cut off. Write it again, or export it as JSON or CSV.`,
  arrowCompressed: (quoted: string) =>
    `${quoted} is a compressed Arrow file, which the timeline does not read. Write it again without compression.`,
  arrowColumnMissing: (quoted: string, column: string) =>
    `${quoted} has no “${column}” column. An Arrow store needs the columns id, title, start and topics.`,
  arrowColumnType: (quoted: string, column: string, type: string, wanted: string) =>
    `The “${column}” column of ${quoted} holds ${type}; it must hold ${wanted}.`,
  /** What an Arrow column must hold (src/data/problem.ts, ArrowWanted). */
  arrowWanted: {
    text: 'text (Utf8)',
    date: 'dates (Utf8 as YYYY-MM-DD, YYYY-MM or YYYY, or Date32, Date64, Timestamp)',
    'text-list': 'lists of text (List<Utf8>), or text with “;” between the items',
    'struct-list': 'lists of structs (List<Struct>)',
  },
  notATimeline: (quoted: string) =>
    `${quoted} is not a timeline in the expected format. What is wrong:`,

  // Updates in place
  /** Said politely when a newer version of the store is shown: "2 new events, 1 changed". */
  storeUpdated: (added: number, changed: number, removed: number) => {
    const parts: string[] = [];
    if (added) parts.push(counted(added, { one: 'new event', other: 'new events' }));
    if (changed) {
      parts.push(
        parts.length
          ? `${formatNumber(changed)} changed`
          : `${counted(changed, { one: 'event', other: 'events' })} changed`,
      );
    }
    if (removed) {
      parts.push(
        parts.length
          ? `${formatNumber(removed)} removed`
          : `${counted(removed, { one: 'event', other: 'events' })} removed`,
      );
    }
    return parts.join(', ');
  },
  openEventRemoved: (quoted: string) =>
    `The event you had open, ${quoted}, has been taken out of this timeline by its editors.`,
  updateFailed: (reason: string) =>
    `A newer version of this timeline could not be shown, so the one loaded before stays. ${reason}`,

  // Print
  printableList: 'Printable list of events',
  openEvent: 'Open event',
  theEvent: 'The event',
  theEventsInOrder: 'The events, in time order',
  theEventsByBand: 'The events, band by band, each in time order',
  eras: 'Eras',

  // Dates the app writes (the data's own labels stay as written)
  monthYear: (month: string, year: string) => `${month} ${year}`,
  dayMonthYear: (day: number, month: string, year: string) => `${month} ${day}, ${year}`,
  dayMonth: (day: number, month: string) => `${month} ${day}`,
  monthSpanYear: (from: string, to: string, year: string) => `${from}–${to} ${year}`,
  eraAd: 'AD',
  eraBc: 'BC',
  seasons: { Winter: 'Winter', Spring: 'Spring', Summer: 'Summer', Fall: 'Fall' },
  seasonYear: (season: string, year: string) => `${season} ${year}`,
};

/** The shape every catalogue has: English's keys, with its parameters. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] };

/**
 * The catalogues at hand: English always, as the fallback and the built pages' language; another
 * only once catalogue.ts has fetched it, before the app renders in it.
 */
const catalogues: Partial<Record<Locale, Messages>> = { en };

/** Makes a fetched catalogue the one `t()` answers with while its language is the page's. */
export function addCatalogue(locale: Locale, messages: Messages): void {
  catalogues[locale] = messages;
}

/** English's own catalogue, for comparing another language's with it. */
export const ENGLISH: Messages = en;

/** The messages in the reader's language: `t().search`, `t().eventsShown(5, 27)`. */
export const t = (): Messages => catalogues[currentLocale()] ?? en;
