import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { startApp } from '../../src/app/start-app.ts';
import { DEFAULT_RUNTIME_CONFIG } from '../../src/data/allowed-origins.ts';
import { setLocale } from '../../src/i18n/locale.ts';
import { ENGLISH, type Messages } from '../../src/i18n/messages.ts';
import { es } from '../../src/i18n/messages-es.ts';
import { PROBLEM_CATALOGUES } from '../../src/i18n/problem-messages.ts';
import { resetTimelineStore } from '../../src/state/store.ts';
import { loadSeed, seedText, textLoader } from './fixtures.ts';
import type { DataLoader } from '../../src/app/start-app.ts';

let stopApp: () => void = () => undefined;

async function startInSpanish(search: string, load = loadSeed, config = DEFAULT_RUNTIME_CONFIG) {
  setLocale('es');
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App />);
  const readConfig = () => Promise.resolve(config);
  void startApp(load, window, readConfig).then((stop) => (stopApp = stop));
  return user;
}

async function openInSpanish(search: string) {
  const user = await startInSpanish(search);
  await screen.findByRole('region', { name: /^Cronología/ });
  return user;
}

beforeEach(() => resetTimelineStore());
afterEach(() => {
  stopApp();
  setLocale('en');
});

/** Words of three letters or more, lower-cased: what a leftover would be made of. */
const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** A catalogue's text: its strings, and the literal parts of its functions' templates. */
function catalogueText(messages: object): string {
  return Object.values(messages)
    .map((value) =>
      typeof value === 'function'
        ? String(value)
        : typeof value === 'string'
          ? value
          : JSON.stringify(value),
    )
    .join('\n');
}

/**
 * Words that only English messages use: neither Spanish messages nor the dataset (which is
 * English news, and stays as written) have them. Any of them in a Spanish page is a leftover.
 */
function englishOnlyWords(): Set<string> {
  const allowed = new Set([
    ...words(catalogueText(es)),
    ...words(catalogueText(PROBLEM_CATALOGUES.es)),
    ...words(seedText),
  ]);
  const english = `${catalogueText(ENGLISH)}\n${catalogueText(PROBLEM_CATALOGUES.en)}`;
  return new Set(words(english).filter((word) => !allowed.has(word)));
}

/**
 * Everything the page says: its text and the attributes that name or describe things. Text in
 * `<code>` is the data's own (a field's path, as the author's file writes it) and stays as written.
 */
function shownText(root: HTMLElement): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && !node.parentElement?.closest('code')) shown.push(text);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
      const value = element.getAttribute(name);
      if (value) shown.push(value);
    }
  }
  return shown;
}

/** The text without what it quotes: a file's name or a search, the reader's own words. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '');

function leftovers(root: HTMLElement): string[] {
  const english = englishOnlyWords();
  return shownText(root).filter((text) => words(unquoted(text)).some((word) => english.has(word)));
}

describe('the interface in Spanish', () => {
  it('has every English message in Spanish, and no Spanish message left in English', () => {
    const en = ENGLISH;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter(
      (key) =>
        typeof en[key as keyof Messages] === 'string' &&
        en[key as keyof Messages] === es[key as keyof Messages] &&
        words(en[key as keyof Messages] as string).length > 0 &&
        // Words Spanish borrows as they are.
        !['Zoom'].includes(en[key as keyof Messages] as string),
    );
    expect(untranslated).toEqual([]);
  });

  it('has every English problem sentence in Spanish, none left in English', () => {
    const { en, es: spanish } = PROBLEM_CATALOGUES;
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.entries(en).filter(
      ([key, value]) =>
        typeof value === 'string' &&
        value === spanish[key as keyof typeof en] &&
        words(value).length > 0,
    );
    expect(untranslated).toEqual([]);
  });

  it('leaves no interface text in English, with an event open and a topic on', async () => {
    const user = await openInSpanish('?event=nato-allies');
    await screen.findByRole('complementary', { name: 'Detalles del acontecimiento' });
    const filters = screen.getByRole('region', { name: 'Filtros' });
    await user.click(within(filters).getByRole('button', { name: /^NATO/ }));
    expect(leftovers(document.body)).toEqual([]);
  });

  it('finds a leftover: the check can fail', async () => {
    await openInSpanish('');
    const stray = document.createElement('button');
    stray.textContent = 'Clear filters';
    document.body.append(stray);
    expect(leftovers(document.body)).toEqual(['Clear filters']);
    stray.textContent = '“data.json” is empty: it holds no data.';
    expect(leftovers(document.body)).toEqual(['“data.json” is empty: it holds no data.']);
    stray.remove();
  });

  it.each([
    [
      'JSON with a mistake',
      '{\n  "version": 1\n  "title": "A"\n}',
      '“data/trump-russia.json” no es JSON válido: hay un error en la línea 3, columna 3, como una coma o unas comillas que faltan.',
    ],
    [
      'a file cut off',
      '{"version": 1, "title": "A", "events": [',
      '“data/trump-russia.json” termina antes de tiempo: el archivo parece cortado. Vuelva a descargarlo o a guardarlo.',
    ],
    ['an empty file', '', '“data/trump-russia.json” está vacío: no contiene datos.'],
  ])('says in Spanish why a store could not be loaded: %s', async (_, text, sentence) => {
    await startInSpanish('', textLoader(text));
    expect(
      await screen.findByRole('heading', { name: 'No se pudo cargar la cronología' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(sentence);
    expect(leftovers(document.body)).toEqual([]);
  });

  it('says in Spanish why a data link was refused, and what is wrong with config.json', async () => {
    const refused: DataLoader = () =>
      Promise.resolve({
        kind: 'failed',
        reason: {
          code: 'link-refused',
          refusal: { code: 'led-elsewhere', link: 'data/x.json', origin: 'https://otro.example' },
        },
      });
    await startInSpanish('?data=data/x.json', refused, {
      ...DEFAULT_RUNTIME_CONFIG,
      problems: [
        {
          code: 'config-bad-entry',
          setting: 'allowedDataOrigins',
          index: 0,
          value: '"http://datos.example"',
          because: { code: 'origin-plain-http' },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'No se pudo cargar la cronología' });
    const said = screen
      .getAllByRole('alert')
      .map((alert) => alert.textContent)
      .join(' ');
    expect(said).toContain(
      'El enlace de datos “data/x.json” llevó a otro sitio (https://otro.example), lo que no está permitido',
    );
    expect(said).toContain(
      'config.json: la entrada 1 de «allowedDataOrigins» "http://datos.example": debe usar https',
    );
    expect(leftovers(document.body)).toEqual([]);
  });

  it('lists the problems of a store in Spanish, with no English problem text left', async () => {
    const seed = JSON.parse(seedText) as { events: Record<string, unknown>[] };
    const [first, second, third] = seed.events;
    // A problem of each kind the store's checks find: the frame, a record, a link, a group, an era.
    const store = {
      ...seed,
      start: 'first',
      eras: [{ id: 'back', title: 'Back', start: '2020', end: '2019' }],
      events: [
        { ...first, title: undefined },
        { ...second, group: 'lords', links: 'nato-allies' },
        { ...third, topics: ['mars'], date: { precision: 'week', start: '2017' } },
        { ...seed.events[3], media: [{ url: 'javascript:alert(1)' }, { url: 'foto.png' }] },
        ...seed.events.slice(4),
      ],
    };
    const user = await startInSpanish('', textLoader(JSON.stringify(store)));
    await screen.findByRole('region', { name: /^Cronología/ });
    const summary = await screen.findByText('2 acontecimientos omitidos');
    await user.click(summary);
    const problems = screen
      .getAllByRole('alert')
      .find((alert) => within(alert).queryByText('2 acontecimientos omitidos'));
    const list = within(problems as HTMLElement).getByRole('list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain(`acontecimiento 1 «${String(first?.id)}», title: falta`);
    const fourth = String(seed.events[3]?.id);
    expect(items).toContain(
      `acontecimiento 4 «${fourth}», media.0.url: “javascript:alert(1)” no es una dirección web: escriba una que empiece por https:// o que sea relativa al archivo de la cronología, así que no se muestra`,
    );
    expect(items).toContain(
      `acontecimiento 4 «${fourth}», media.1.alt: falta: describa la imagen para quien no pueda verla, o escriba "" si es solo decorativa`,
    );
    expect(items).toContain(
      'conjunto de datos, start: debe ser "latest" (para abrir en el acontecimiento más reciente) o no figurar',
    );
    expect(leftovers(document.body)).toEqual([]);
  });

  it('counts and names in Spanish', async () => {
    await openInSpanish('');
    expect(screen.getByRole('status', { name: 'Acontecimientos mostrados' })).toHaveTextContent(
      'Los 27 acontecimientos',
    );
    expect(screen.getByRole('searchbox', { name: 'Buscar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acercar' })).toBeInTheDocument();
  });
});
