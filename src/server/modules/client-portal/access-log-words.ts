// The access log in plain words for the client: who (you, your therapist by name, a professional
// you were referred to) did what to your record. The log stores short phrases and a few codes;
// this is where the codes become sentences a client understands.
export type PlainEntry = { at: string; who: string; what: string };
type Entry = {
  at: Date | string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  referralId: string | null;
};

const codes: Record<string, string> = {
  'referral.packet.read': 'read the part of your record shared with a referral',
  'viewed the record': 'opened your record',
  'changed the record': 'changed your record',
};

function what(action: string) {
  if (codes[action]) return codes[action];
  const packet = /^prepared a referral packet \((.*)\)$/.exec(action);
  if (packet) return `prepared what a referral shares about you (${packet[1]})`;
  return action.replace(/\bthe client\b/g, 'you').replace(/\btheir\b/g, 'your');
}

export function plainAccessLog(
  entries: Entry[],
  therapist: { userId: string; name: string },
  names: Map<string, string>,
): PlainEntry[] {
  return entries.map((entry) => {
    const who =
      entry.actorUserId === null && entry.actorLabel === 'the client'
        ? 'You'
        : entry.actorUserId === therapist.userId
          ? `Your therapist, ${therapist.name}`
          : entry.actorUserId
            ? `${names.get(entry.actorUserId) ?? entry.actorLabel}, a professional you were referred to`
            : `${entry.actorLabel.replace(/^external:/, '')}, through a private referral link`;
    const plain = what(entry.action);
    return { at: new Date(entry.at).toISOString(), who, what: plain };
  });
}
