// How a conversation and its messages read in the inbox and the thread: names, previews, times.
// Times beside a message are components/dates.ts's; the inbox's short form (the time today, the
// day otherwise) is its own, as dates.ts has no time-of-day form.
import type { ApiError } from '../../api/http.ts';
import type { Conversation, Message } from '../../api/messages.ts';
import { formatMoment } from '../../components/dates.ts';

/** A group's title, else the other members' names ("Owen Park, Ana Ruiz"). */
export function conversationName(conversation: Conversation): string {
  if (conversation.title) return conversation.title;
  const names = conversation.members.map((member) => member.displayName);
  return names.length > 0 ? names.join(', ') : 'Just you';
}

/** One line for the inbox: the start of what was said, and who said it where that is not obvious. */
export function previewOf(message: Message | null, group: boolean): string {
  if (!message) return 'No messages yet';
  const who = message.mine ? 'You: ' : group ? `${message.sender?.displayName ?? 'A former member'}: ` : '';
  const text = message.body.replace(/\s+/g, ' ').trim();
  const attached = message.attachment ? ` 📎 ${message.attachment.fileName}` : '';
  return `${who}${text.length > 120 ? `${text.slice(0, 119)}…` : text}${attached}`;
}

const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const yearFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** Today: "3:05 PM"; this year: "Nov 3"; before: "Nov 3, 2025". */
export function shortMoment(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.toDateString() === now.toDateString()) return timeFormat.format(date);
  return date.getFullYear() === now.getFullYear() ? dayFormat.format(date) : yearFormat.format(date);
}

/** "Nov 3, 2026, 3:05 PM": beside each message. */
export const fullMoment = formatMoment;

/** What to tell a person when sending failed: the new-account limit gets its own explanation. */
export function sendProblem(error: ApiError | Error): string {
  if ('status' in error && error.status === 429)
    return `New accounts can send a limited number of messages a day, to keep spam out. You have reached today's limit; your message is kept below, try again later. (${error.message})`;
  if ('status' in error && error.status === 404) return 'This conversation is no longer open to new messages from you.';
  return error.message;
}
