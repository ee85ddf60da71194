// An intake answer in words, for reading back (the client page, the portal): no form code, so
// the read view loads without the inputs.
import { bodyRegions } from '../../../contracts/body-areas.ts';
import type { IntakeAnswer, IntakeQuestion, IntakeSimpleQuestion } from '../../api/intake.ts';

/** An answer in words, for reading back. */
export function answerWords(question: IntakeQuestion | IntakeSimpleQuestion, answer: IntakeAnswer | undefined): string {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return '—';
  if (question.type === 'yes-no') {
    if (typeof answer !== 'object' || Array.isArray(answer)) return '—';
    const follow =
      answer.followUp !== undefined && question.followUp ? answerWords(question.followUp, answer.followUp) : '';
    return answer.yes ? `Yes${follow && follow !== '—' ? ` — ${follow}` : ''}` : 'No';
  }
  if (typeof answer === 'object' && !Array.isArray(answer)) return '—';
  if (question.type === 'choice') {
    const ids = Array.isArray(answer) ? answer : [String(answer)];
    return ids.map((id) => question.options.find((option) => option.id === id)?.words ?? id).join(', ');
  }
  if (question.type === 'body-areas' && Array.isArray(answer)) {
    const words = new Map<string, string>(
      bodyRegions.flatMap((region) => region.areas.map((area) => [area.id, area.words])),
    );
    return answer.map((id) => words.get(id) ?? id).join(', ');
  }
  return String(answer);
}
