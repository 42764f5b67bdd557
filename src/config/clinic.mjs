/**
 * Settings for a clinic that publishes its own copy of the guide.
 *
 * `clinicalReviewer`: the clinician at your clinic who has really read and checked the pages.
 * Leave it `null` until that has happened: the site then says "Not yet reviewed by a clinician",
 * which is true. When it is set, the "About this page" box and the page's search-engine data
 * (JSON-LD `reviewedBy`) name that person on the pages they reviewed, with the date.
 *
 * Shape (all fields except `pages` are required, and the build stops if one is missing):
 *   {
 *     name: 'Jane Doe',                       // as the person wants to be named
 *     credentials: 'MD',                      // letters after the name
 *     role: 'Interventional radiologist, Example Clinic',
 *     reviewedOn: '2027-03-01',               // the date they finished the review, YYYY-MM-DD
 *     pages: ['/procedure/recovery/'],        // optional: only these pages; leave out for every page
 *   }
 * A review date older than a page's own "last reviewed" date is not shown on that page: the
 * reviewer has not seen the current text.
 *
 * @type {{ clinicalReviewer: null | { name: string, credentials: string, role: string, reviewedOn: string, pages?: string[] } }}
 */
export const clinic = {
  clinicalReviewer: null,
};
