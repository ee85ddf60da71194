// The research project's public page: what it is, who leads it, and a sign-up form (name, email,
// a note) that works without JavaScript. Errors name the field next to it; nothing is echoed back
// unescaped.
import type { MemberCard } from '../../../../contracts/member-card.ts';
import { html } from '../../../lib/html.ts';
import { clip, layout, paragraphs } from '../../../http/page-layout.ts';

export type SignupForm = { values: Record<string, string>; errors: { field: string; message: string }[] };
type Page = { slug: string; title: string; description: string; recruiting: boolean; lead: MemberCard | null };

const labels: Record<string, string> = {
  name: 'Your name',
  email: 'Your email',
  note: 'Anything the researchers should know',
};
const head = html`<style>.signup{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem}.signup input,.signup textarea{width:100%;min-height:44px;font:inherit;padding:.35rem .5rem;border:1px solid #6b7785;border-radius:.5rem}.signup label{font-weight:600}.field-error{color:var(--bad);font-weight:600;margin:.2rem 0}</style>`;

function field(form: SignupForm, name: string, input: (id: string, described: string | null) => unknown) {
  const error = form.errors.find((each) => each.field === name);
  const errorId = error ? `${name}-error` : null;
  return html`<p><label for="${name}">${labels[name]}</label><br>${input(name, errorId)}${
    error ? html`<span class="field-error" id="${errorId}">${labels[name]} ${error.message}</span>` : ''
  }</p>`;
}

const described = (id: string | null) => (id ? html` aria-describedby="${id}" aria-invalid="true"` : '');

export function researchPage(publicUrl: string, page: Page, form: SignupForm, state: 'open' | 'thanks' | 'limited') {
  const values = form.values;
  const signup =
    state === 'thanks'
      ? html`<p class="notice" role="status">Thank you for signing up. The research lead will contact you.</p>`
      : state === 'limited'
        ? html`<p class="error" role="alert">Too many sign-ups from this address; try again later.</p>`
        : !page.recruiting
          ? html`<p>This project is not recruiting at the moment.</p>`
          : html`<form method="post" action="/research/${page.slug}" class="signup" novalidate>
${form.errors.length ? html`<p class="error" role="alert">Please correct the fields below.</p>` : ''}
${field(form, 'name', (id, err) => html`<input id="${id}" name="name" autocomplete="name" required value="${values.name ?? ''}"${described(err)}>`)}
${field(form, 'email', (id, err) => html`<input id="${id}" name="email" type="email" autocomplete="email" required value="${values.email ?? ''}"${described(err)}>`)}
${field(form, 'note', (id, err) => html`<textarea id="${id}" name="note" rows="3"${described(err)}>${values.note ?? ''}</textarea>`)}
<p class="muted">Only the project's lead sees your name and email.</p>
<p><button type="submit">Sign up</button></p>
</form>`;
  return layout(
    {
      title: `${page.title} | Research on Kneadwork`,
      description: clip(page.description, 160),
      canonical: `${publicUrl}/research/${page.slug}`,
      head,
    },
    html`<article><h1>${page.title}</h1>
${page.lead ? html`<p class="muted">Led by <a href="/p/${page.lead.slug}">${page.lead.displayName}</a></p>` : ''}
${paragraphs(page.description)}
<h2>Take part</h2>
${signup}
</article>`,
  );
}

export const researchGonePage = (publicUrl: string) =>
  layout(
    {
      title: 'Project not found | Kneadwork',
      description: 'No such research project.',
      canonical: `${publicUrl}/`,
      noindex: true,
    },
    html`<h1>Research project not found</h1><p>This project does not exist or is no longer shown.</p>`,
  );
