import { counted, formatNumber, pluralOf } from './format.ts';
import { currentLocale, type Locale } from './locale.ts';

/**
 * Every sentence, label and name the interface writes, in English and Spanish. Text from the data
 * (titles, summaries, topic labels, dates the data labels) is never here: it stays as written.
 * A message with parts to fill in is a function; counts choose their noun with Intl.PluralRules
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

  // Problems in the data: the record, then what is wrong with its field (src/ui/problem-text.ts)
  recordDataset: 'dataset',
  recordTimeline: 'timeline',
  recordTitleSlide: (label: string) => `title slide${label}`,
  recordColumnNames: 'row 1 (the column names)',
  recordEvent: (n: number, id: string) => `event ${n}${id}`,
  recordGroup: (n: number, id: string) => `group ${n}${id}`,
  recordEra: (n: number, id: string) => `era ${n}${id}`,
  recordRow: (n: number, id: string) => `row ${n}${id}`,
  recordSlide: (n: number, id: string) => `slide ${n}${id}`,
  recordTopic: (id: string) => `topic "${id}"`,
  recordId: (id: string) => ` "${id}"`,
  typeWords: {
    string: 'text',
    number: 'a number',
    Array: 'a list',
    Object: 'an object with named fields',
  },
  isMissing: 'is missing',
  wrongType: (wanted: string, received: string) => `must be ${wanted}, not ${received}`,
  mustNotBeEmpty: 'must not be empty',
  tooLong: (max: number) => `must be at most ${max} characters long`,
  notASlug: 'must be lowercase letters, digits and single hyphens',
  notAUrl: 'must be a URL',
  notAWebUrl: 'must be an http(s) URL',
  notAPartialDate: (quoted: string) =>
    `${quoted} is not a date the timeline reads: write it as YYYY-MM-DD, YYYY-MM or YYYY (such as 2017-01-20, or -0043-03-15 for March 15, 44 BC)`,
  notAColor: 'must be a color like #1d4ed8',
  notATimelineShape: 'must be a timeline: an object with version, title, topics and events',
  timelineIsList:
    'must be a timeline: an object with version, title, topics and events, not a list',
  notADateObject: 'must be a date: an object with precision and start',
  notALinkObject: 'must be a link: an object with to and kind',
  notAnEvent: 'must be an event: an object with id, title, date and topics',
  mustBeOneOf: (options: string) => `must be one of ${options}`,
  noTopicsNamed: 'must name at least one topic',
  noTopicsListed: 'must list at least one topic',
  versionNot1: 'must be 1',
  notAGroupList: 'must be a list of groups',
  notAnEraList: 'must be a list of eras',
  notAnEventList: 'must be a list of events',
  declaredTwice: 'is declared twice',
  undeclaredTopics: (ids: readonly string[]) =>
    `names undeclared topic ${ids.map((id) => `"${id}"`).join(', ')}`,
  idUsedBefore: (id: string) => `"${id}" is used by an earlier event`,
  undeclaredGroup: (group: string) =>
    `names undeclared group "${group}", so the event shows outside any group`,
  unknownStart: 'must be "latest" (to open at the newest event) or be left out',
  linksNotAList: 'must be a list of links, so none was read',
  endsBeforeStart: (start: string, end: string) => `"${end}" is before the start, "${start}"`,
  linkLeftOut: (because: string) => `${because}, so the link was left out`,
  unknownCsvColumn: 'is not a column the timeline reads, so it was left out',
  unknownRowType: (quoted: string) =>
    `${quoted} is not a row type: write event (or leave it blank), topic, group, era or timeline`,
  notALinkCell: (quoted: string) =>
    `${quoted} is not a link: write the kind, a colon and the event’s id, such as see-also:g20-2017, so it was left out`,
  colourLeftOut: (quoted: string) => `${quoted} is not a colour like #1d4ed8, so it was left out`,
  colourChosen: (quoted: string) => `${quoted} is not a colour like #1d4ed8, so one was chosen`,
  topicNeedsTitle: 'a topic needs a title',
  problemsCsvHeader: ['record', 'field', 'problem'],

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
  // TimelineJS
  tlNoYear: 'is missing: a date needs at least a year',
  tlNotAYear: (text: string) => `"${text}" is not a year`,
  tlNotAMonth: (text: string) => `"${text}" is not a month (1–12)`,
  tlNotADay: (text: string) => `"${text}" is not a day (1–31)`,
  tlNotATimePart: (text: string, part: 'hour' | 'minute' | 'second') =>
    `"${text}" is not ${{ hour: 'an hour (0–23)', minute: 'a minute (0–59)', second: 'a second (0–59)' }[part]}`,
  tlYearOutOfRange: (year: string) =>
    `${year} is out of range: the timeline draws years from 10,000 BCE to 9999 only`,
  tlNotACalendarDay: (date: string) => `${date} is not a day of the calendar`,
  tlDayWithoutMonth: 'is given without a month',
  tlTimeWithoutDay: 'a time of day needs a day and a month',
  tlNoHour: 'is missing: a minute or second needs an hour',
  tlSlideWithoutDate: 'is missing: a slide without a date is not shown on the timeline',
  tlEndDateLeftOut: (because: string) => `${because}, so the event shows at its start date`,
  tlEndBeforeStart: 'is before the start date, so the event shows at its start date',
  tlCosmologicalScale:
    '"cosmological" is not a scale the timeline draws: it reads years from 10,000 BCE to 9999, and lists the slides outside them',
  tlUnknownScale: (scale: string) =>
    `"${scale}" is not a scale TimelineJS has, so the timeline reads years as usual`,
  tlUnknownField: 'is not a field the timeline reads, so it was left out',
  tlBackground: 'is not shown: the timeline draws no slide backgrounds',
  tlEraNeedsDates: 'is missing: an era needs a start and an end',
  tlEraEndsBeforeStart: 'is before the start date, so the era is not drawn',
  tlUnknownColumn: 'is not a column of the TimelineJS template, so it was left out',
  tlSecondTitle:
    'is a second title: only the first title row is the timeline’s, so this one shows as an event',
  tlNotASheetDate: (text: string) =>
    `"${text}" is not a date TimelineJS reads, such as 1815-12-10 or 12/10/1815`,
  tlEndNotASheetDate: (text: string) =>
    `"${text}" is not a date TimelineJS reads, so the event shows at its start date`,
  tlTimeWithoutYear: (column: string) =>
    `is given without ${/^[aeiou]/i.test(column) ? 'an' : 'a'} ${column}, so it was left out`,
  tlNotATime: (text: string) => `"${text}" is not a time of day, such as 18:45 or 6:45 PM`,
  tlMediaTitleNotShown: 'is not shown: the caption is shown instead',
  tlMediaLinkTargetNotUsed:
    'is not used: a media link opens in a new tab, as every link from the data does',

  // Media, links and dates
  dateNotIso: (text: string) =>
    `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (-YYYY before 1 BC)`,
  dateYearMinusZero: (text: string) => `"${text}" has year -0000: write year 0 (1 BC) as 0000`,
  dateNoSuchMonth: (text: string, month: string) => `"${text}" has no month ${month}`,
  dateNotADay: (text: string) => `"${text}" is not a day of the calendar`,
  datePatterns: { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' },
  precisionNeedsStart: (precision: string, pattern: string, start: string) =>
    `precision "${precision}" needs a start of the form ${pattern}, got "${start}"`,
  precisionTakesNoEnd: (precision: string) =>
    `precision "${precision}" takes no end; use precision "span" for something that lasted`,
  seasonNeedsMonths: 'precision "season" needs a start and an end of the form YYYY-MM',
  seasonTwoMonths: 'a season ends two months after it starts',
  spanNeedsEnd: 'precision "span" needs an end',
  spanEndsBefore: (start: string, end: string) => `"${end}" is before "${start}"`,
  notAChangeDate: (quoted: string) =>
    `${quoted} is not a date of change the timeline reads: write it as YYYY-MM-DD (or YYYY-MM, YYYY where only the month or year is known), such as 2020-07-30`,
  changeDateNotADay: (quoted: string) => `${quoted} is not a day of the calendar`,
  changeDateNotText: (received: string) =>
    `must be a date written as text, such as "2020-07-30", not ${received}`,
  updatedBeforeAdded: (updated: string, added: string) =>
    `"${updated}" is before the event was added, "${added}", so it was left out`,
  notText: 'must be text',
  leftOut: (because: string) => `${because}, so it was left out`,
  linkToItself: 'names the event itself, so the link was left out',
  linkToMissingEvent: (quoted: string) =>
    `names event ${quoted}, which is not in the timeline, so the link was left out`,
  linkGivenTwice: (quoted: string, kind: string) =>
    `names event ${quoted} as ${kind} twice, so the second was left out`,
  notValid: (expected: string | null, received: string) =>
    expected === null
      ? `is not valid (got ${received})`
      : `is not valid: expected ${expected}, got ${received}`,
  // Pictures, video and sound that cannot be shown, and the parts of one left out
  mediaNotShown: (because: string) => `${because}, so it is not shown`,
  unplayableNoUrl: 'has no address (url)',
  unplayableUrlNotText: 'has an address (url) that is not text',
  unplayableNotAnObject:
    'must be an object with url and, if you like, alt, caption, credit, thumbnail, link',
  unplayableNotLoadable: (quoted: string) =>
    `${quoted} is not a web address: write one that begins with https:// or is relative to the timeline’s file`,
  unplayableUnknownType: (quoted: string) =>
    `${quoted} is not a kind of media the timeline shows: write image, video, audio, youtube or vimeo`,
  unplayableKindUnknown:
    'is not a picture, video or sound the timeline can tell by its address: give its type (image, video, audio, youtube or vimeo)',
  unplayableNotAVideoOf: (site: string) => `is not the address of a ${site} video`,
  unplayableEmbedMarkup: 'is markup for an embedded page (such as an iframe or an embedded post)',
  unplayableServiceNotPlayed: (service: string) =>
    `is ${service}, which the timeline does not play`,
  unplayableWebPage: 'is a web page, not a picture, video or sound file the timeline can play',
  mediaServices: {
    'google-map': 'a Google Map',
    'x-post': 'a post on X (Twitter)',
    'bluesky-post': 'a Bluesky post',
    'instagram-post': 'an Instagram post',
    'tiktok-video': 'a TikTok video',
    'facebook-post': 'a Facebook post',
    'flickr-page': 'a Flickr page',
    'wikipedia-article': 'a Wikipedia article',
    'soundcloud-page': 'a SoundCloud page',
    'spotify-page': 'a Spotify page',
    'dailymotion-video': 'a Dailymotion video',
    'vine-video': 'a Vine video',
    'wistia-video': 'a Wistia video',
    'documentcloud-document': 'a DocumentCloud document',
    'storify-story': 'a Storify story',
    'imgur-page': 'an Imgur page',
    'giphy-page': 'a Giphy page',
    'google-file': 'a Google Docs or Drive file',
  },
  mediaThumbnailLeftOut: 'is not a web address, so it was left out',
  mediaLinkLeftOut: 'must be an http(s) URL, so it was left out',
  mediaAltMissing:
    'is missing: describe the picture for readers who cannot see it, or write "" if it is only decoration',
};

/** The shape every catalogue has: English's keys, with its parameters. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] };

const es: Messages = {
  skipToTimeline: 'Saltar a la cronología',
  sourcePrefix: 'Fuente:',
  firstPublished: (date) => `, primera publicación: ${date}`,
  updated: (date, afterPublished) => `${afterPublished ? ';' : ','} última actualización: ${date}`,
  detailsFailed:
    'No se pudieron cargar los detalles del acontecimiento. Recargue la página para volver a intentarlo.',
  loadFailedHeading: 'No se pudo cargar la cronología',
  openDefaultTimeline: 'Abrir la cronología predeterminada',
  tryAgain: 'volver a intentarlo',
  or: 'o',
  darkMode: 'Modo oscuro',
  embed: 'Insertar',
  openInNewTab: 'Abrir en una pestaña nueva',
  reload: 'Recargar',
  dismiss: 'Descartar',

  loadingTimeline: 'Cargando la cronología…',
  readingTimeline: 'Leyendo la cronología…',
  readingEvents: (n) =>
    `Leyendo ${counted(n, { one: 'acontecimiento', other: 'acontecimientos' })}…`,
  megabytes: (n) => `${formatNumber(n)} MB`,
  amountOf: (loaded, total) => `${loaded} de ${total}`,

  filters: 'Filtros',
  search: 'Buscar',
  searchPlaceholder: 'Título o texto, p. ej. OTAN',
  topics: 'Temas',
  active: 'activos',
  eventNoun: (n) => (n === 1 ? 'acontecimiento' : 'acontecimientos'),
  eventsShownLabel: 'Acontecimientos mostrados',
  eventsShown: (shown, total) =>
    `${formatNumber(shown)} de ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`,
  countShown: (shown, total) =>
    shown !== total
      ? `${formatNumber(shown)} de ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`
      : total === 0
        ? 'Ningún acontecimiento'
        : total === 1
          ? 'Un acontecimiento'
          : `Los ${formatNumber(total)} acontecimientos`,
  clearFilters: 'Quitar filtros',
  allEventsNoFilters: (total) =>
    `${total === 1 ? 'El único acontecimiento' : `Los ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`}, sin filtros.`,
  inTopic: (label) => `del tema ${label}`,
  inTopics: (labels) => `de los temas ${labels.slice(0, -1).join(', ')} o ${labels.at(-1) ?? ''}`,
  matchingSearch: (query) => `que coinciden con la búsqueda «${query}»`,

  changesSummary: (added, updated, day, from) => {
    const parts = [
      ...(added ? [`${formatNumber(added)} ${added === 1 ? 'nuevo' : 'nuevos'}`] : []),
      ...(updated
        ? [`${formatNumber(updated)} ${updated === 1 ? 'actualizado' : 'actualizados'}`]
        : []),
    ];
    const what = parts.length ? parts.join(' y ') : 'Nada nuevo';
    return from === 'visit'
      ? `${what} desde su última visita, el ${day}`
      : `${what} desde el ${day}`;
  },
  whatsNew: 'Novedades',
  showChangesSince: 'Mostrar los cambios desde…',
  clearChangesSince: 'Borrar la fecha',
  forgetLastVisit: 'Olvidar mi última visita',
  lastVisitForgotten: 'Su última visita está olvidada: este navegador ya no la guarda.',
  timelineUpdated: (date) => `Cronología actualizada: ${date}`,
  sinceInvalid: (quoted) =>
    `El enlace pide los cambios desde ${quoted}, que no es un día: escríbalo como AAAA-MM-DD, p. ej. 2020-07-01. Se ha ignorado.`,
  newOrUpdatedSince: (day) => `nuevos o actualizados desde el ${day}`,
  changeBadge: (kind) => (kind === 'new' ? 'Nuevo' : 'Actualizado'),
  legendNew: 'añadido desde el día de arriba',
  legendUpdated: 'cambiado desde el día de arriba',
  addedOn: 'Añadido',
  updatedOn: 'Actualizado',
  whatChanged: 'Qué cambió:',

  timelineShowing: 'Cronología, mostrando ',
  zoom: 'Zoom',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  groupBy: 'Agrupar por',
  groupByNone: 'Nada',
  groupByTopic: 'Tema',
  groupByGroups: 'Grupos',
  ungrouped: 'Otros',
  eraItem: (title, range) => `${title}, ${range}`,

  story: 'Relato',
  playStory: 'Reproducir relato',
  pauseStory: 'Pausa',
  resumeStory: 'Continuar',
  playStoryAgain: 'Reproducir de nuevo',
  storyStep: 'Paso ',
  storyPrevious: 'Anterior',
  storyNext: 'Siguiente',
  storySpeed: 'Velocidad',
  exitStory: 'Salir del relato',

  noEventsMatch: 'Ningún acontecimiento coincide con estos filtros.',
  noEventsYet: 'Esta cronología aún no tiene acontecimientos.',
  legendKnownDay: 'día conocido',
  legendFuzzy: 'mes, estación o año',
  legendSpan: 'periodo prolongado',
  touchHelp: 'Pellizque para acercar, arrastre de lado para desplazarse',
  pointerHelp: (modifier) =>
    `${modifier} + rueda para acercar, arrastre o Mayús + rueda para desplazarse; ← → para recorrer los acontecimientos`,
  zoomHintLabel: 'Ayuda del zoom',
  zoomHint: (modifier) => `Use ${modifier} + rueda para acercar`,
  events: 'Acontecimientos',
  clusterName: (count, range) =>
    `${counted(count, { one: 'acontecimiento', other: 'acontecimientos' })}, ${range}`,
  overviewLabel: 'Vista general de toda la cronología',
  overviewCaption: 'Toda la cronología',
  showingRange: (range) => `Mostrando ${range}`,
  eventsInView: 'Uno a uno',
  showEventList: 'Mostrar la lista de acontecimientos',
  hideEventList: 'Ocultar la lista de acontecimientos',
  andMore: (n) => `Y ${formatNumber(n)} más: acerque o filtre para verlos en la lista.`,

  eventDetails: 'Detalles del acontecimiento',
  positionOf: (index, count) => `${formatNumber(index)} de ${formatNumber(count)}`,
  hiddenByFilters: 'Oculto por los filtros',
  closeDetails: 'Cerrar los detalles',
  close: 'Cerrar',
  approximate: ' (aproximada)',
  quotes: 'Citas',
  people: 'Personas',
  sourcesCited: 'Fuentes citadas',
  eventGroup: 'Grupo',
  printTopics: 'Temas: ',
  printGroup: '. Grupo: ',
  printPeople: '. Personas: ',
  printSources: (count) => (count === 1 ? 'Fuente: ' : 'Fuentes: '),
  showOnly: 'Mostrar solo',
  stepThroughEvents: 'Recorrer los acontecimientos',
  previousEvent: 'Acontecimiento anterior',
  nextEvent: 'Acontecimiento siguiente',
  previousShort: 'Anterior',
  nextShort: 'Siguiente',
  aboutTheDate: 'Sobre la fecha:',
  linkLedTo: 'Condujo a',
  linkResponseTo: 'En respuesta a',
  linkSeeAlso: 'Véase también',
  mediaNoun: (kind) => (kind === 'image' ? 'imagen' : kind === 'video' ? 'vídeo' : 'audio'),
  mediaFailed: (noun) =>
    `No se pudo cargar este ${noun === 'imagen' ? 'archivo de imagen' : noun}.`,
  mediaBlocked: (noun, site) =>
    `Este ${noun === 'imagen' ? 'archivo de imagen' : noun} no se muestra: viene de ${site}, y la política de seguridad de este sitio no lo permite.`,
  mediaUnplayable:
    'Esta imagen o vídeo no se puede mostrar: su dirección no es una que la cronología pueda reproducir.',
  playVideo: (name) => `Reproducir vídeo: ${name}`,
  videoPlayer: (name, site) => `Vídeo de ${site}: ${name}`,
  loadsFrom: (site) => `Se reproduce desde ${site} al pulsar reproducir`,
  aboutThisTimeline: 'Sobre esta cronología',
  startWithFirst: 'Empezar por el primer episodio',
  copyLink: 'Copiar enlace',
  share: 'Compartir…',
  linkCopied: 'Enlace copiado al portapapeles.',
  linkNamesFile: (file) =>
    ` Nombra «${file}», un archivo de este ordenador: otras personas necesitarán el archivo para ver el acontecimiento.`,
  copyThisLink: 'Copie este enlace:',

  makeYourOwn: 'Haga su propia cronología',
  ownDataIntro:
    'Abra la exportación CSV de una hoja de cálculo o un archivo JSON, o suéltelo en cualquier parte de esta página. El archivo se lee aquí, en su navegador, y no se sube. Empiece con la ',
  spreadsheetTemplate: 'plantilla de hoja de cálculo (CSV)',
  seeMediaTimeline: 'Ver una cronología con imágenes',
  seeMediaTimelineNote: ': una demostración inventada de imágenes, vídeo y sonido.',
  seeGroupsTimeline: 'Ver una cronología con grupos y épocas',
  seeGroupsTimelineNote: ': el programa Apolo, en misiones tripuladas y pruebas sin tripulación.',
  openAFile: 'Abrir un archivo…',
  openingFile: (name) => `Abriendo ${name}…`,

  export: 'Exportar',
  exportPng: 'Imagen (PNG)',
  exportSvg: 'Imagen (SVG)',
  exportCsv: 'Acontecimientos (CSV)',
  exportJson: 'Acontecimientos (JSON)',
  preparing: (what) => `Preparando ${what}…`,
  saved: (name) => `Guardado ${name}.`,
  couldNotBeMade: (what, reason) => `No se pudo crear ${what}${reason ? `: ${reason}` : ''}.`,

  embedTitle: 'Insertar esta cronología',
  embedFromFile:
    'Esta cronología se abrió desde un archivo de este ordenador, al que otro sitio no puede llegar. Publique el archivo en la web, ábralo desde allí e inserte eso.',
  embedIntro: (hasEvent, filtered) =>
    `Pegue este código en el HTML de su artículo. Muestra la cronología tal como está ahora${
      hasEvent ? ', con este acontecimiento abierto' : ''
    }${filtered ? (hasEvent ? ' y los filtros puestos' : ', con los filtros puestos') : ''}, y crece con su contenido.`,
  embedCode: 'Código para insertar',
  embedCopied: 'Código copiado al portapapeles.',
  embedSelected: 'El código está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.',
  copy: 'Copiar',

  recordDataset: 'conjunto de datos',
  recordTimeline: 'cronología',
  recordTitleSlide: (label) => `diapositiva de título${label}`,
  recordColumnNames: 'fila 1 (los nombres de las columnas)',
  recordEvent: (n, id) => `acontecimiento ${n}${id}`,
  recordGroup: (n, id) => `grupo ${n}${id}`,
  recordEra: (n, id) => `época ${n}${id}`,
  recordRow: (n, id) => `fila ${n}${id}`,
  recordSlide: (n, id) => `diapositiva ${n}${id}`,
  recordTopic: (id) => `tema «${id}»`,
  recordId: (id) => ` «${id}»`,
  typeWords: {
    string: 'texto',
    number: 'un número',
    Array: 'una lista',
    Object: 'un objeto con campos con nombre',
  },
  isMissing: 'falta',
  wrongType: (wanted, received) => `debe ser ${wanted}, no ${received}`,
  mustNotBeEmpty: 'no puede estar vacío',
  tooLong: (max) => `debe tener como máximo ${max} caracteres`,
  notASlug: 'debe constar de letras minúsculas, dígitos y guiones sueltos',
  notAUrl: 'debe ser una URL',
  notAWebUrl: 'debe ser una URL http(s)',
  notAPartialDate: (quoted) =>
    `${quoted} no es una fecha que la cronología sepa leer: escríbala como AAAA-MM-DD, AAAA-MM o AAAA (por ejemplo, 2017-01-20, o -0043-03-15 para el 15 de marzo del 44 a. C.)`,
  notAColor: 'debe ser un color como #1d4ed8',
  notATimelineShape: 'debe ser una cronología: un objeto con version, title, topics y events',
  timelineIsList:
    'debe ser una cronología: un objeto con version, title, topics y events, no una lista',
  notADateObject: 'debe ser una fecha: un objeto con precision y start',
  notALinkObject: 'debe ser un enlace: un objeto con to y kind',
  notAnEvent: 'debe ser un acontecimiento: un objeto con id, title, date y topics',
  mustBeOneOf: (options) => `debe ser uno de estos valores: ${options}`,
  noTopicsNamed: 'debe nombrar al menos un tema',
  noTopicsListed: 'debe enumerar al menos un tema',
  versionNot1: 'debe ser 1',
  notAGroupList: 'debe ser una lista de grupos',
  notAnEraList: 'debe ser una lista de épocas',
  notAnEventList: 'debe ser una lista de acontecimientos',
  declaredTwice: 'está declarado dos veces',
  undeclaredTopics: (ids) =>
    `nombra ${ids.length > 1 ? 'temas no declarados' : 'un tema no declarado'}: ${ids.map((id) => `«${id}»`).join(', ')}`,
  idUsedBefore: (id) => `«${id}» ya lo usa un acontecimiento anterior`,
  undeclaredGroup: (group) =>
    `nombra el grupo no declarado «${group}», así que el acontecimiento se muestra fuera de todo grupo`,
  unknownStart: 'debe ser "latest" (para abrir en el acontecimiento más reciente) o no figurar',
  linksNotAList: 'debe ser una lista de enlaces, así que no se leyó ninguno',
  endsBeforeStart: (start, end) => `«${end}» es anterior al inicio, «${start}»`,
  linkLeftOut: (because) => `${because}, así que el enlace se omitió`,
  unknownCsvColumn: 'no es una columna que la cronología lea, así que se omitió',
  unknownRowType: (quoted) =>
    `${quoted} no es un tipo de fila: escriba event (o déjelo en blanco), topic, group, era o timeline`,
  notALinkCell: (quoted) =>
    `${quoted} no es un enlace: escriba el tipo, dos puntos y el id del acontecimiento, como see-also:g20-2017, así que se omitió`,
  colourLeftOut: (quoted) => `${quoted} no es un color como #1d4ed8, así que se omitió`,
  colourChosen: (quoted) => `${quoted} no es un color como #1d4ed8, así que se eligió otro`,
  topicNeedsTitle: 'un tema necesita un título',
  problemsCsvHeader: ['registro', 'campo', 'problema'],

  eventsSkipped: (n) =>
    `${counted(n, { one: 'acontecimiento omitido', other: 'acontecimientos omitidos' })}`,
  problemsInData: (n) => `${counted(n, { one: 'problema', other: 'problemas' })} en los datos`,
  firstProblems: (shown, total) =>
    `Los primeros ${formatNumber(shown)} de ${formatNumber(total)} problemas:`,
  downloadProblems: 'Descargar todos los problemas (CSV)',
  unknownTopics: (quoted) => `Se ha ignorado el tema desconocido ${quoted} del enlace.`,
  eventNotFound: (quoted) =>
    `Acontecimiento no encontrado: el enlace nombra ${quoted}, que no está en esta cronología.`,
  linkToLocalFile: (quoted) =>
    `Este enlace se hizo desde ${quoted}, un archivo abierto en el ordenador de alguien. Ese archivo no está en la web, así que el enlace no puede mostrarlo. Si tiene el archivo, ábralo aquí.`,
  dataLinkInvalid: (quoted) => `El enlace de datos ${quoted} no es una dirección válida.`,
  dataLinkElsewhere: (quoted) =>
    `El enlace de datos ${quoted} apunta a otro sitio; solo se pueden mostrar los datos de este sitio.`,
  linkLedElsewhere: (quoted, origin) =>
    `El enlace de datos ${quoted} llevó a otro sitio${origin === null ? '' : ` (${origin})`}, lo que no está permitido: solo se pueden mostrar los datos de este sitio y los de los sitios que enumera config.json.`,
  linkBlockedByPolicy: (quoted, origin) =>
    `No se pudo cargar el enlace de datos ${quoted}: la política de seguridad de este sitio no permite datos de ${origin}, aunque config.json lo enumera. Quien administra el sitio puede permitirlo con «npm run allow-origin -- ${origin}», que actualiza config.json y la política a la vez (o añadiéndolo a public/config.json y volviendo a compilar).`,
  linkRedirectFailed: (quoted) =>
    `El enlace de datos ${quoted} redirige a otra dirección, que no se pudo cargar.`,
  configUnreachable: (detail) =>
    `No se pudo cargar config.json (${detail}), así que solo se pueden mostrar los datos de este sitio.`,
  configNotJson: (detail) =>
    `config.json no es JSON válido (${detail}), así que solo se pueden mostrar los datos de este sitio.`,
  configNotAnObject: 'config.json debe contener un objeto, como { "allowedDataOrigins": [] }.',
  configUnknownSetting: (setting) =>
    `config.json: «${setting}» no es un ajuste que esta aplicación conozca (lee «allowedDataOrigins» y «allowedMediaOrigins»).`,
  configNotAList: (setting, example) =>
    `config.json: «${setting}» debe ser una lista, como ["${example}"].`,
  configBadEntry: (number, setting, value, because) =>
    `config.json: la entrada ${number} de «${setting}»${value && ` ${value}`}: ${because}.`,
  originNotText: 'debe ser texto entre comillas, como "https://example.com"',
  originBadCharacters: 'un origen no puede contener espacios, comillas, ; ni ,',
  originNoScheme: 'debe empezar por https://, como en https://example.com',
  originNotWebScheme: 'debe empezar por https://',
  originNotSiteOnly:
    'debe ser solo un sitio (esquema, host y puerto), sin ruta, consulta ni nombre de usuario',
  originWildcardNotFirst:
    'un comodín solo puede sustituir la primera parte del host, como en https://*.example.com',
  originInvalid: 'no es una dirección web válida',
  originNoHost: 'no nombra ningún host',
  originWildcardTooShort:
    'un comodín necesita un dominio de al menos dos partes, como en https://*.example.com',
  originPlainHttp: 'debe usar https (http sin cifrar solo se permite para localhost)',
  unknownOpenAt: (quoted) =>
    `El enlace pide abrir en ${quoted}, que esta cronología no conoce, así que se abre como de costumbre. («latest» abre el acontecimiento más reciente).`,

  storeTooLarge: (quoted, megabytes, limit) =>
    megabytes === null
      ? `${quoted} supera el límite de ${limit} de un archivo de cronología.`
      : `${quoted} ocupa ${formatNumber(megabytes)} MB, más que el límite de ${limit} de un archivo de cronología.`,
  storeFileUnreadable: (quoted) => `No se pudo leer ${quoted} de su ordenador.`,
  storeUnreachable: (quoted) =>
    `No se pudo acceder a ${quoted}. Compruebe su conexión y el enlace, y vuelva a intentarlo.`,
  storeConnectionBroke: (quoted) =>
    `La conexión se cortó mientras se cargaba ${quoted}. Vuelva a intentarlo.`,
  storeNotFound: (quoted, status) =>
    `No se encontró ${quoted}: el servidor respondió que no existe ese archivo (${status}). Compruebe el enlace.`,
  storeNotShared: (quoted, status) =>
    `${quoted} no está compartido públicamente: el servidor se negó a enviarlo (${status}). Publíquelo en la web o revise cómo está compartido.`,
  storeServerError: (quoted, status) =>
    `El servidor no pudo enviar ${quoted} (respondió ${status}). Vuelva a intentarlo más tarde.`,
  storeWorkerStopped: (quoted) =>
    `No se pudo leer ${quoted}: el navegador detuvo la parte de la página que lee los archivos grandes. Recargue la página para volver a intentarlo.`,
  storeEmpty: (quoted) => `${quoted} está vacío: no contiene datos.`,
  storeBlank: (quoted) => `${quoted} está vacío: solo contiene espacios en blanco.`,
  storeWorkbook: (quoted) =>
    `${quoted} es un libro de hoja de cálculo (como .xlsx), no un archivo CSV. En su hoja de cálculo, descargue o guarde la hoja como «CSV (UTF-8)» y abra ese archivo.`,
  storeUtf16: (quoted) =>
    `${quoted} está guardado como texto UTF-16, que la cronología no lee. Guárdelo de nuevo como UTF-8 (en Excel: «CSV UTF-8») y vuelva a abrirlo.`,
  storeNotUtf8: (quoted) =>
    `${quoted} no es texto UTF-8: puede estar guardado con otra codificación, o no ser un archivo de texto. Guárdelo como UTF-8 (CSV UTF-8 o JSON) y vuelva a abrirlo.`,
  storeWebPage: (quoted) =>
    `${quoted} es una página web, no datos de una cronología. Si es el enlace de una hoja de cálculo, use el enlace que esta da al publicarla en la web como CSV.`,
  jsonCutOff: (quoted) =>
    `${quoted} termina antes de tiempo: el archivo parece cortado. Vuelva a descargarlo o a guardarlo.`,
  jsonInvalid: (quoted) => `${quoted} no es JSON válido, así que la cronología no puede leerlo.`,
  jsonMistake: (quoted, line, column) =>
    `${quoted} no es JSON válido: hay un error en la línea ${line}, columna ${column}, como una coma o unas comillas que faltan.`,
  csvColumnMissing: (quoted, column) =>
    `${quoted} no tiene la columna «${column}». Su primera fila debe nombrar las columnas, como id, title, start, topics: cópielas de la plantilla.`,
  notATimeline: (quoted) => `${quoted} no es una cronología en el formato esperado. Lo que falla:`,

  storeUpdated: (added, changed, removed) => {
    const parts: string[] = [];
    if (added) {
      parts.push(counted(added, { one: 'acontecimiento nuevo', other: 'acontecimientos nuevos' }));
    }
    const participle = (n: number, forms: { one: string; other: string }) =>
      parts.length
        ? counted(n, forms)
        : `${counted(n, { one: 'acontecimiento', other: 'acontecimientos' })} ${
            pluralOf(n) === 'one' ? forms.one : forms.other
          }`;
    if (changed) parts.push(participle(changed, { one: 'modificado', other: 'modificados' }));
    if (removed) parts.push(participle(removed, { one: 'retirado', other: 'retirados' }));
    return parts.join(', ');
  },
  openEventRemoved: (quoted) =>
    `El acontecimiento que tenía abierto, ${quoted}, ha sido retirado de esta cronología por sus editores.`,
  updateFailed: (reason) =>
    `No se pudo mostrar una versión más reciente de esta cronología, así que se mantiene la cargada antes. ${reason}`,

  printableList: 'Lista imprimible de acontecimientos',
  openEvent: 'Acontecimiento abierto',
  theEvent: 'El acontecimiento',
  theEventsInOrder: 'Los acontecimientos, por orden cronológico',
  theEventsByBand: 'Los acontecimientos, banda por banda, cada una por orden cronológico',
  eras: 'Épocas',

  monthYear: (month, year) => `${month} de ${year}`,
  dayMonthYear: (day, month, year) => `${day} de ${month} de ${year}`,
  dayMonth: (day, month) => `${day} de ${month}`,
  monthSpanYear: (from, to, year) => `${from}–${to} de ${year}`,
  eraAd: 'd. C.',
  eraBc: 'a. C.',
  seasons: { Winter: 'Invierno', Spring: 'Primavera', Summer: 'Verano', Fall: 'Otoño' },
  seasonYear: (season, year) => `${season} de ${year}`,
  // TimelineJS
  tlNoYear: 'falta: una fecha necesita al menos un año',
  tlNotAYear: (text) => `«${text}» no es un año`,
  tlNotAMonth: (text) => `«${text}» no es un mes (1–12)`,
  tlNotADay: (text) => `«${text}» no es un día (1–31)`,
  tlNotATimePart: (text, part) =>
    `«${text}» no es ${{ hour: 'una hora (0–23)', minute: 'un minuto (0–59)', second: 'un segundo (0–59)' }[part]}`,
  tlYearOutOfRange: (year) =>
    `${year} está fuera de rango: la cronología solo dibuja los años del 10 000 a. C. al 9999`,
  tlNotACalendarDay: (date) => `${date} no es un día del calendario`,
  tlDayWithoutMonth: 'se da sin un mes',
  tlTimeWithoutDay: 'una hora del día necesita un día y un mes',
  tlNoHour: 'falta: un minuto o un segundo necesita una hora',
  tlSlideWithoutDate: 'falta: una diapositiva sin fecha no se muestra en la cronología',
  tlEndDateLeftOut: (because) =>
    `${because}, así que el acontecimiento se muestra en su fecha de inicio`,
  tlEndBeforeStart:
    'es anterior a la fecha de inicio, así que el acontecimiento se muestra en su fecha de inicio',
  tlCosmologicalScale:
    '«cosmological» no es una escala que la cronología dibuje: lee los años del 10 000 a. C. al 9999 y enumera las diapositivas que quedan fuera',
  tlUnknownScale: (scale) =>
    `«${scale}» no es una escala de TimelineJS, así que la cronología lee los años como de costumbre`,
  tlUnknownField: 'no es un campo que la cronología lea, así que se omitió',
  tlBackground: 'no se muestra: la cronología no dibuja fondos de diapositiva',
  tlEraNeedsDates: 'falta: una época necesita un inicio y un final',
  tlEraEndsBeforeStart: 'es anterior a la fecha de inicio, así que la época no se dibuja',
  tlUnknownColumn: 'no es una columna de la plantilla de TimelineJS, así que se omitió',
  tlSecondTitle:
    'es un segundo título: solo la primera fila de título es la de la cronología, así que esta se muestra como un acontecimiento',
  tlNotASheetDate: (text) =>
    `«${text}» no es una fecha que TimelineJS lea, como 1815-12-10 o 12/10/1815`,
  tlEndNotASheetDate: (text) =>
    `«${text}» no es una fecha que TimelineJS lea, así que el acontecimiento se muestra en su fecha de inicio`,
  tlTimeWithoutYear: (column) => `se da sin ${column}, así que se omitió`,
  tlNotATime: (text) => `«${text}» no es una hora del día, como 18:45 o 6:45 PM`,
  tlMediaTitleNotShown: 'no se muestra: en su lugar se muestra el pie',
  tlMediaLinkTargetNotUsed:
    'no se usa: un enlace del contenido se abre en una pestaña nueva, como todos los enlaces de los datos',

  // Media, links and dates
  dateNotIso: (text) =>
    `«${text}» no es una fecha de la forma AAAA, AAAA-MM o AAAA-MM-DD (-AAAA antes del 1 a. C.)`,
  dateYearMinusZero: (text) => `«${text}» tiene el año -0000: escriba el año 0 (1 a. C.) como 0000`,
  dateNoSuchMonth: (text, month) => `«${text}» no tiene mes ${month}`,
  dateNotADay: (text) => `«${text}» no es un día del calendario`,
  datePatterns: { year: 'AAAA', month: 'AAAA-MM', day: 'AAAA-MM-DD' },
  precisionNeedsStart: (precision, pattern, start) =>
    `la precisión «${precision}» necesita un inicio de la forma ${pattern}, no «${start}»`,
  precisionTakesNoEnd: (precision) =>
    `la precisión «${precision}» no lleva fin; use la precisión «span» para algo que duró`,
  seasonNeedsMonths: 'la precisión «season» necesita un inicio y un fin de la forma AAAA-MM',
  seasonTwoMonths: 'una estación termina dos meses después de empezar',
  spanNeedsEnd: 'la precisión «span» necesita un fin',
  spanEndsBefore: (start, end) => `«${end}» es anterior a «${start}»`,
  notAChangeDate: (quoted) =>
    `${quoted} no es una fecha de cambio que la cronología sepa leer: escríbala como AAAA-MM-DD (o AAAA-MM, AAAA si solo se conoce el mes o el año), por ejemplo, 2020-07-30`,
  changeDateNotADay: (quoted) => `${quoted} no es un día del calendario`,
  changeDateNotText: (received) =>
    `debe ser una fecha escrita como texto, por ejemplo, «2020-07-30», no ${received}`,
  updatedBeforeAdded: (updated, added) =>
    `«${updated}» es anterior a cuando se añadió el acontecimiento, «${added}», así que se omitió`,
  notText: 'debe ser texto',
  leftOut: (because) => `${because}, así que se omitió`,
  linkToItself: 'nombra el propio acontecimiento, así que el enlace se omitió',
  linkToMissingEvent: (quoted) =>
    `nombra el acontecimiento ${quoted}, que no está en la cronología, así que el enlace se omitió`,
  linkGivenTwice: (quoted, kind) =>
    `nombra el acontecimiento ${quoted} como ${kind} dos veces, así que se omitió el segundo`,
  notValid: (expected, received) =>
    expected === null
      ? `no es válido (se recibió ${received})`
      : `no es válido: se esperaba ${expected}, se recibió ${received}`,
  mediaNotShown: (because) => `${because}, así que no se muestra`,
  unplayableNoUrl: 'no tiene dirección (url)',
  unplayableUrlNotText: 'tiene una dirección (url) que no es texto',
  unplayableNotAnObject:
    'debe ser un objeto con url y, si lo desea, alt, caption, credit, thumbnail, link',
  unplayableNotLoadable: (quoted) =>
    `${quoted} no es una dirección web: escriba una que empiece por https:// o que sea relativa al archivo de la cronología`,
  unplayableUnknownType: (quoted) =>
    `${quoted} no es un tipo de contenido que la cronología muestre: escriba image, video, audio, youtube o vimeo`,
  unplayableKindUnknown:
    'no es una imagen, un vídeo ni un audio que la cronología reconozca por su dirección: indique su tipo (image, video, audio, youtube o vimeo)',
  unplayableNotAVideoOf: (site) => `no es la dirección de un vídeo de ${site}`,
  unplayableEmbedMarkup:
    'es el código de una página incrustada (como un iframe o una publicación incrustada)',
  unplayableServiceNotPlayed: (service) => `es ${service}, que la cronología no reproduce`,
  unplayableWebPage:
    'es una página web, no un archivo de imagen, vídeo o audio que la cronología pueda reproducir',
  mediaServices: {
    'google-map': 'un mapa de Google',
    'x-post': 'una publicación de X (Twitter)',
    'bluesky-post': 'una publicación de Bluesky',
    'instagram-post': 'una publicación de Instagram',
    'tiktok-video': 'un vídeo de TikTok',
    'facebook-post': 'una publicación de Facebook',
    'flickr-page': 'una página de Flickr',
    'wikipedia-article': 'un artículo de Wikipedia',
    'soundcloud-page': 'una página de SoundCloud',
    'spotify-page': 'una página de Spotify',
    'dailymotion-video': 'un vídeo de Dailymotion',
    'vine-video': 'un vídeo de Vine',
    'wistia-video': 'un vídeo de Wistia',
    'documentcloud-document': 'un documento de DocumentCloud',
    'storify-story': 'una historia de Storify',
    'imgur-page': 'una página de Imgur',
    'giphy-page': 'una página de Giphy',
    'google-file': 'un archivo de Google Docs o Drive',
  },
  mediaThumbnailLeftOut: 'no es una dirección web, así que se omitió',
  mediaLinkLeftOut: 'debe ser una URL http(s), así que se omitió',
  mediaAltMissing:
    'falta: describa la imagen para quien no pueda verla, o escriba "" si es solo decorativa',
};

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, es };

/** The messages in the reader's language: `t().search`, `t().eventsShown(5, 27)`. */
export const t = (): Messages => CATALOGUES[currentLocale()];
