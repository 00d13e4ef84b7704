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

/** A short, human-readable description of why a value failed a schema ("frameMentions.0.kind: Invalid type"). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
