import type { TimelineEvent } from '../data/schema.ts';
import { RichText } from './rich-text.tsx';

/**
 * An event's paragraph: its HTML through the allow-list where the data gives HTML (TimelineJS),
 * else its text. `className` names the block; the HTML's gets the `--rich` modifier too.
 */
export function EventSummary({
  event,
  className,
}: {
  event: Pick<TimelineEvent, 'summary' | 'summaryHtml'>;
  className: string;
}) {
  if (event.summaryHtml !== undefined) {
    return (
      <RichText
        className={`${className} ${className}--rich`}
        html={event.summaryHtml}
        fallback={event.summary}
      />
    );
  }
  return event.summary ? (
    <p className={className} dir="auto">
      {event.summary}
    </p>
  ) : null;
}
