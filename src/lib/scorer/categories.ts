/**
 * Words the page shows for each question group and each importance level. Rendered on the
 * server only (the browser reads them back from the page), so none of this ships as JavaScript.
 */
import type { CategoryId, Weight } from './model';

export const CATEGORY_TEXT: Record<CategoryId, { label: string; covers: string }> = {
  'evidence-fit': { label: 'Evidence and fit', covers: 'Is the procedure right for you, and what do studies show?' },
  experience: { label: 'Experience and credentials', covers: 'Training, board certification, hospital approval and how often they do it.' },
  safety: { label: 'Safety', covers: 'How they prevent, watch for and handle problems during the procedure.' },
  'team-setting': { label: 'Team and setting', covers: 'Who looks after you, where it happens, and the plan if something goes wrong.' },
  'after-care': { label: 'After-care', covers: 'Your bone health afterwards, and what results to expect.' },
};

/** Why every group starts at the same weight. Shown next to the weight controls and on the page. */
export const DEFAULT_WEIGHT_REASON =
  'Every group starts at "Normal". We found no study showing that one group of answers matters more than another for how people do.';

export const WEIGHT_TEXT: Record<Weight, string> = {
  0: 'Leave out',
  1: 'Less',
  2: 'Normal',
  3: 'More',
};
