/**
 * Words patients use for what a page covers, when the page itself says it differently
 * ("appointment" for a page that says "consultation", "safe" for the risks page). They are
 * indexed, hidden, on that page (src/plugins/patient-search/SearchAliases.astro), together with the
 * glossary aliases of every term the page uses, so a plain-words search reaches it.
 *
 * Kept here, next to the search test's query set (test/fixtures/search-queries.json), rather than
 * in each page: whoever tunes search edits one file and never touches the medical text.
 * Rules: short phrases a patient would type; only topics the page really covers; no medical
 * claims. A unit test checks every key is a permanent page address.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const searchTerms = {
  '/understanding/compression-fractures/': ['broken back', 'spine fracture', 'back pain after a fall', 'symptoms of a fracture'],
  '/understanding/what-is-kyphoplasty/': ['what is kyphoplasty', 'balloon procedure', 'cement in the spine', 'how it is done'],
  '/understanding/is-it-right-for-me/': ['candidate', 'who can have it', 'should I have it', 'reasons not to have it', 'cancer', 'fracture from cancer', 'too old', 'deciding for a parent', 'deciding for my mother or father', 'mom', 'dad'],
  '/understanding/evidence/': ['does it work', 'how well it works', 'success rate', 'research', 'studies', 'proof', 'fake surgery', 'is it worth it', 'does it help', 'will it help', 'really help'],
  '/understanding/risks/': ['safe', 'safety', 'dangers', 'side effects', 'complications', 'new fracture', 'another fracture', 'what can go wrong', 'goes wrong', 'paralysis', 'paralyzed', 'scared', 'afraid'],
  '/understanding/alternatives/': ['without surgery', 'no surgery', 'not having surgery', 'non-surgical treatment', 'options', 'do nothing', 'doing nothing'],
  '/procedure/before/': ['preparing', 'getting ready', 'before surgery', 'fasting', 'blood thinners'],
  '/procedure/step-by-step/': ['on the day', 'how long it takes', 'awake or asleep', 'what they do'],
  '/procedure/recovery/': ['recovery time', 'recover', 'going home', 'driving', 'lifting', 'warning signs', 'aftercare'],
  '/procedure/bone-health/': ['osteoporosis treatment', 'osteoporosis medicine', 'bone medicine', 'prevent another fracture'],
  '/who-performs-it/': ['which doctor', 'what kind of doctor', 'specialist', 'who does kyphoplasty', 'who should do it', 'referred to a pain clinic'],
  '/who-performs-it/interventional-radiologists/': ['radiologist'],
  '/who-performs-it/neurosurgeons/': ['brain and spine surgeon'],
  '/who-performs-it/orthopedic-spine-surgeons/': ['bone surgeon'],
  '/who-performs-it/training-and-certification/': ['board certified', 'qualifications', 'credentials', 'training', 'license'],
  '/care-team/': ['team', 'nurses', 'who is in the room', 'operating room team', 'staff'],
  '/care-team/where-it-happens/': ['hospital or outpatient', 'outpatient center', 'overnight stay', 'equipment', 'operating room'],
  '/your-path/': ['referral', 'next steps', 'steps to treatment', 'timeline', 'family doctor', 'who sends you to a specialist'],
  '/your-path/preparing-for-your-consultation/': ['appointment', 'what to bring', 'first visit', 'doctor visit'],
  '/your-path/insurance-and-costs/': ['cost', 'price', 'how much', 'insurance', 'coverage', 'bill', 'pay', 'afford', 'can I afford it', 'out of pocket', 'Medicare says no', 'denied', 'WISeR'],
  '/choosing-a-provider/': ['choose a doctor', 'find a doctor', 'best doctor', 'who should do it', 'second opinion'],
  '/choosing-a-provider/check-a-doctor/': ['check a doctor', 'look up a doctor', 'is my doctor board certified', 'verify board certification', 'how many a doctor has done', 'number of procedures', 'Medicare data', 'hospital rating', 'overuse', 'Lown'],
  '/choosing-a-provider/questions-to-ask/': ['questions for my doctor', 'what to ask', 'list of questions'],
  '/faq/': ['frequently asked questions', 'FAQ'],
  '/handouts/questions-to-ask/': ['handout', 'printable question list'],
  '/handouts/after-your-kyphoplasty/': ['handout', 'discharge sheet', 'going home'],
  '/handouts/your-path/': ['handout', 'one-page summary'],
  '/for-clinics/': ['clinic', 'print', 'handouts', 'QR code', 'short link', 'poster', 'host a copy'],
  '/changelog/': ['changelog', 'updates', 'what is new'],
};
