import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { startApp } from '../../src/app/start-app.ts';
import { resetTimelineStore } from '../../src/state/store.ts';
import { DEFAULT_RUNTIME_CONFIG } from '../../src/data/allowed-origins.ts';
import { loadSeed, seedText, textLoader } from './fixtures.ts';

const SEED_COUNT = 27;

let stopApp: () => void = () => undefined;

function open(search = '', load = loadSeed) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App />);
  // The site's config.json as shipped: nothing beyond this site.
  const readConfig = () => Promise.resolve(DEFAULT_RUNTIME_CONFIG);
  void startApp(load, window, readConfig).then((stop) => (stopApp = stop));
  return user;
}

async function timeline() {
  return screen.findByRole('region', { name: /^Timeline/ });
}

beforeEach(() => {
  resetTimelineStore();
});
afterEach(() => stopApp());

describe('the timeline', () => {
  it('shows every episode as a button named by its title', async () => {
    open();
    const region = await timeline();
    const markers = within(region).getAllByRole('button', { name: /^Trump/ });
    expect(markers).toHaveLength(SEED_COUNT);
    expect(
      within(region).getByRole('button', { name: /^Trump hired Manafort to run his campaign/ }),
    ).toBeVisible();
    expect(screen.getByRole('status', { name: 'Events shown' })).toHaveTextContent(
      `All ${SEED_COUNT} events`,
    );
  });

  it('filters by a topic toggle, shows the count and writes ?topics=', async () => {
    const user = open();
    const region = await timeline();
    const filters = screen.getByRole('region', { name: 'Filters' });
    const nato = within(filters).getByRole('button', { name: /NATO/ });
    expect(nato).toHaveAttribute('aria-pressed', 'false');
    // The visible text, "NATO 1", begins the name (WCAG 2.5.3, label in name).
    expect(nato).toHaveAccessibleName('NATO 1 event');
    const disclosure = within(filters).getByRole('button', { name: 'Topics', expanded: false });
    await user.click(nato);
    expect(nato).toHaveAttribute('aria-pressed', 'true');
    // A phone shows the toggles behind this button, which says how many are on.
    expect(disclosure).toHaveAccessibleName('Topics (1) active');
    expect(
      within(region)
        .getAllByRole('button', { name: /^Trump/ })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Trump criticized and alienated NATO allies, May 2017']);
    expect(within(filters).getByText(`1 of ${SEED_COUNT} events`)).toBeInTheDocument();
    expect(window.location.search).toBe('?topics=nato');
    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    // The view glides back out from the one NATO episode to fit them all.
    await waitFor(
      () =>
        expect(within(region).getAllByRole('button', { name: /^Trump/ })).toHaveLength(SEED_COUNT),
      { timeout: 5000 },
    );
    expect(window.location.search).toBe('');
    expect(disclosure).toHaveAccessibleName('Topics');
  });

  it('opens and closes the topics disclosure', async () => {
    const user = open();
    await timeline();
    const filters = screen.getByRole('region', { name: 'Filters' });
    const disclosure = within(filters).getByRole('button', { name: 'Topics' });
    const group = within(filters).getByRole('group', { name: 'Topics' });
    expect(disclosure).toHaveAttribute('aria-controls', group.id);
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  });

  it('searches titles and summaries and writes ?q=', async () => {
    const user = open();
    const region = await timeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Deripaska');
    expect(within(region).getAllByRole('button', { name: /^Trump/ })).toHaveLength(1);
    expect(window.location.search).toBe('?q=Deripaska');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such words');
    expect(within(region).queryAllByRole('button', { name: /^Trump/ })).toHaveLength(0);
    expect(within(region).getByText('No events match these filters.')).toBeInTheDocument();
  });
});

describe('the details panel', () => {
  it('opens an event with its title, date, summary, sources and a Copy link button', async () => {
    const user = open();
    const region = await timeline();
    await user.click(
      within(region).getByRole('button', {
        name: /^Trump balked at sanctions for Skripal poisoning/,
      }),
    );
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trump balked at sanctions for Skripal poisoning',
    );
    expect(within(details).getByText('August 2018')).toBeInTheDocument();
    expect(
      within(details).getByText(/Trump privately complained about US sanctions/),
    ).toBeInTheDocument();
    expect(within(details).getByText('John Bolton’s memoir')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(window.location.search).toBe('?event=skripal-sanctions');
  });

  it('copies the event page link to the clipboard and says so', async () => {
    const user = open('?event=g7');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(details).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/e/g7/');
    expect(await within(details).findByText('Link copied to the clipboard.')).toBeVisible();
  });

  it('offers the link to copy by hand when the clipboard refuses', async () => {
    const user = open('?event=g7');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(details).getByRole('button', { name: 'Copy link' }));
    expect(await within(details).findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(
      'http://localhost:3000/e/g7/',
    );
  });

  it('filters by a topic from the panel', async () => {
    const user = open('?event=syria-withdrawal');
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(details).getByRole('button', { name: 'Show only Syria' }));
    expect(window.location.search).toBe('?event=syria-withdrawal&topics=syria');
    expect(within(await timeline()).getAllByRole('button', { name: /^Trump/ })).toHaveLength(2);
  });

  it('steps with Previous and Next, and closes', async () => {
    const user = open('?event=spy-bases');
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(details).getByRole('button', { name: 'Next event' }));
    expect(within(details).getByRole('heading', { level: 2 })).not.toHaveTextContent('spy bases');
    await user.click(within(details).getByRole('button', { name: 'Previous event' }));
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trump mulled returning spy bases to Russia',
    );
    await user.click(within(details).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('titles the page by the open event, then by the timeline again', async () => {
    const user = open('?event=spy-bases');
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    const timelineTitle = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    expect(timelineTitle).not.toBe('');
    expect(document.title).toBe(`Trump mulled returning spy bases to Russia · ${timelineTitle}`);
    await user.click(within(details).getByRole('button', { name: 'Next event' }));
    const next = within(details).getByRole('heading', { level: 2 }).textContent;
    expect(document.title).toBe(`${next} · ${timelineTitle}`);
    await user.click(within(details).getByRole('button', { name: 'Close details' }));
    expect(document.title).toBe(timelineTitle);
  });
});

describe('deep links', () => {
  it('opens ?event= on first render', async () => {
    open('?event=crimea');
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    expect(
      within(details).getByRole('heading', {
        level: 2,
        name: 'Trump suggested Russia can keep Crimea',
      }),
    ).toBeInTheDocument();
    expect(within(details).getByText('2016 campaign')).toBeInTheDocument();
  });

  it('restores topics and search', async () => {
    open('?topics=syria,nato&q=trump');
    const region = await timeline();
    expect(screen.getByRole('button', { name: /^Syria/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('trump');
    expect(within(region).getAllByRole('button', { name: /^Trump/ })).toHaveLength(3);
  });

  it('says "Event not found" for an unknown id and still shows everything', async () => {
    open('?event=made-up');
    const region = await timeline();
    expect(screen.getByRole('alert')).toHaveTextContent(/Event not found/);
    expect(within(region).getAllByRole('button', { name: /^Trump/ })).toHaveLength(SEED_COUNT);
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('ignores unknown topics with a notice', async () => {
    open('?topics=nato,moon');
    await timeline();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Unknown topic “moon” in the link was ignored.',
    );
    expect(screen.getByRole('button', { name: /^NATO/, pressed: true })).toBeInTheDocument();
  });

  it('shows data injected through the URL as text only', async () => {
    open('?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await timeline();
    expect(screen.getByRole('alert')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('the keyboard', () => {
  it('steps with the arrows and closes with Escape', async () => {
    const user = open();
    await timeline();
    await user.keyboard('{ArrowRight}');
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trump has repeatedly praised Putin',
    );
    await user.keyboard('{ArrowRight}');
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trump refused to say Putin is a killer',
    );
    await user.keyboard('{ArrowLeft}');
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trump has repeatedly praised Putin',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('leaves the arrows to the search box while typing', async () => {
    const user = open();
    await timeline();
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
  });
});

describe('clusters', () => {
  it('stand for the events that do not fit, by count and date, and keep focus when expanded', async () => {
    const json = JSON.parse(seedText);
    // Two weeks of events, nine a day: too many for the lanes of the whole range.
    json.events = Array.from({ length: 126 }, (_, i) => ({
      id: `march-${i}`,
      title: `March event ${i}`,
      date: { precision: 'day', start: `2018-03-${String(5 + (i % 14)).padStart(2, '0')}` },
      topics: ['nato'],
    }));
    const user = open('', textLoader(JSON.stringify(json)));
    const region = await timeline();
    const [cluster] = await within(region).findAllByRole('button', {
      name: /^\d+ events, March \d+/,
    });
    cluster!.focus();
    await user.keyboard('{Enter}');
    // Zoomed in, every event in view has its own marker, and focus moves on to the first of them.
    await waitFor(
      () => {
        expect(within(region).queryAllByRole('button', { name: /events, March/ })).toHaveLength(0);
        expect(within(region).getAllByRole('button', { name: /^March event/ })[0]).toHaveFocus();
      },
      { timeout: 5000 },
    );
  });
});

describe('bad data', () => {
  it('reports a bad record by number, id and field, and shows the rest', async () => {
    const json = JSON.parse(seedText);
    json.events[1].date = { precision: 'day', start: 'spring' };
    const user = open('', textLoader(JSON.stringify(json)));
    const region = await timeline();
    expect(within(region).getAllByRole('button', { name: /^Trump/ })).toHaveLength(SEED_COUNT - 1);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 event skipped');
    await user.click(within(alert).getByText('1 event skipped'));
    expect(alert).toHaveTextContent(
      /event 2 "praised-putin", date\.start: “spring” is not a date the timeline reads/,
    );
  });

  it('shows an error screen when the file is not JSON', async () => {
    open('', textLoader('<!doctype html>'));
    expect(
      await screen.findByRole('heading', { name: 'The timeline could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“data/trump-russia.json” is a web page, not timeline data.',
    );
  });

  it('keeps ?data= in the links of the event list', async () => {
    open('?data=data%2Fother.json');
    const list = await screen.findByRole('region', { name: /^Event by event/ });
    const link = await within(list).findByRole('link', { name: /^Trump hired Manafort/ });
    expect(link).toHaveAttribute('href', '?data=data%2Fother.json&event=hired-manafort');
  });

  it('refuses a data link to another site', async () => {
    const load = vi.fn(loadSeed);
    open('?data=https%3A%2F%2Fevil.example%2Fx.json', load);
    expect(await screen.findByRole('alert')).toHaveTextContent(/points to another site/);
    expect(load).not.toHaveBeenCalled();
  });
});

describe('what changed since the last visit', () => {
  const KEY = 'newsline-last-visit:http://localhost:3000/data/trump-russia.json';
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('says nothing on a first visit, and keeps the day of it in this browser only', async () => {
    open();
    await timeline();
    expect(screen.queryByText(/since your last visit/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^What's new/ })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({
      day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it("counts the changes since a stored visit, filters with What's new, and forgets the visit", async () => {
    localStorage.setItem(KEY, JSON.stringify({ day: '2020-07-01' }));
    const user = open();
    const region = await timeline();
    const filters = screen.getByRole('region', { name: 'Filters' });
    expect(
      await within(filters).findByText('3 new since your last visit, July 1, 2020.'),
    ).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: "What's new 3 events" }));
    expect(screen.getByRole('status', { name: 'Events shown' })).toHaveTextContent(
      `3 of ${SEED_COUNT} events`,
    );
    expect(
      within(region).getByRole('button', {
        name: 'Trump balked at sanctions for Skripal poisoning, August 2018, New',
      }),
    ).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: 'Forget my last visit' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    // The button goes: the focus lands on the sentence that says it is done.
    expect(within(filters).getByText(/Your last visit is forgotten/)).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Events shown' })).toHaveTextContent(
      `All ${SEED_COUNT} events`,
    );
    expect(within(region).queryByRole('button', { name: /, New$/ })).not.toBeInTheDocument();
  });
});
