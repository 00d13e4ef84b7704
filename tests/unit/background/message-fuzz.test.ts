/**
 * Message fuzzing (issue 8): thousands of random and mutated messages through the real router, wired to the real
 * knowledge-base handlers on a seeded database. Every one must get `{ok: false, error}`, reach no handler,
 * throw nothing, pollute no prototype and leave the database exactly as it was; afterwards the router still
 * serves valid messages. Deterministic: the seed is printed with any failure, and FUZZ_SEED=<seed> replays it.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/background/router';
import { envelope } from '../../../src/shared/envelope';
import {
  backgroundToContent,
  contentToBackground,
  popupToBackground,
  type ContractMap,
} from '../../../src/shared/messages';
import { createKbWorld, EXTENSION_ORIGIN, senders, untrustedPopupSenders } from '../support/kb-world';
import { backgroundSamples, contentSamples, popupSamples, SMALL_BACKUP } from '../support/message-samples';
import { createPrng, fuzzSeed, type Prng } from '../support/prng';
import {
  DEEP_ARRAY,
  DEEP_OBJECT,
  describeValue,
  formatPath,
  HUGE_STRING,
  PROTO_OBJECTS,
  SchemaFuzzer,
} from '../support/schema-fuzz';

const MESSAGES = 20_000;
const SEED = fuzzSeed(0x5eed_0008);

type Channel = 'content' | 'popup' | 'background';

interface Case {
  message: unknown;
  sender: Sender;
  label: string;
}

const contracts: Record<'content' | 'popup', { contract: ContractMap; samples: Record<string, unknown> }> = {
  content: { contract: contentToBackground, samples: contentSamples },
  popup: { contract: popupToBackground, samples: popupSamples },
};

const contentSenders: Record<string, Sender> = { page: senders.page, frame: senders.frame };
const popupSenders: Record<string, Sender> = { popup: senders.popup, library: senders.library };
const foreignSenders: Record<string, Sender> = {
  'another extension': { id: 'evil-extension', url: 'chrome-extension://evil-extension/x.html' },
  'another extension in a page': { id: 'evil-extension', url: 'https://news.example/a', tab: { id: 3 } },
  'no id': { url: 'https://news.example/a', tab: { id: 3 } },
  'empty sender': {},
};
const allSenders: Record<string, Sender> = { ...contentSenders, ...popupSenders, ...foreignSenders };

/** Messages of another shape than the envelope, envelopes of the wrong shape, and unknown types. */
function junkCase(rng: Prng): Case {
  const junk: unknown[] = [
    undefined,
    null,
    0,
    NaN,
    -Infinity,
    true,
    7n,
    '',
    'page/config',
    HUGE_STRING,
    [],
    [{ channel: 'popup', type: 'settings/set', payload: { paused: true } }],
    ['popup', 'settings/set', { paused: true }],
    {},
    DEEP_OBJECT,
    DEEP_ARRAY,
    ...PROTO_OBJECTS,
    JSON.parse('{"__proto__": {"channel": "popup", "type": "settings/set", "payload": {"paused": true}}}'),
    JSON.parse('{"constructor": {"prototype": {"channel": "popup", "type": "settings/get", "payload": {}}}}'),
  ];
  const senderName = rng.pick(Object.keys(allSenders));
  const message = rng.pick(junk);
  return {
    message,
    sender: allSenders[senderName]!,
    label: `junk ${describeValue(message)} from ${senderName}`,
  };
}

const UNKNOWN_TYPES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'ARTICLE/DELETE',
  'article/delete ',
  ' article/delete',
  'article/delete\u0000',
  'article//delete',
  'settings/set/',
  '',
  'x'.repeat(64),
  'page/rescan',
  'mention/open',
];

function envelopeCase(rng: Prng, fuzz: SchemaFuzzer): Case {
  const senderName = rng.pick(Object.keys(allSenders));
  const sender = allSenders[senderName]!;
  if (rng.chance(0.4)) {
    // A well-formed envelope naming a type no contract of that channel has.
    const channel = rng.pick<Channel>(['content', 'popup', 'background']);
    const type = rng.pick(UNKNOWN_TYPES);
    return {
      message: { channel, type, payload: {} },
      sender,
      label: `unknown type ${JSON.stringify(type.slice(0, 20))} on ${channel} from ${senderName}`,
    };
  }
  const sample = { channel: 'popup', type: 'settings/get', payload: {} };
  const mutated = fuzz.invalid(envelope, sample);
  return {
    message: mutated.value,
    sender,
    label: `envelope ${mutated.mutations.map((m) => `${formatPath(m.path) || '(root)'} ← ${m.what}`).join('; ')} from ${senderName}`,
  };
}

/** A known type with a payload its schema refuses, from any sender (mostly the channel's own). */
function payloadCase(rng: Prng, fuzz: SchemaFuzzer): Case {
  const channel = rng.pick<'content' | 'popup'>(['content', 'popup']);
  const { contract, samples } = contracts[channel];
  const type = rng.pick(Object.keys(contract));
  const mutated = fuzz.invalid(contract[type]!.request, samples[type]);
  const own = channel === 'content' ? contentSenders : popupSenders;
  const pool = rng.chance(0.8) ? own : allSenders;
  const senderName = rng.pick(Object.keys(pool));
  return {
    message: { channel, type, payload: mutated.value },
    sender: pool[senderName]!,
    label:
      `${channel} ${type} from ${senderName}: ` +
      mutated.mutations.map((m) => `${formatPath(m.path) || '(payload)'} ← ${m.what}`).join('; '),
  };
}

/** A valid payload from a sender or on a channel that may not send it. */
function senderCase(rng: Prng, fuzz: SchemaFuzzer): Case {
  const privileged = Object.keys(popupToBackground).filter((t) => !Object.hasOwn(contentToBackground, t));
  const contentOnly = Object.keys(contentToBackground).filter((t) => !Object.hasOwn(popupToBackground, t));
  const popupTypes = Object.keys(popupSamples) as (keyof typeof popupSamples)[];
  const contentTypes = Object.keys(contentSamples) as (keyof typeof contentSamples)[];
  const choice = rng.int(0, 4);
  if (choice === 0) {
    const type = rng.pick(popupTypes);
    const senderName = rng.pick(Object.keys(untrustedPopupSenders));
    return {
      message: { channel: 'popup', type, payload: popupSamples[type] },
      sender: untrustedPopupSenders[senderName]!,
      label: `popup ${type} from ${senderName}`,
    };
  }
  if (choice === 1) {
    const type = rng.pick(privileged) as keyof typeof popupSamples;
    const senderName = rng.pick(Object.keys(contentSenders));
    return {
      message: { channel: 'content', type, payload: popupSamples[type] },
      sender: contentSenders[senderName]!,
      label: `privileged ${type} on the content channel from ${senderName}`,
    };
  }
  if (choice === 2) {
    const type = rng.pick(contentOnly) as keyof typeof contentSamples;
    return {
      message: { channel: 'popup', type, payload: contentSamples[type] },
      sender: senders.popup,
      label: `content-only ${type} on the popup channel`,
    };
  }
  if (choice === 3) {
    const type = rng.pick(contentTypes);
    const sender = rng.pick<Sender>([
      senders.popup,
      senders.library,
      { id: senders.page.id, url: `${EXTENSION_ORIGIN}src/popup/library.html`, tab: { id: 9 } },
      { id: senders.page.id, url: 'file:///tmp/page.html', tab: { id: 9 } },
      { id: senders.page.id, url: 'https://news.example/no-tab' },
      ...Object.values(foreignSenders),
    ]);
    return {
      message: { channel: 'content', type, payload: contentSamples[type] },
      sender,
      label: `content ${type} from ${describeValue(sender.url)} tab ${String(sender.tab?.id)} id ${String(sender.id)}`,
    };
  }
  const type = rng.pick(Object.keys(backgroundSamples) as (keyof typeof backgroundSamples)[]);
  const senderName = rng.pick(Object.keys(allSenders));
  const payload = rng.chance(0.5)
    ? backgroundSamples[type]
    : fuzz.invalid(backgroundToContent[type].request, backgroundSamples[type]).value;
  return {
    message: { channel: 'background', type, payload },
    sender: allSenders[senderName]!,
    label: `background ${type} from ${senderName}`,
  };
}

/** What can be compared of a prototype: its own keys and the values of its data properties. */
function prototypeState(proto: object): Map<string | symbol, unknown> {
  return new Map(
    Reflect.ownKeys(proto).map((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      return [key, 'value' in descriptor ? descriptor.value : [descriptor.get, descriptor.set]];
    }),
  );
}

/** The longest error an answer may carry: errors describe, they do not echo megabytes back. */
const MAX_ERROR = 2_000;

function isRefusal(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const keys = Object.keys(reply).sort();
  const { ok, error } = reply as { ok?: unknown; error?: unknown };
  return (
    keys.join() === 'error,ok' &&
    ok === false &&
    typeof error === 'string' &&
    error.trim().length > 0 &&
    error.length <= MAX_ERROR
  );
}

describe('message fuzzing', () => {
  it('refuses an array for every request, even one whose fields are all optional', async () => {
    const world = await createKbWorld();
    const before = await world.dump();
    for (const [channel, { contract }] of Object.entries(contracts)) {
      const sender = channel === 'content' ? senders.page : senders.popup;
      for (const type of Object.keys(contract)) {
        for (const payload of [[], [{}], Object.assign([], { paused: true })]) {
          expect(await world.route({ channel, type, payload }, sender), `${channel} ${type}`).toEqual({
            ok: false,
            error: `invalid ${type}: the payload must be an object`,
          });
        }
      }
    }
    expect(world.calls).toEqual([]);
    expect(await world.dump()).toBe(before);
    await world.connection.close();
  });

  it('does not echo a megabyte back: errors stay short whatever was sent', async () => {
    const world = await createKbWorld();
    const replies = [
      await world.route(HUGE_STRING, senders.page),
      await world.route(
        { channel: 'content', type: 'mute/add', payload: { kind: 'company', value: HUGE_STRING } },
        senders.page,
      ),
      await world.route(
        { channel: 'popup', type: 'settings/set', payload: { mode: HUGE_STRING } },
        senders.popup,
      ),
      await world.route(
        { channel: 'popup', type: 'settings/get', payload: { [HUGE_STRING]: 1 } },
        senders.popup,
      ),
    ];
    for (const reply of replies) {
      expect(reply.ok).toBe(false);
      expect(isRefusal(reply), JSON.stringify(reply).slice(0, 200)).toBe(true);
    }
    await world.connection.close();
  });

  it(`answers ${MESSAGES.toLocaleString('en')} random and mutated messages with errors and changes nothing (seed ${SEED})`, async () => {
    const world = await createKbWorld();
    const before = await world.dump();
    const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
    const protoBefore = prototypes.map(prototypeState);

    // The samples are valid: each mutation is what makes a payload invalid.
    for (const [name, { contract, samples }] of Object.entries(contracts)) {
      for (const [type, entry] of Object.entries(contract)) {
        expect(v.safeParse(entry.request, samples[type]).success, `${name} ${type} sample`).toBe(true);
      }
    }

    const rng = createPrng(SEED);
    const fuzz = new SchemaFuzzer(rng, { jsonSafe: false, maxOverlong: 3_000 });
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    const refusals: Record<string, number> = {};
    const payloadChecked = new Set<string>();
    for (let i = 0; i < MESSAGES; i++) {
      const kind = rng.weighted<'junk' | 'envelope' | 'payload' | 'sender'>([
        [10, 'junk'],
        [15, 'envelope'],
        [60, 'payload'],
        [15, 'sender'],
      ]);
      counts[kind] = (counts[kind] ?? 0) + 1;
      const { message, sender, label } =
        kind === 'junk'
          ? junkCase(rng)
          : kind === 'envelope'
            ? envelopeCase(rng, fuzz)
            : kind === 'payload'
              ? payloadCase(rng, fuzz)
              : senderCase(rng, fuzz);
      try {
        const reply = await world.route(message, sender);
        if (isRefusal(reply)) {
          const error = (reply as { error: string }).error;
          const reason = /^invalid ([^:]+):/.exec(error)?.[1];
          if (reason) payloadChecked.add(`${(message as { channel: string }).channel} ${reason}`);
          const category = error.replace(
            /^(malformed message|invalid|unknown message type|refused)[: ].*$/s,
            '$1',
          );
          refusals[category] = (refusals[category] ?? 0) + 1;
        } else {
          failures.push(`#${i} ${label}: answered ${describeValue(JSON.stringify(reply))}`);
        }
      } catch (error) {
        failures.push(`#${i} ${label}: threw ${String(error)}`);
      }
      if (failures.length >= 25) break;
    }

    const context = `seed ${SEED} (replay: FUZZ_SEED=${SEED}); messages per kind ${JSON.stringify(counts)}`;
    expect(failures, context).toEqual([]);
    // Every refusal stage was reached, and every message type's schema refused mutated payloads.
    expect(Object.keys(refusals).sort(), context).toEqual([
      'invalid',
      'malformed message',
      'refused',
      'unknown message type',
    ]);
    const everyType = Object.entries(contracts).flatMap(([channel, { contract }]) =>
      Object.keys(contract).map((type) => `${channel} ${type}`),
    );
    expect(
      everyType.filter((t) => !payloadChecked.has(t)),
      `${context}: types never fuzzed`,
    ).toEqual([]);
    expect(world.calls, `${context}: refused messages reached handlers`).toEqual([]);
    expect(world.rescans, context).toEqual([]);
    expect(prototypes.map(prototypeState), `${context}: a prototype changed`).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted, context).toBeUndefined();
    expect(await world.dump(), `${context}: the database changed`).toBe(before);

    // The router keeps serving.
    expect(await world.route({ channel: 'popup', type: 'settings/get', payload: {} }, senders.popup)).toEqual(
      {
        ok: true,
        value: { mode: 'all', paused: false },
      },
    );
    expect(
      await world.route(
        { channel: 'content', type: 'page/config', payload: { url: 'https://a.example/' } },
        senders.page,
      ),
    ).toMatchObject({ ok: true, value: { enabled: true, mode: 'all' } });
    expect(
      await world.route(
        { channel: 'popup', type: 'backup/import', payload: { text: SMALL_BACKUP, dryRun: true } },
        senders.library,
      ),
    ).toMatchObject({ ok: true, value: { written: false, added: 1 } });
    expect(
      await world.route(
        { channel: 'content', type: 'article/save', payload: contentSamples['article/save'] },
        senders.page,
      ),
    ).toMatchObject({ ok: true, value: { created: true } });
    expect(await world.dump()).not.toBe(before);
    console.info(`message fuzz: ${context}; refusals ${JSON.stringify(refusals)}`);
    await world.connection.close();
  }, 60_000);
});
