/** The clinical reviewer shown in the trust footer and the JSON-LD: only ever one really recorded. */
import { describe, expect, it } from 'vitest';
import { clinic } from '../../src/config/clinic.mjs';
import { NOT_REVIEWED, clinicalReviewText, parseClinicConfig, reviewerFor } from '../../src/lib/clinical-review';
import { pageStructuredData } from '../../src/lib/structured-data';

const page = { lastReviewed: new Date('2026-11-26') };
const reviewer = { name: 'Jane Doe', credentials: 'MD', role: 'Interventional radiologist, Example Clinic', reviewedOn: '2027-03-01' };
const configured = parseClinicConfig({ clinicalReviewer: reviewer });
const empty = parseClinicConfig({ clinicalReviewer: null });

describe('the shipped configuration', () => {
  it('records no clinical reviewer, because none has reviewed the guide', () => {
    expect(parseClinicConfig(clinic).clinicalReviewer).toBeNull();
  });
});

describe('an empty clinic configuration', () => {
  it('claims no reviewer, in the trust footer or in the JSON-LD', () => {
    const none = reviewerFor('/procedure/recovery/', page, empty);
    expect(none).toBeNull();
    expect(clinicalReviewText(none)).toBe(NOT_REVIEWED);
    const jsonLd = pageStructuredData({ site: 'https://x.org', path: '/procedure/recovery/', title: 'Recovery', description: 'd', lastReviewed: page.lastReviewed, changes: [], sources: [], reviewer: none });
    expect(JSON.stringify(jsonLd)).not.toContain('reviewedBy');
  });
});

describe('a configured clinic reviewer', () => {
  it('appears on every page, in the footer text and the JSON-LD', () => {
    const shown = reviewerFor('/procedure/recovery/', page, configured);
    expect(shown).toMatchObject({ name: 'Jane Doe', credentials: 'MD' });
    expect(clinicalReviewText(shown)).toBe('Jane Doe, MD (Interventional radiologist, Example Clinic), March 1, 2027');
    const jsonLd = pageStructuredData({ site: 'https://x.org', path: '/procedure/recovery/', title: 'Recovery', description: 'd', lastReviewed: page.lastReviewed, changes: [], sources: [], reviewer: shown });
    expect(jsonLd['@graph'][0]).toMatchObject({ reviewedBy: { '@type': 'Person', name: 'Jane Doe', honorificSuffix: 'MD' } });
  });

  it('covers only the pages it lists, when it lists pages', () => {
    const some = parseClinicConfig({ clinicalReviewer: { ...reviewer, pages: ['/procedure/recovery/'] } });
    expect(reviewerFor('/procedure/recovery/', page, some)).not.toBeNull();
    expect(reviewerFor('/understanding/risks/', page, some)).toBeNull();
  });

  it('drops off a page that changed after the review', () => {
    expect(reviewerFor('/procedure/recovery/', { lastReviewed: new Date('2027-06-01') }, configured)).toBeNull();
  });

  it('gives way to a reviewer recorded in the page itself', () => {
    const own = { name: 'Sam Roe', credentials: 'DO', role: 'Neurosurgeon', reviewedOn: new Date('2027-01-01') };
    expect(reviewerFor('/procedure/recovery/', { ...page, clinicalReviewer: own }, configured)).toBe(own);
  });
});

describe('a malformed clinic configuration', () => {
  it('stops the build, naming the file and the field', () => {
    expect(() => parseClinicConfig({ clinicalReviewer: { ...reviewer, credentials: '' } })).toThrow(/src\/config\/clinic\.mjs: clinicalReviewer\.credentials/);
    expect(() => parseClinicConfig({ clinicalReviewer: { ...reviewer, reviewedOn: 'soon' } })).toThrow(/clinicalReviewer\.reviewedOn/);
    expect(() => parseClinicConfig({ clinicalReviewer: { ...reviewer, pages: ['procedure/recovery'] } })).toThrow(/site path/);
  });
});
