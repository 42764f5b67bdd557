/** Which pages must state a main message, and the message an editor sees when one is missing. */
import { describe, expect, it } from 'vitest';
import { missingMainMessage, needsMainMessage, slugOfDocFile } from '../../src/lib/main-message';
import { pageFields } from '../../src/lib/content-schemas';

describe('needsMainMessage', () => {
  it.each([
    ['src/content/docs/index.mdx', true],
    ['src/content/docs/procedure/recovery.mdx', true],
    ['src/content/docs/who-performs-it/index.mdx', true],
    ['src/content/docs/handouts/after-your-kyphoplasty.mdx', true],
    ['src/content/docs/about/privacy.mdx', false],
    ['src/content/docs/changelog.mdx', false],
  ])('%s: %s', (file, needed) => expect(needsMainMessage(`/work/site/${file}`)).toBe(needed));

  it('reads a folder index as the folder', () => expect(slugOfDocFile('src/content/docs/care-team/index.mdx')).toBe('care-team'));
});

describe('missingMainMessage', () => {
  it('names the file and says how to fix it', () => {
    expect(missingMainMessage({}, 'src/content/docs/procedure/recovery.mdx')).toMatch(/^src\/content\/docs\/procedure\/recovery\.mdx: mainMessage is required.*one plain sentence/);
  });
  it('is satisfied by a message, and by pages that need none', () => {
    expect(missingMainMessage({ mainMessage: 'Most spine breaks heal without a procedure.' }, 'src/content/docs/faq.mdx')).toBeNull();
    expect(missingMainMessage({}, 'src/content/docs/about/privacy.mdx')).toBeNull();
  });
});

describe('the mainMessage field', () => {
  const field = pageFields.shape.mainMessage;
  it('accepts one sentence', () => expect(field.safeParse('Most spine breaks heal without a procedure.').success).toBe(true));
  it.each([
    ['two sentences', 'Most spine breaks heal. Ask your doctor how much time you have.', /exactly one sentence/],
    ['no full stop', 'Most spine breaks heal without a procedure', /exactly one sentence/],
    ['too short', 'Breaks heal.', /at least 30 characters/],
    ['too long', `${'Most spine breaks heal without a procedure, '.repeat(4)}truly.`, /at most 170 characters/],
  ])('refuses %s', (_name, value, message) => {
    const result = field.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});
