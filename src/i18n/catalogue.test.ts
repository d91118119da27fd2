import { afterEach, describe, expect, it, vi } from 'vitest';

// Fresh modules: the test setup has already fetched Spanish into the shared ones.
async function freshModules() {
  vi.resetModules();
  const [locale, messages, catalogue, spanish] = await Promise.all([
    import('./locale.ts'),
    import('./messages.ts'),
    import('./catalogue.ts'),
    import('./messages-es.ts'),
  ]);
  return { ...locale, ...messages, ...catalogue, es: spanish.es };
}

afterEach(() => vi.resetModules());

describe('loadCatalogue', () => {
  it('answers in English until the Spanish catalogue has arrived, then in Spanish', async () => {
    const { setLocale, t, loadCatalogue, ENGLISH, es } = await freshModules();
    setLocale('es');
    expect(t().skipToTimeline).toBe(ENGLISH.skipToTimeline);
    await loadCatalogue('es');
    expect(t().skipToTimeline).toBe(es.skipToTimeline);
    expect(t().skipToTimeline).not.toBe(ENGLISH.skipToTimeline);
  });

  it('leaves English as it is, and answers in it again when the language is English', async () => {
    const { setLocale, t, loadCatalogue, ENGLISH } = await freshModules();
    await loadCatalogue('es');
    await loadCatalogue('en');
    setLocale('en');
    expect(t()).toBe(ENGLISH);
  });
});
