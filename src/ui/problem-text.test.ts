import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import { MEDIA_SERVICES, type Problem, type ProblemReason } from '../data/problem.ts';
import { problemLine, problemReasonText, problemRecordText } from './problem-text.ts';

afterEach(() => setLocale('en'));

describe('problemReasonText', () => {
  // The sentences as the problem list has always said them: docs and browser tests quote them.
  it.each<[ProblemReason, string]>([
    [{ code: 'missing' }, 'is missing'],
    [{ code: 'wrong-type', wanted: 'string', received: '37' }, 'must be text, not 37'],
    [{ code: 'wrong-type', wanted: 'Array', received: '"nato"' }, 'must be a list, not "nato"'],
    [{ code: 'wrong-type', wanted: 'string', received: 'Array' }, 'must be text, not a list'],
    [{ code: 'too-long', max: 100 }, 'must be at most 100 characters long'],
    [{ code: 'not-a-slug' }, 'must be lowercase letters, digits and single hyphens'],
    [
      { code: 'not-a-partial-date', text: '1/20/2017' },
      '“1/20/2017” is not a date the timeline reads: write it as YYYY-MM-DD, YYYY-MM or YYYY (such as 2017-01-20, or -0043-03-15 for March 15, 44 BC)',
    ],
    [{ code: 'not-a-precision' }, 'must be one of day, month, season, year, span'],
    [
      { code: 'timeline-is-list' },
      'must be a timeline: an object with version, title, topics and events, not a list',
    ],
    [
      { code: 'undeclared-topics', topics: ['mars', 'venus'] },
      'names undeclared topic "mars", "venus"',
    ],
    [{ code: 'id-used-before', id: 'first-summit' }, '"first-summit" is used by an earlier event'],
    [
      { code: 'undeclared-group', group: 'lords' },
      'names undeclared group "lords", so the event shows outside any group',
    ],
    [{ code: 'unknown-start' }, 'must be "latest" (to open at the newest event) or be left out'],
    [
      { code: 'ends-before-start', start: '2020', end: '2019' },
      '"2019" is before the start, "2020"',
    ],
    [
      { code: 'link-left-out', because: { code: 'not-a-link-kind' } },
      'must be one of led-to, response-to, see-also, so the link was left out',
    ],
    [{ code: 'links-not-a-list' }, 'must be a list of links, so none was read'],
    [{ code: 'unknown-column' }, 'is not a column the timeline reads, so it was left out'],
    [
      { code: 'arrow-column-left-out', type: 'Int32', wanted: 'text' },
      'holds Int32, not text (Utf8), so it was left out',
    ],
    [
      { code: 'arrow-metadata-left-out' },
      'is not a JSON object, so the title, the topics and the other fields it should give were left out',
    ],
    [
      { code: 'unknown-row-type', type: 'headline' },
      '“headline” is not a row type: write event (or leave it blank), topic, group, era or timeline',
    ],
    [
      { code: 'not-a-link-cell', text: 'helsinki-2018' },
      '“helsinki-2018” is not a link: write the kind, a colon and the event’s id, such as see-also:g20-2017, so it was left out',
    ],
    [
      { code: 'colour-left-out', color: 'blue' },
      '“blue” is not a colour like #1d4ed8, so it was left out',
    ],
    [
      { code: 'colour-chosen', color: 'red' },
      '“red” is not a colour like #1d4ed8, so one was chosen',
    ],
    [{ code: 'topic-needs-title' }, 'a topic needs a title'],
  ])('words %j in English', (reason, sentence) => {
    expect(problemReasonText(reason)).toBe(sentence);
  });

  it('words a reason in Spanish for a Spanish reader', () => {
    setLocale('es');
    expect(problemReasonText({ code: 'link-left-out', because: { code: 'missing' } })).toBe(
      'falta, así que el enlace se omitió',
    );
    expect(problemReasonText({ code: 'undeclared-topics', topics: ['mars'] })).toBe(
      'nombra un tema no declarado: «mars»',
    );
  });
});

// TimelineJS
describe('problemReasonText for TimelineJS', () => {
  // Each code in English, as the problem list has always said it, and in Spanish.
  it.each<[ProblemReason, string, string]>([
    [
      { code: 'tl-no-year' },
      'is missing: a date needs at least a year',
      'falta: una fecha necesita al menos un año',
    ],
    [
      { code: 'tl-not-a-year', text: 'circa1900' },
      '"circa1900" is not a year',
      '«circa1900» no es un año',
    ],
    [
      { code: 'tl-not-a-month', text: '13' },
      '"13" is not a month (1–12)',
      '«13» no es un mes (1–12)',
    ],
    [{ code: 'tl-not-a-day', text: '40' }, '"40" is not a day (1–31)', '«40» no es un día (1–31)'],
    [
      { code: 'tl-not-a-time-part', part: 'hour', text: '25' },
      '"25" is not an hour (0–23)',
      '«25» no es una hora (0–23)',
    ],
    [
      { code: 'tl-not-a-time-part', part: 'minute', text: '61' },
      '"61" is not a minute (0–59)',
      '«61» no es un minuto (0–59)',
    ],
    [
      { code: 'tl-not-a-time-part', part: 'second', text: 'x' },
      '"x" is not a second (0–59)',
      '«x» no es un segundo (0–59)',
    ],
    [
      { code: 'tl-year-out-of-range', year: '-13800000000' },
      '-13800000000 is out of range: the timeline draws years from 10,000 BCE to 9999 only',
      '-13800000000 está fuera de rango: la cronología solo dibuja los años del 10 000 a. C. al 9999',
    ],
    [
      { code: 'tl-not-a-calendar-day', date: '2001-02-29' },
      '2001-02-29 is not a day of the calendar',
      '2001-02-29 no es un día del calendario',
    ],
    [{ code: 'tl-day-without-month' }, 'is given without a month', 'se da sin un mes'],
    [
      { code: 'tl-time-without-day' },
      'a time of day needs a day and a month',
      'una hora del día necesita un día y un mes',
    ],
    [
      { code: 'tl-no-hour' },
      'is missing: a minute or second needs an hour',
      'falta: un minuto o un segundo necesita una hora',
    ],
    [
      { code: 'tl-slide-without-date' },
      'is missing: a slide without a date is not shown on the timeline',
      'falta: una diapositiva sin fecha no se muestra en la cronología',
    ],
    [
      { code: 'tl-end-date-left-out', because: { code: 'tl-not-a-month', text: '13' } },
      '"13" is not a month (1–12), so the event shows at its start date',
      '«13» no es un mes (1–12), así que el acontecimiento se muestra en su fecha de inicio',
    ],
    [
      { code: 'tl-end-before-start' },
      'is before the start date, so the event shows at its start date',
      'es anterior a la fecha de inicio, así que el acontecimiento se muestra en su fecha de inicio',
    ],
    [
      { code: 'tl-cosmological-scale' },
      '"cosmological" is not a scale the timeline draws: it reads years from 10,000 BCE to 9999, and lists the slides outside them',
      '«cosmological» no es una escala que la cronología dibuje: lee los años del 10 000 a. C. al 9999 y enumera las diapositivas que quedan fuera',
    ],
    [
      { code: 'tl-unknown-scale', scale: 'geological' },
      '"geological" is not a scale TimelineJS has, so the timeline reads years as usual',
      '«geological» no es una escala de TimelineJS, así que la cronología lee los años como de costumbre',
    ],
    [
      { code: 'tl-unknown-field' },
      'is not a field the timeline reads, so it was left out',
      'no es un campo que la cronología lea, así que se omitió',
    ],
    [
      { code: 'tl-background' },
      'is not shown: the timeline draws no slide backgrounds',
      'no se muestra: la cronología no dibuja fondos de diapositiva',
    ],
    [
      { code: 'tl-era-needs-dates' },
      'is missing: an era needs a start and an end',
      'falta: una época necesita un inicio y un final',
    ],
    [
      { code: 'tl-era-ends-before-start' },
      'is before the start date, so the era is not drawn',
      'es anterior a la fecha de inicio, así que la época no se dibuja',
    ],
    [
      { code: 'tl-unknown-column' },
      'is not a column of the TimelineJS template, so it was left out',
      'no es una columna de la plantilla de TimelineJS, así que se omitió',
    ],
    [
      { code: 'tl-second-title' },
      'is a second title: only the first title row is the timeline’s, so this one shows as an event',
      'es un segundo título: solo la primera fila de título es la de la cronología, así que esta se muestra como un acontecimiento',
    ],
    [
      { code: 'tl-not-a-sheet-date', text: 'someday' },
      '"someday" is not a date TimelineJS reads, such as 1815-12-10 or 12/10/1815',
      '«someday» no es una fecha que TimelineJS lea, como 1815-12-10 o 12/10/1815',
    ],
    [
      { code: 'tl-end-not-a-sheet-date', text: 'later' },
      '"later" is not a date TimelineJS reads, so the event shows at its start date',
      '«later» no es una fecha que TimelineJS lea, así que el acontecimiento se muestra en su fecha de inicio',
    ],
    [
      { code: 'tl-time-without-year', column: 'End Year' },
      'is given without an End Year, so it was left out',
      'se da sin End Year, así que se omitió',
    ],
    [
      { code: 'left-out', because: { code: 'tl-not-a-time', text: 'noon' } },
      '"noon" is not a time of day, such as 18:45 or 6:45 PM, so it was left out',
      '«noon» no es una hora del día, como 18:45 o 6:45 PM, así que se omitió',
    ],
    [
      { code: 'tl-media-title-not-shown' },
      'is not shown: the caption is shown instead',
      'no se muestra: en su lugar se muestra el pie',
    ],
    [
      { code: 'tl-media-link-target-not-used' },
      'is not used: a media link opens in a new tab, as every link from the data does',
      'no se usa: un enlace del contenido se abre en una pestaña nueva, como todos los enlaces de los datos',
    ],
  ])('words %j in English and Spanish', (reason, english, spanish) => {
    expect(problemReasonText(reason)).toBe(english);
    setLocale('es');
    expect(problemReasonText(reason)).toBe(spanish);
  });

  it('quotes up to 40 characters of a value, kept from turning the line around', () => {
    expect(problemReasonText({ code: 'tl-not-a-year', text: 'y'.repeat(50) })).toBe(
      `"${'y'.repeat(39)}…" is not a year`,
    );
    expect(problemReasonText({ code: 'tl-unknown-scale', scale: 'Bad\u202e' })).toBe(
      '"\u2068Bad\u202e\u2069" is not a scale TimelineJS has, so the timeline reads years as usual',
    );
  });
});

describe('problemReasonText for pictures, video and sound', () => {
  // The sentences as the problem list has always said them, and in Spanish.
  it.each<[ProblemReason, string, string]>([
    [
      { code: 'media-not-shown', because: { code: 'no-url' } },
      'has no address (url), so it is not shown',
      'no tiene dirección (url), así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'url-not-text' } },
      'has an address (url) that is not text, so it is not shown',
      'tiene una dirección (url) que no es texto, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'not-an-object' } },
      'must be an object with url and, if you like, alt, caption, credit, thumbnail, link, so it is not shown',
      'debe ser un objeto con url y, si lo desea, alt, caption, credit, thumbnail, link, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'not-loadable', url: 'javascript:alert(1)' } },
      '“javascript:alert(1)” is not a web address: write one that begins with https:// or is relative to the timeline’s file, so it is not shown',
      '“javascript:alert(1)” no es una dirección web: escriba una que empiece por https:// o que sea relativa al archivo de la cronología, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'unknown-type', type: 'hologram' } },
      '“hologram” is not a kind of media the timeline shows: write image, video, audio, youtube or vimeo, so it is not shown',
      '“hologram” no es un tipo de contenido que la cronología muestre: escriba image, video, audio, youtube o vimeo, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'kind-unknown' } },
      'is not a picture, video or sound the timeline can tell by its address: give its type (image, video, audio, youtube or vimeo), so it is not shown',
      'no es una imagen, un vídeo ni un audio que la cronología reconozca por su dirección: indique su tipo (image, video, audio, youtube o vimeo), así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'not-a-video-of', service: 'vimeo' } },
      'is not the address of a Vimeo video, so it is not shown',
      'no es la dirección de un vídeo de Vimeo, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'embed-markup' } },
      'is markup for an embedded page (such as an iframe or an embedded post), so it is not shown',
      'es el código de una página incrustada (como un iframe o una publicación incrustada), así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'service-not-played', service: 'x-post' } },
      'is a post on X (Twitter), which the timeline does not play, so it is not shown',
      'es una publicación de X (Twitter), que la cronología no reproduce, así que no se muestra',
    ],
    [
      { code: 'media-not-shown', because: { code: 'web-page' } },
      'is a web page, not a picture, video or sound file the timeline can play, so it is not shown',
      'es una página web, no un archivo de imagen, vídeo o audio que la cronología pueda reproducir, así que no se muestra',
    ],
    [
      { code: 'media-thumbnail-left-out' },
      'is not a web address, so it was left out',
      'no es una dirección web, así que se omitió',
    ],
    [
      { code: 'media-link-left-out' },
      'must be an http(s) URL, so it was left out',
      'debe ser una URL http(s), así que se omitió',
    ],
    [
      { code: 'media-alt-missing' },
      'is missing: describe the picture for readers who cannot see it, or write "" if it is only decoration',
      'falta: describa la imagen para quien no pueda verla, o escriba "" si es solo decorativa',
    ],
    [
      { code: 'not-valid', expected: '("a" | "b")', received: '"c"' },
      'is not valid: expected ("a" | "b"), got "c"',
      'no es válido: se esperaba ("a" | "b"), se recibió "c"',
    ],
    [
      { code: 'not-valid', expected: null, received: '"c"' },
      'is not valid (got "c")',
      'no es válido (se recibió "c")',
    ],
  ])('words %j in English and Spanish', (reason, english, spanish) => {
    expect(problemReasonText(reason)).toBe(english);
    setLocale('es');
    expect(problemReasonText(reason)).toBe(spanish);
  });

  it('names every site the timeline does not play, in both languages', () => {
    for (const service of MEDIA_SERVICES) {
      const reason: ProblemReason = {
        code: 'media-not-shown',
        because: { code: 'service-not-played', service },
      };
      setLocale('en');
      expect(problemReasonText(reason)).toMatch(/^is an? \S.*, which the timeline does not play/);
      setLocale('es');
      expect(problemReasonText(reason)).toMatch(/^es una? \S.*, que la cronología no reproduce/);
    }
  });
});

describe('problemRecordText', () => {
  it('names a record as the author’s file counts it, its id shortened and isolated', () => {
    expect(problemRecordText({ kind: 'event', number: 1, id: `${'x'.repeat(5000)}\u202e` })).toBe(
      `event 1 "${'x'.repeat(79)}…"`,
    );
    expect(problemRecordText({ kind: 'event', number: 1, id: 'Bad\u202e' })).toBe(
      'event 1 "\u2068Bad\u202e\u2069"',
    );
    expect(problemRecordText({ kind: 'row', number: 3, label: 'y'.repeat(70) })).toBe(
      `row 3 "${'y'.repeat(59)}…"`,
    );
    expect(problemRecordText({ kind: 'column-names' })).toBe('row 1 (the column names)');
    expect(problemRecordText({ kind: 'arrow-columns' })).toBe('the columns');
    expect(problemRecordText({ kind: 'topic', id: 'nato' })).toBe('topic "nato"');
    expect(problemRecordText({ kind: 'title-slide' })).toBe('title slide');
  });

  it('names a record in Spanish for a Spanish reader', () => {
    setLocale('es');
    expect(problemRecordText({ kind: 'slide', number: 2, label: 'Summit' })).toBe(
      'diapositiva 2 «Summit»',
    );
    expect(problemRecordText({ kind: 'dataset' })).toBe('conjunto de datos');
  });
});

describe('problemLine', () => {
  it('says the record, the field and the reason in one line', () => {
    const problem: Problem = {
      record: { kind: 'row', number: 4, id: 'g7' },
      field: 'start',
      reason: { code: 'missing' },
    };
    expect(problemLine(problem)).toBe('row 4 "g7", start: is missing');
  });
});

// Media, links and dates
describe('problemReasonText for media, links and dates', () => {
  // Each code with the English sentence its source used to write itself, and a Spanish example.
  it.each<[ProblemReason, string, string]>([
    [
      { code: 'date-not-iso', text: '2016/03' },
      '"2016/03" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (-YYYY before 1 BC)',
      '«2016/03» no es una fecha de la forma AAAA, AAAA-MM o AAAA-MM-DD (-AAAA antes del 1 a. C.)',
    ],
    [
      { code: 'date-year-minus-zero', text: '-0000' },
      '"-0000" has year -0000: write year 0 (1 BC) as 0000',
      '«-0000» tiene el año -0000: escriba el año 0 (1 a. C.) como 0000',
    ],
    [
      { code: 'date-no-such-month', text: '2016-13', month: '13' },
      '"2016-13" has no month 13',
      '«2016-13» no tiene mes 13',
    ],
    [
      { code: 'date-not-a-day', text: '2017-02-29' },
      '"2017-02-29" is not a day of the calendar',
      '«2017-02-29» no es un día del calendario',
    ],
    [
      { code: 'precision-needs-start', precision: 'day', unit: 'day', start: '2017-05' },
      'precision "day" needs a start of the form YYYY-MM-DD, got "2017-05"',
      'la precisión «day» necesita un inicio de la forma AAAA-MM-DD, no «2017-05»',
    ],
    [
      { code: 'precision-takes-no-end', precision: 'month' },
      'precision "month" takes no end; use precision "span" for something that lasted',
      'la precisión «month» no lleva fin; use la precisión «span» para algo que duró',
    ],
    [
      { code: 'season-needs-months' },
      'precision "season" needs a start and an end of the form YYYY-MM',
      'la precisión «season» necesita un inicio y un fin de la forma AAAA-MM',
    ],
    [
      { code: 'season-two-months' },
      'a season ends two months after it starts',
      'una estación termina dos meses después de empezar',
    ],
    [
      { code: 'span-needs-end' },
      'precision "span" needs an end',
      'la precisión «span» necesita un fin',
    ],
    [
      { code: 'span-ends-before', start: '2017', end: '2016-12' },
      '"2016-12" is before "2017"',
      '«2016-12» es anterior a «2017»',
    ],
    [
      { code: 'not-a-change-date', text: '7/30/2020' },
      '“7/30/2020” is not a date of change the timeline reads: write it as YYYY-MM-DD (or YYYY-MM, YYYY where only the month or year is known), such as 2020-07-30',
      '“7/30/2020” no es una fecha de cambio que la cronología sepa leer: escríbala como AAAA-MM-DD (o AAAA-MM, AAAA si solo se conoce el mes o el año), por ejemplo, 2020-07-30',
    ],
    [
      { code: 'change-date-not-a-day', text: '2021-02-29' },
      '“2021-02-29” is not a day of the calendar',
      '“2021-02-29” no es un día del calendario',
    ],
    [
      { code: 'change-date-not-text', received: '20200730' },
      'must be a date written as text, such as "2020-07-30", not 20200730',
      'debe ser una fecha escrita como texto, por ejemplo, «2020-07-30», no 20200730',
    ],
    [
      { code: 'updated-before-added', updated: '2020-07-29', added: '2020-07-30' },
      '"2020-07-29" is before the event was added, "2020-07-30", so it was left out',
      '«2020-07-29» es anterior a cuando se añadió el acontecimiento, «2020-07-30», así que se omitió',
    ],
    [
      { code: 'left-out', because: { code: 'not-text' } },
      'must be text, so it was left out',
      'debe ser texto, así que se omitió',
    ],
    [
      { code: 'left-out', because: { code: 'not-a-change-date', text: 'July 2020' } },
      '“July 2020” is not a date of change the timeline reads: write it as YYYY-MM-DD (or YYYY-MM, YYYY where only the month or year is known), such as 2020-07-30, so it was left out',
      '“July 2020” no es una fecha de cambio que la cronología sepa leer: escríbala como AAAA-MM-DD (o AAAA-MM, AAAA si solo se conoce el mes o el año), por ejemplo, 2020-07-30, así que se omitió',
    ],
    [
      { code: 'link-to-itself' },
      'names the event itself, so the link was left out',
      'nombra el propio acontecimiento, así que el enlace se omitió',
    ],
    [
      { code: 'link-to-missing-event', to: 'helsinki-2018' },
      'names event “helsinki-2018”, which is not in the timeline, so the link was left out',
      'nombra el acontecimiento “helsinki-2018”, que no está en la cronología, así que el enlace se omitió',
    ],
    [
      { code: 'link-given-twice', to: 'b', kind: 'see-also' },
      'names event “b” as see-also twice, so the second was left out',
      'nombra el acontecimiento “b” como see-also dos veces, así que se omitió el segundo',
    ],
  ])('words %j in English and Spanish', (reason, english, spanish) => {
    expect(problemReasonText(reason)).toBe(english);
    setLocale('es');
    expect(problemReasonText(reason)).toBe(spanish);
  });
});
