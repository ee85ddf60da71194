// A member's letter templates: the default for each recipient profession unless they rewrote it.
// A template is checked before it is stored or used, so a letter is never filled from a broken one.
import {
  letterPlaceholders,
  type LetterTemplate,
  type LetterTemplateInput,
  type LetterTemplateList,
} from '../../../contracts/letters.ts';
import { keysOf, professions, type Profession } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { lettersRepository } from './letters.repository.ts';
import { defaultTemplates, type TemplateText } from './templates/default-templates.ts';
import { placeholdersIn, templateProblem } from './templates/template-engine.ts';

const toTemplate = (profession: Profession, text: TemplateText, custom: boolean): LetterTemplate => ({
  profession,
  subject: text.subject,
  body: text.body,
  custom,
  placeholders: placeholdersIn(`${text.subject}\n${text.body}`),
});

/** Throws 400 naming `${prefix}subject` or `${prefix}body` when a template cannot be filled. */
export function checkTemplate(text: LetterTemplateInput, prefix = '') {
  for (const field of ['subject', 'body'] as const) {
    const problem = templateProblem(text[field]);
    if (problem) throw invalid(`${prefix}${field}`, problem);
  }
}

export function letterTemplatesService({ db }: Pick<AppContext, 'db'>) {
  const repo = lettersRepository(db);

  return {
    async list(actor: Actor): Promise<LetterTemplateList> {
      const custom = new Map((await repo.findTemplates(actor.userId)).map((row) => [row.profession, row]));
      return {
        templates: keysOf(professions).map((profession) => {
          const own = custom.get(profession);
          return toTemplate(profession, own ?? defaultTemplates[profession], own !== undefined);
        }),
        placeholders: Object.entries(letterPlaceholders).map(([key, description]) => ({ key, description })),
      };
    },

    async save(actor: Actor, profession: Profession, text: LetterTemplateInput) {
      checkTemplate(text);
      await repo.upsertTemplate(actor.userId, profession, text);
      return toTemplate(profession, text, true);
    },

    async restoreDefault(actor: Actor, profession: Profession) {
      await repo.deleteTemplate(actor.userId, profession);
      return toTemplate(profession, defaultTemplates[profession], false);
    },

    /** The template a new letter to this profession starts from. */
    async textFor(ownerUserId: string, profession: Profession): Promise<TemplateText> {
      return (await repo.findTemplate(ownerUserId, profession)) ?? defaultTemplates[profession];
    },
  };
}
export type LetterTemplatesService = ReturnType<typeof letterTemplatesService>;
