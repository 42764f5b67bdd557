/**
 * The public URLs of the knowledge base, in reading order. Clinics print these, so they never
 * change. Each entry says how often its page must be re-checked (content standards: 12 months
 * for evidence, risks, provider choice and costs; 24 months for the rest).
 * `urgentHelp` marks pages that discuss symptoms, complications or recovery: they must carry a
 * "Get help now" box.
 * @type {{ slug: string, reviewMonths: 12 | 24, urgentHelp?: true }[]}
 */
export const contentPages = [
  { slug: 'understanding/compression-fractures', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/what-is-kyphoplasty', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/is-it-right-for-me', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/evidence', reviewMonths: 12 },
  { slug: 'understanding/risks', reviewMonths: 12, urgentHelp: true },
  { slug: 'understanding/alternatives', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/before', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/step-by-step', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/recovery', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/bone-health', reviewMonths: 24 },
  { slug: 'who-performs-it', reviewMonths: 12 },
  { slug: 'who-performs-it/interventional-radiologists', reviewMonths: 12 },
  { slug: 'who-performs-it/neurosurgeons', reviewMonths: 12 },
  { slug: 'who-performs-it/orthopedic-spine-surgeons', reviewMonths: 12 },
  { slug: 'who-performs-it/pain-medicine-physicians', reviewMonths: 12 },
  { slug: 'who-performs-it/training-and-certification', reviewMonths: 12 },
  { slug: 'care-team', reviewMonths: 24 },
  { slug: 'care-team/where-it-happens', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path/preparing-for-your-consultation', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path/insurance-and-costs', reviewMonths: 12 },
  { slug: 'choosing-a-provider', reviewMonths: 12 },
  { slug: 'choosing-a-provider/questions-to-ask', reviewMonths: 12, urgentHelp: true },
  { slug: 'choosing-a-provider/check-a-doctor', reviewMonths: 12 },
  { slug: 'faq', reviewMonths: 24, urgentHelp: true },
];
