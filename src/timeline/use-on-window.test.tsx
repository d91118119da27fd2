import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { useOnWindow } from './use-on-window.ts';

const FALLBACK: TimeWindow = [0, 1_000];

function Drawn({ draw }: { draw: (view: TimeWindow, moving: boolean) => void }) {
  useOnWindow(draw, FALLBACK);
  return <p>drawn</p>;
}

describe('useOnWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useTimelineStore.setState({ timeWindow: null });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('rendered afresh, draws before paint, in the commit', () => {
    const draw = vi.fn();
    render(<Drawn draw={draw} />);
    expect(draw).toHaveBeenCalledWith(FALLBACK, false);
  });

  it('hydrating, draws first in a task after the commit, then with every render', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(<Drawn draw={() => {}} />);
    const draw = vi.fn();
    const root = await act(async () => hydrateRoot(container, <Drawn draw={draw} />));
    expect(draw).not.toHaveBeenCalled();

    // A move before the first draw is drawn by it, at rest.
    act(() => useTimelineStore.setState({ timeWindow: [10, 20] }));
    expect(draw).not.toHaveBeenCalled();
    act(() => vi.runAllTimers());
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenLastCalledWith([10, 20], false);

    act(() => useTimelineStore.setState({ timeWindow: [20, 30] }));
    expect(draw).toHaveBeenLastCalledWith([20, 30], true);
    act(() => root.unmount());
  });
});
