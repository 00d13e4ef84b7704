/**
 * Forged senders (issue 8): every privileged message — each popup message a content script may not send — is
 * refused when it comes on the content channel from a content script, or on the popup channel from a web page,
 * from another extension or from no known page; it reaches no handler and changes nothing. The list is derived
 * from the contracts, so a new privileged message is covered as soon as it is declared (its sample in
 * message-samples.ts is required by the type checker).
 */
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/background/router';
import { contentToBackground, popupToBackground } from '../../../src/shared/messages';
import { createKbWorld, senders, untrustedPopupSenders } from '../support/kb-world';
import { popupSamples } from '../support/message-samples';

const privileged = Object.keys(popupToBackground).filter(
  (type) => !Object.hasOwn(contentToBackground, type),
) as (keyof typeof popupSamples)[];

/** Privileged messages whose sample, sent from our own page, changes the seeded database. */
const WRITES = [
  'article/annotate',
  'article/delete',
  'article/restore',
  'settings/set',
  'mute/remove',
  'correction/remove',
  'company/add',
  'company/remove',
  'alias/add',
  'alias/remove',
  'backup/import',
];

const contentSenders: Record<string, Sender> = {
  'the content script of a top frame': senders.page,
  'the content script of a sub-frame': senders.frame,
};

describe('forged senders', () => {
  it('derives the privileged messages from the contracts', () => {
    expect(privileged.length).toBeGreaterThan(0);
    expect(privileged).toEqual(
      expect.arrayContaining(['article/delete', 'backup/import', 'settings/set', 'correction/remove']),
    );
    expect(privileged).toEqual(expect.arrayContaining(WRITES));
    // Undoing an additive change is privileged; making it is not.
    expect(privileged).toEqual(expect.arrayContaining(['mute/remove', 'article/get', 'backup/export']));
    expect(privileged).not.toContain('mute/add');
  });

  it.each(privileged)('refuses %s from content scripts, web pages and other extensions', async (type) => {
    const world = await createKbWorld();
    const before = await world.dump();
    const payload = popupSamples[type];
    const attempts: [string, unknown, Sender][] = [
      ...Object.entries(contentSenders).map(([name, sender]): [string, unknown, Sender] => [
        `content channel, ${name}`,
        { channel: 'content', type, payload },
        sender,
      ]),
      ...Object.entries(untrustedPopupSenders).map(([name, sender]): [string, unknown, Sender] => [
        `popup channel, ${name}`,
        { channel: 'popup', type, payload },
        sender,
      ]),
      ['background channel, our popup', { channel: 'background', type, payload }, senders.popup],
    ];
    for (const [name, message, sender] of attempts) {
      const reply = await world.route(message, sender);
      expect(reply, name).toEqual({
        ok: false,
        error: expect.stringMatching(/^(refused: |unknown message type: )/),
      });
    }
    expect(world.calls).toEqual([]);
    expect(world.rescans).toEqual([]);
    expect(await world.dump()).toBe(before);

    // Control: the same message from our own page reaches its handler (and, for a write, changes the data),
    // so the refusals above are the sender's doing and the comparison would have seen a change.
    const reply = await world.route({ channel: 'popup', type, payload }, senders.popup);
    expect(world.calls).toEqual([`popup:${type}`]);
    if (WRITES.includes(type)) {
      expect(reply).toMatchObject({ ok: true });
      expect(await world.dump()).not.toBe(before);
    }
    await world.connection.close();
  });
});
