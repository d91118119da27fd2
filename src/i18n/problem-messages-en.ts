/**
 * What is wrong in a store's data, in English: the record, then what is wrong with its field.
 * Only the problem list and its CSV word problems (src/ui/problem-text.ts), and both load on
 * demand, so these sentences are not in the page's start-up code. problem-messages-es.ts must
 * have every key, with the same parameters, or the build fails.
 */
export const en = {
  // Problems in the data: the record, then what is wrong with its field (src/ui/problem-text.ts)
  recordDataset: 'dataset',
  recordTimeline: 'timeline',
  recordTitleSlide: (label: string) => `title slide${label}`,
  recordColumnNames: 'row 1 (the column names)',
  recordArrowColumns: 'the columns',
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
  arrowColumnLeftOut: (type: string, wanted: string) =>
    `holds ${type}, not ${wanted}, so it was left out`,
  arrowWanted: {
    text: 'text (Utf8)',
    date: 'dates (Utf8, Date32, Date64 or Timestamp)',
    'text-list': 'lists of text (List<Utf8>) or text',
    'struct-list': 'lists of structs (List<Struct>)',
  },
  arrowMetadataLeftOut:
    'is not a JSON object, so the title, the topics and the other fields it should give were left out',
  problemsCsvHeader: ['record', 'field', 'problem'],

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

/** The shape every problem catalogue has: English's keys, with its parameters. */
export type ProblemMessages = { readonly [K in keyof typeof en]: (typeof en)[K] };
