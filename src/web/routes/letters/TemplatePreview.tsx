// A template filled in with my profile for a sample recipient of its profession, as it would print.
import { Alert } from '@mantine/core';
import type { LetterTemplateInput } from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import type { Profession } from '../../../contracts/taxonomy.ts';
import { messageOf } from '../../api/http.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { letterDate, letterheadOf, signatureOf } from './letter-layout.ts';
import { LetterPreviewPane } from './LetterPreviewPane.tsx';
import { useDraftPreview } from './use-draft-preview.ts';

type Props = {
  profession?: Profession;
  contactId?: string;
  offerId?: string | null;
  template: LetterTemplateInput | null;
  profile: Profile;
  label?: string;
};

export function TemplatePreview({ profession, contactId, offerId, template, profile, label }: Props) {
  const draft = useDraftPreview(contactId ? { contactId, ...(offerId ? { offerId } : {}) } : { profession }, template);
  if (draft.isError && !draft.data)
    return (
      <Alert color="red" variant="light" role="alert" title="The preview could not be made">
        {messageOf(draft.error)}
      </Alert>
    );
  if (!draft.data) return <PageLoader />;
  const parts = {
    letterhead: letterheadOf(profile),
    date: letterDate(null),
    // The server's address block, as the PDF prints it (organisation and address included).
    recipientLines: draft.data.recipientLines,
    subject: draft.data.subject,
    salutation: draft.data.salutation,
    body: draft.data.body,
    signature: signatureOf(profile),
  };
  return (
    <>
      {draft.isError && (
        <Alert color="red" variant="light" role="alert" mb="sm" title="This template cannot be filled in yet">
          {messageOf(draft.error)}
        </Alert>
      )}
      <LetterPreviewPane
        parts={parts}
        pages={draft.data.pages}
        label={label ?? 'Preview of the template with your profile'}
      />
    </>
  );
}
