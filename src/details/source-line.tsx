import type { SourceMeta } from '../data/schema.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';
import { t } from '../i18n/messages.ts';

/** "Source: CNN, “…”, first published …; updated …." — the attribution, wherever it shows. */
export function SourceLine({ source, className }: { source: SourceMeta; className: string }) {
  const name = (
    <>
      <bdi>{source.publisher}</bdi>, “<bdi>{source.title}</bdi>”
    </>
  );
  return (
    <p className={className}>
      {t().sourcePrefix}{' '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {source.published && t().firstPublished(formatIsoForReaders(source.published))}
      {source.updated &&
        t().updated(formatIsoForReaders(source.updated), Boolean(source.published))}
      .
    </p>
  );
}
