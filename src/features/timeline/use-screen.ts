// The screen class the timeline lays itself out for, from Tailwind's breakpoints sm, lg and xl.
import { useMediaQuery } from '../../lib/use-media-query';
import type { Screen } from './timeline-zoom';

/** 'narrow' on the server and in the first render of a hydrated page; the timeline itself is drawn only after that. */
export function useScreen(): Screen {
  const medium = useMediaQuery('(min-width: 640px)');
  const wide = useMediaQuery('(min-width: 1024px)');
  const wider = useMediaQuery('(min-width: 1280px)');
  return wider ? 'wider' : wide ? 'wide' : medium ? 'medium' : 'narrow';
}
