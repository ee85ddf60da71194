// The file waiting to go with the next message: checked here for type and size (the server reads
// the bytes and decides), uploaded at once, then referenced by the message that sends it.
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { uploadAttachment, type UploadedAttachment } from '../../api/messages.ts';

const maxBytes = 2 * 1024 * 1024;
const allowed = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];

export function useAttachmentUpload(conversationId: string, report: (problem: string | null) => void) {
  const [attachment, setAttachment] = useState<UploadedAttachment | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = (file: File | null) => {
    if (!file) return;
    if (file.size > maxBytes)
      return report(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; attachments may be at most 2 MB.`);
    if (file.type && !allowed.includes(file.type))
      return report(`${file.name} is not a PDF or an image (PNG, JPEG or WebP).`);
    report(null);
    setBusy(true);
    uploadAttachment(conversationId, file)
      .then(setAttachment)
      .catch((error: unknown) => report(`${file.name} could not be attached: ${messageOf(error)}`))
      .finally(() => setBusy(false));
  };

  return { attachment, busy, pick, clear: () => setAttachment(null) };
}
