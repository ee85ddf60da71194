// The letter as it will print: letterhead with logo, date, recipient, subject, salutation, body,
// closing. Drawn to scale (see letter-sheet.css) and redrawn on every keystroke.
import './letter-sheet.css';
import { closing, type LetterParts } from './letter-layout.ts';

const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

export function LetterSheet({ parts, pastOnePage }: { parts: LetterParts; pastOnePage: boolean }) {
  const head = parts.letterhead;
  return (
    <div className="letter-frame">
      <article className="letter-sheet" aria-label="Letter preview">
        <header className="letter-head">
          {head.logoUrl && <img src={head.logoUrl} alt="" />}
          <div>
            <div className="letter-head-name">{head.name || 'Your name'}</div>
            {head.practiceName && <div>{head.practiceName}</div>}
            {head.street && <div>{head.street}</div>}
            {head.contactLine && <div>{head.contactLine}</div>}
          </div>
        </header>
        <p className="letter-block">{parts.date}</p>
        <p className="letter-block">{parts.recipientLines.join('\n')}</p>
        <p className="letter-block letter-subject">Re: {parts.subject}</p>
        <p className="letter-block">{parts.salutation}</p>
        {paragraphs(parts.body).map((paragraph, index) => (
          <p key={index} className="letter-block">
            {paragraph}
          </p>
        ))}
        <p className="letter-block letter-closing">{closing}</p>
        <p className="letter-signature">
          <strong>{parts.signature.signedName}</strong>
          {parts.signature.practiceName && <small>{parts.signature.practiceName}</small>}
        </p>
        {pastOnePage && (
          <div className="letter-page-break" aria-hidden="true">
            <span>Page 1 ends about here</span>
          </div>
        )}
      </article>
    </div>
  );
}
