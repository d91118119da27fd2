// The filters' public face: what the app and other features may use (their selectors are the
// store's: src/state/store.ts). Named re-exports only.
export { FilterBar } from './filter-bar.tsx';
export { SinceControl } from './changes-controls.tsx';
export { describeFilters } from './describe-filters.ts';
