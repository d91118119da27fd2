import { lazy, Suspense, type ComponentProps } from 'react';

const ProblemList = lazy(() =>
  import('./problem-list.tsx').then((m) => ({ default: m.ProblemList })),
);

/**
 * The problem list, loaded the first time a store has problems: a store without any (the usual
 * case, and every page built ahead of time) never fetches it.
 */
export function ProblemListOnDemand(props: ComponentProps<typeof ProblemList>) {
  return (
    <Suspense fallback={null}>
      <ProblemList {...props} />
    </Suspense>
  );
}
