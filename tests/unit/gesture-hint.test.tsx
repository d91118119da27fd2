import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GestureHelp } from '../../src/timeline/gesture-help.tsx';
import { GestureHint } from '../../src/timeline/gesture-hint.tsx';

function Viewport() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref} data-testid="viewport">
      <GestureHint targetRef={ref} />
    </div>
  );
}

const hint = () => screen.getByRole('status', { name: 'Zoom hint' });
const wheel = (init: WheelEventInit) => fireEvent.wheel(screen.getByTestId('viewport'), init);
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the zoom hint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is a polite live region that is there, empty, before any wheel', () => {
    render(<Viewport />);
    expect(hint()).toHaveAttribute('aria-live', 'polite');
    expect(hint()).toBeEmptyDOMElement();
  });

  it('appears on a plain wheel and goes away by itself', () => {
    render(<Viewport />);
    wheel({ deltaY: 100 });
    expect(hint()).toHaveTextContent('Use Ctrl + scroll to zoom');
    wait(1000);
    expect(hint()).toHaveTextContent('Use Ctrl + scroll to zoom');
    wait(1000);
    expect(hint()).toBeEmptyDOMElement();
  });

  it('stays up, with the same text node, while the wheel keeps turning', () => {
    render(<Viewport />);
    wheel({ deltaY: 100 });
    const shown = within(hint()).getByText('Use Ctrl + scroll to zoom');
    for (let i = 0; i < 5; i++) {
      wait(1000);
      wheel({ deltaY: -50 });
    }
    expect(within(hint()).getByText('Use Ctrl + scroll to zoom')).toBe(shown);
    wait(2000);
    expect(hint()).toBeEmptyDOMElement();
  });

  it.each([
    ['Ctrl + wheel', { deltaY: 100, ctrlKey: true }],
    ['⌘ + wheel', { deltaY: 100, metaKey: true }],
    ['Shift + wheel', { deltaY: 100, shiftKey: true }],
    ['a sideways wheel', { deltaX: 80, deltaY: 5 }],
  ])('stays away for %s, which the timeline takes', (_, init) => {
    render(<Viewport />);
    wheel(init);
    expect(hint()).toBeEmptyDOMElement();
  });

  it('fades for a moment, or not at all for readers who ask for less motion', () => {
    render(<Viewport />);
    wheel({ deltaY: 100 });
    wait(1600);
    expect(hint()).toHaveTextContent('Use Ctrl + scroll to zoom');
    wait(400);
    expect(hint()).toBeEmptyDOMElement();

    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({ matches: query.includes('reduce') })),
    );
    wheel({ deltaY: 100 });
    wait(1600);
    expect(hint()).toBeEmptyDOMElement();
  });

  it('names ⌘ on a Mac', () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    render(<Viewport />);
    wheel({ deltaY: 100 });
    expect(hint()).toHaveTextContent('Use ⌘ + scroll to zoom');
  });
});

describe('the gesture line of the legend', () => {
  const MOUSE_LINE =
    'Ctrl + scroll to zoom, drag or Shift + scroll to pan; ← → step through events';
  const TOUCH_LINE = 'Pinch to zoom, drag sideways to pan';

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('holds the line for a mouse and the line for a finger, each marked for the stylesheet', () => {
    render(<GestureHelp />);
    expect(screen.getByText(MOUSE_LINE)).toHaveClass('gesture-help--fine');
    expect(screen.getByText(TOUCH_LINE)).toHaveClass('gesture-help--touch');
  });

  it('is, on a touch screen, what the page was served with: hydrating changes nothing', () => {
    // The served markup, as the build writes it: no device to ask.
    const view = renderToString(<GestureHelp />);
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: /pointer: coarse|hover: none/.test(query),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      })),
    );
    const { container } = render(<GestureHelp />);
    expect(container.innerHTML).toBe(view);
    expect(view).toContain(TOUCH_LINE);
  });
});
