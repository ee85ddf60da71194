// A mail merge, run from the browser: for each chosen contact, create the letter (from their
// profession's template or the one edited for this merge) and, when they have an email address,
// send it — a few at a time, so the server is not flooded and the progress bar moves steadily.
import type { Contact } from '../../../../contracts/contacts.ts';
import type { LetterTemplateInput } from '../../../../contracts/letters.ts';
import { messageOf } from '../../../api/http.ts';
import { createLetter, sendLetter } from '../../../api/letters.ts';

export type MergeOutcome = 'sent' | 'logged' | 'queued' | 'failed' | 'printable' | 'error';
export type MergeResult = {
  contactId: string;
  name: string;
  outcome: MergeOutcome;
  letterId: string | null;
  detail: string | null;
};
export type MergeOptions = {
  template: LetterTemplateInput | null;
  offerId: string | null;
  concurrency?: number;
  signal?: AbortSignal;
};

async function mergeOne(contact: Contact, options: MergeOptions): Promise<MergeResult> {
  const base = { contactId: contact.id, name: contact.name };
  let letterId: string | null = null;
  try {
    // Only an emailed letter carries a certificate, so only its text offers one.
    const offer = contact.email && options.offerId ? { offerId: options.offerId } : {};
    const letter = await createLetter({
      contactId: contact.id,
      ...(options.template ? { template: options.template } : {}),
      ...offer,
    });
    letterId = letter.id;
    if (!contact.email) return { ...base, outcome: 'printable', letterId, detail: 'No email address — print instead' };
    const sent = await sendLetter(letter.id, options.offerId ? { offerId: options.offerId } : {});
    const outcome: MergeOutcome =
      sent.status === 'sent' || sent.status === 'logged' || sent.status === 'failed' ? sent.status : 'queued';
    return { ...base, outcome, letterId, detail: sent.status === 'failed' ? sent.lastError : sent.sentTo };
  } catch (error) {
    return { ...base, outcome: 'error', letterId, detail: messageOf(error) };
  }
}

/** Runs the merge; `onResult` hears about each contact as soon as it is done. Stops starting new ones when aborted. */
export async function runMerge(
  contacts: Contact[],
  options: MergeOptions,
  onResult: (result: MergeResult) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < contacts.length && !options.signal?.aborted) {
      const contact = contacts[next++]!;
      onResult(await mergeOne(contact, options));
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 3, contacts.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
