import { describe, expect, it } from 'vitest';
import {
  APPS,
  measuredAt,
  NO_GROUPS_NOTE,
  NO_THUMBNAILS_NOTE,
  notMeasuredNote,
  sizeParams,
  type Size,
} from './apps.ts';

describe('the apps measured at each size', () => {
  it.each([
    ['groups', ['newsline']],
    ['thumbnails', ['newsline']],
    [10_000, ['newsline', 'vis-timeline', 'vis-timeline-cluster']],
    [1000, ['newsline', 'vis-timeline', 'vis-timeline-cluster', 'timelinejs']],
  ] as const)('at %j: %j', (size: Size, apps) => {
    const measured = Object.entries(APPS)
      .filter(([, spec]) => measuredAt(spec, size))
      .map(([id]) => id);
    expect(measured).toEqual(apps);
  });

  it('say why a peer is left out of the stores in groups and with pictures', () => {
    expect(notMeasuredNote(APPS['vis-timeline'], 'groups')).toBe(NO_GROUPS_NOTE);
    expect(notMeasuredNote(APPS.timelinejs, 'thumbnails')).toBe(NO_THUMBNAILS_NOTE);
  });

  it('open the store in groups drawn in its groups, and every other store as it is', () => {
    expect(sizeParams('groups')).toEqual({ group: 'groups' });
    expect(sizeParams(10_000)).toEqual({});
    expect(sizeParams('seed')).toEqual({});
  });
});
