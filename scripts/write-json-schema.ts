/**
 * Writes public/data/timeline.schema.json from the store's description (src/data/store-shape.ts).
 *   npm run json-schema
 * A test (scripts/lib/timeline-json-schema.test.ts) fails when the committed file is not what
 * this writes: run it after any change to the description.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILE, timelineJsonSchemaText } from './lib/timeline-json-schema.ts';

writeFileSync(join(import.meta.dirname, '..', JSON_SCHEMA_FILE), timelineJsonSchemaText());
