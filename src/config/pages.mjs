/**
 * The public URLs of the knowledge base, in reading order. Clinics print these, so they never
 * change. Each entry says how often its page must be re-checked (content standards: 12 months
 * for evidence, risks, provider choice and costs; 24 months for the rest).
 * `urgentHelp` marks pages that discuss symptoms, complications or recovery: they must carry a
 * "Get help now" box.
 * @type {{ slug: string, label: string, reviewMonths: 12 | 24, urgentHelp?: true }[]}
 */
export const contentPages = [
  { slug: 'understanding/compression-fractures', label: 'Spinal compression fractures', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/what-is-kyphoplasty', label: 'What is kyphoplasty?', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/is-it-right-for-me', label: 'Is it right for me?', reviewMonths: 24, urgentHelp: true },
  { slug: 'understanding/evidence', label: 'What the evidence shows', reviewMonths: 12 },
  { slug: 'understanding/risks', label: 'Risks, with numbers', reviewMonths: 12, urgentHelp: true },
  { slug: 'understanding/alternatives', label: 'Other treatments', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/before', label: 'Before the procedure', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/step-by-step', label: 'The day, step by step', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/recovery', label: 'Recovery', reviewMonths: 24, urgentHelp: true },
  { slug: 'procedure/bone-health', label: 'Bone health after a fracture', reviewMonths: 24 },
  { slug: 'who-performs-it', label: 'Who performs it', reviewMonths: 12 },
  { slug: 'who-performs-it/interventional-radiologists', label: 'Interventional radiologists', reviewMonths: 12 },
  { slug: 'who-performs-it/neurosurgeons', label: 'Neurosurgeons', reviewMonths: 12 },
  { slug: 'who-performs-it/orthopedic-spine-surgeons', label: 'Orthopedic spine surgeons', reviewMonths: 12 },
  { slug: 'who-performs-it/training-and-certification', label: 'Training and certification', reviewMonths: 12 },
  { slug: 'care-team', label: 'Who is in the room', reviewMonths: 24 },
  { slug: 'care-team/where-it-happens', label: 'Where it happens', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path', label: 'Your path to treatment', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path/preparing-for-your-consultation', label: 'Preparing for your consultation', reviewMonths: 24, urgentHelp: true },
  { slug: 'your-path/insurance-and-costs', label: 'Insurance and costs', reviewMonths: 12 },
  { slug: 'choosing-a-provider', label: 'How to choose a provider', reviewMonths: 12 },
  { slug: 'choosing-a-provider/questions-to-ask', label: 'Questions to ask', reviewMonths: 12, urgentHelp: true },
  { slug: 'faq', label: 'Common questions', reviewMonths: 24, urgentHelp: true },
];
