import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import type { LoadFailure } from '../data/load-failure.ts';
import type { Problem } from '../data/problem.ts';
import { loadFailureProblems, loadFailureText } from './load-failure-text.ts';

afterEach(() => setLocale('en'));

/** Each reason a store fails with, and the sentence readers have always been given for it. */
const ENGLISH: [LoadFailure, string][] = [
  [
    { code: 'not-found', name: 'data/missing.json', status: 404 },
    '“data/missing.json” was not found: the server answered that there is no such file (404). Check the link.',
  ],
  [
    { code: 'not-shared', name: 'x.csv', status: 403 },
    '“x.csv” is not shared publicly: the server refused to send it (403). Publish it to the web, or check its sharing settings.',
  ],
  [
    { code: 'server-error', name: 'x.csv', status: 503 },
    'The server could not send “x.csv” (it answered 503). Try again later.',
  ],
  [
    { code: 'unreachable', name: 'x.json' },
    'Could not reach “x.json”. Check your connection and the link, then try again.',
  ],
  [
    { code: 'too-large', name: 'big.json', megabytes: 201 },
    '“big.json” is 201 MB, over the 200 MB limit for a timeline file.',
  ],
  [
    { code: 'too-large', name: 'big.json', megabytes: null },
    '“big.json” is larger than the 200 MB limit for a timeline file.',
  ],
  [
    { code: 'file-unreadable', name: 'mine.csv' },
    '“mine.csv” could not be read from your computer.',
  ],
  [
    { code: 'connection-broke', name: 'x.json' },
    'The connection broke while “x.json” was loading. Try again.',
  ],
  [
    {
      code: 'link-refused',
      refusal: { code: 'led-elsewhere', link: '/go', origin: 'https://evil.example' },
    },
    'The data link “/go” led to another site (https://evil.example), which is not allowed: only this site’s data and data from the sites listed in config.json can be shown.',
  ],
  [
    { code: 'link-refused', refusal: { code: 'led-elsewhere', link: '/go', origin: null } },
    'The data link “/go” led to another site, which is not allowed: only this site’s data and data from the sites listed in config.json can be shown.',
  ],
  [
    {
      code: 'link-refused',
      refusal: {
        code: 'blocked-by-policy',
        link: 'https://data.example/x.json',
        origin: 'https://data.example',
      },
    },
    'The data link “https://data.example/x.json” could not be loaded: this site’s security ' +
      'policy does not allow data from https://data.example, even though config.json lists ' +
      'it. Whoever runs the site can allow it with “npm run allow-origin -- ' +
      'https://data.example”, which updates config.json and the policy together (or by ' +
      'adding it to public/config.json and building again).',
  ],
  [
    { code: 'link-refused', refusal: { code: 'redirect-failed', link: '/moved' } },
    'The data link “/moved” redirects to another address, which could not be loaded.',
  ],
  [
    { code: 'worker-stopped', name: 'store.json' },
    '“store.json” could not be read: the browser stopped the part of the page that reads large files. Reload the page to try again.',
  ],
  [{ code: 'empty', name: 'events.csv' }, '“events.csv” is empty: it holds no data.'],
  [{ code: 'blank', name: 'events.csv' }, '“events.csv” is empty: it holds only blank space.'],
  [
    { code: 'workbook', name: 'x.xlsx' },
    '“x.xlsx” is a spreadsheet workbook (such as .xlsx), not a CSV file. In your spreadsheet, download or save the sheet as “CSV (UTF-8)” and open that file.',
  ],
  [
    { code: 'utf16', name: 'events.csv' },
    '“events.csv” is saved as UTF-16 text, which the timeline does not read. Save it again as UTF-8 (in Excel: “CSV UTF-8”) and open it again.',
  ],
  [
    { code: 'not-utf8', name: 'events.csv' },
    '“events.csv” is not UTF-8 text: it may be saved in another encoding, or not be a text file at all. Save it as UTF-8 (CSV UTF-8 or JSON) and open it again.',
  ],
  [
    { code: 'web-page', name: 'x.json' },
    "“x.json” is a web page, not timeline data. If it is a spreadsheet's link, use the link it gives when published to the web as CSV.",
  ],
  [
    { code: 'json-cut-off', name: 'x.json' },
    '“x.json” ends too early: the file seems cut off. Download or save it again.',
  ],
  [
    { code: 'json-invalid', name: 'x.json' },
    '“x.json” is not valid JSON, so the timeline cannot read it.',
  ],
  [
    { code: 'json-mistake', name: 'x.json', line: 3, column: 3 },
    '“x.json” is not valid JSON: there is a mistake at line 3, column 3, such as a missing comma or quotation mark.',
  ],
  [
    { code: 'csv-column-missing', name: 'x.csv', column: 'start' },
    '“x.csv” has no “start” column. Its first row must name the columns, such as id, title, start, topics: copy them from the template.',
  ],
  [
    { code: 'arrow-invalid', name: 'x.arrow' },
    '“x.arrow” could not be read as an Arrow file: it may be damaged or cut off. Write it again, or export it as JSON or CSV.',
  ],
  [
    { code: 'arrow-compressed', name: 'x.arrow' },
    '“x.arrow” is a compressed Arrow file, which the timeline does not read. Write it again without compression.',
  ],
  [
    { code: 'arrow-column-missing', name: 'x.arrow', column: 'topics' },
    '“x.arrow” has no “topics” column. An Arrow store needs the columns id, title, start and topics.',
  ],
  [
    { code: 'arrow-column-type', name: 'x.arrow', column: 'start', type: 'Int64', wanted: 'date' },
    'The “start” column of “x.arrow” holds Int64; it must hold dates (Utf8 as YYYY-MM-DD, YYYY-MM or YYYY, or Date32, Date64, Timestamp).',
  ],
  [
    { code: 'not-a-timeline', name: 'x.json', problems: [] },
    '“x.json” is not a timeline in the expected format. What is wrong:',
  ],
  [{ code: 'worded', text: 'Said already.', problems: [] }, 'Said already.'],
];

describe('why a store could not be shown, in words', () => {
  it.each(ENGLISH)('words %j in English', (reason, sentence) => {
    expect(loadFailureText(reason)).toBe(sentence);
  });

  it.each(ENGLISH.filter(([reason]) => 'name' in reason))(
    'words %j in Spanish, naming the file',
    (reason) => {
      setLocale('es');
      const text = loadFailureText(reason);
      expect(text).toContain(`“${'name' in reason ? reason.name : ''}”`);
      setLocale('en');
      expect(text).not.toBe(loadFailureText(reason));
    },
  );

  it('says the Spanish sentences in natural Spanish', () => {
    setLocale('es');
    expect(loadFailureText({ code: 'not-found', name: 'datos.json', status: 404 })).toBe(
      'No se encontró “datos.json”: el servidor respondió que no existe ese archivo (404). Compruebe el enlace.',
    );
    expect(loadFailureText({ code: 'json-mistake', name: 'x.json', line: 3, column: 7 })).toBe(
      '“x.json” no es JSON válido: hay un error en la línea 3, columna 7, como una coma o unas comillas que faltan.',
    );
  });

  it.each(ENGLISH.filter(([reason]) => reason.code === 'link-refused'))(
    'words %j in Spanish, naming the link',
    (reason) => {
      setLocale('es');
      const text = loadFailureText(reason);
      expect(text).toMatch(/^(El enlace de datos|No se pudo cargar el enlace de datos) “/);
      expect(text).toContain('refusal' in reason ? `“${reason.refusal.link}”` : '');
    },
  );

  it('says what an Arrow column must hold in natural Spanish', () => {
    setLocale('es');
    expect(
      loadFailureText({
        code: 'arrow-column-type',
        name: 'x.arrow',
        column: 'topics',
        type: 'Int32',
        wanted: 'text-list',
      }),
    ).toBe(
      'La columna «topics» de “x.arrow” contiene Int32; debe contener listas de texto (List<Utf8>), o texto con «;» entre los elementos.',
    );
  });

  it('says a refusal by the security policy in natural Spanish', () => {
    setLocale('es');
    expect(
      loadFailureText({
        code: 'link-refused',
        refusal: { code: 'blocked-by-policy', link: '/x.json', origin: 'https://data.example' },
      }),
    ).toBe(
      'No se pudo cargar el enlace de datos “/x.json”: la política de seguridad de este sitio no permite datos de https://data.example, aunque config.json lo enumera. Quien administra el sitio puede permitirlo con «npm run allow-origin -- https://data.example», que actualiza config.json y la política a la vez (o añadiéndolo a public/config.json y volviendo a compilar).',
    );
  });

  it('lists the problems of a store that is not a timeline, and of no other failure', () => {
    const problems: Problem[] = [
      { record: { kind: 'dataset' }, field: 'title', reason: { code: 'missing' } },
    ];
    expect(loadFailureProblems({ code: 'not-a-timeline', name: 'x.json', problems })).toBe(
      problems,
    );
    expect(loadFailureProblems({ code: 'empty', name: 'x.json' })).toEqual([]);
  });
});
