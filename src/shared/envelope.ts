import * as v from 'valibot';

/** Which contract a message belongs to; the receiver checks the sender against it. */
export type Channel = 'content' | 'popup' | 'background';

/** The wire shape of every message. `payload` is validated against the contract entry named by `type`. */
export const envelope = v.strictObject({
  channel: v.picklist(['content', 'popup', 'background']),
  type: v.pipe(v.string(), v.maxLength(64)),
  payload: v.unknown(),
});
export type Envelope = v.InferOutput<typeof envelope>;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A short, human-readable description of why a value failed a schema ("frameMentions.0.kind: Invalid type").
 * Short whatever the input: valibot's messages quote the value received, and keys come from the sender.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => clip(String(p.key), 64)).join('.') ?? '';
      const message = clip(issue.message, 200);
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}
