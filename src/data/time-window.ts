/** A time window [start, end] in UTC ms. */
export type TimeWindow = readonly [number, number];
