// The export's public face: its menu, which loads the exports themselves on demand. Named
// re-exports only.
export { ExportMenu } from './export-menu.tsx';
