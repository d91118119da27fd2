// Updates in place, as other modules may use them. Named re-exports only.
export { LiveStatus } from './live-status.tsx';
