import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTheme, THEME_STORAGE_KEY } from '../../src/ui/theme.ts';
import { ThemeToggle } from '../../src/ui/theme-toggle.tsx';
import { fakeMatchMedia } from './fake-media.ts';

const DARK = '(prefers-color-scheme: dark)';
let media: ReturnType<typeof fakeMatchMedia>;
let stop: () => void = () => undefined;

beforeEach(() => {
  localStorage.clear();
  media = fakeMatchMedia();
  vi.stubGlobal('matchMedia', media.matchMedia);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the Dark mode toggle', () => {
  it('is pressed while the system is dark, and follows it', async () => {
    media.set(DARK, true);
    stop = startTheme();
    render(<ThemeToggle />);
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    act(() => media.set(DARK, false));
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('turned off under a dark system gives light, and remembers it', async () => {
    const user = userEvent.setup();
    media.set(DARK, true);
    stop = startTheme();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Dark mode' }));
    expect(screen.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    // The stored choice now outranks the system.
    act(() => media.set(DARK, false));
    act(() => media.set(DARK, true));
    expect(document.documentElement.dataset.theme).toBe('light');

    await user.click(screen.getByRole('button', { name: 'Dark mode' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });
});
