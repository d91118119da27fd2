import { describe, expect, it } from 'vitest';
import {
  APPS,
  measuredAt,
  NO_GROUPS_NOTE,
  NO_LINKS_NOTE,
  NO_THUMBNAILS_NOTE,
  notMeasuredNote,
  sizeParams,
  type Size,
} from './apps.ts';

describe('the apps measured at each size', () => {
  it.each([
    ['groups', ['newsline']],
    ['links', ['newsline']],
    ['thumbnails', ['newsline']],
    [10_000, ['newsline', 'vis-timeline', 'vis-timeline-cluster']],
    [1000, ['newsline', 'vis-timeline', 'vis-timeline-cluster', 'timelinejs']],
  ] as const)('at %j: %j', (size: Size, apps) => {
    const measured = Object.entries(APPS)
      .filter(([, spec]) => measuredAt(spec, size))
      .map(([id]) => id);
    expect(measured).toEqual(apps);
  });

  it('say why a peer is left out of the stores in groups, with pictures and with links', () => {
    expect(notMeasuredNote(APPS['vis-timeline'], 'groups')).toBe(NO_GROUPS_NOTE);
    expect(notMeasuredNote(APPS.timelinejs, 'thumbnails')).toBe(NO_THUMBNAILS_NOTE);
    expect(notMeasuredNote(APPS['vis-timeline-cluster'], 'links')).toBe(NO_LINKS_NOTE);
  });

  const facts = { extent: [0, 1], linkHub: 'e-000417' } as const;

  it('open the store in groups in its groups, the one with links at its event, others as they are', () => {
    expect(sizeParams('groups', facts)).toEqual({ group: 'groups' });
    expect(sizeParams('links', facts)).toEqual({ event: 'e-000417' });
    expect(sizeParams(10_000, facts)).toEqual({});
    expect(sizeParams('seed', facts)).toEqual({});
  });

  it('refuse to open the store with links when it has no event with links', () => {
    expect(() => sizeParams('links', { extent: [0, 1] })).toThrow(/no event with links/);
  });
});
