import { LANGUAGE_TAGS, textDirection } from '@/lib/locales';
import type { CardData, CardIssuer } from '@/server/invitation-card';

/**
 * A printable A6 card that says who asks: the municipality's logo and name, what it asks and
 * why in the invitation's language and Danish, how and until when to answer, whom to contact,
 * and the QR code with the code to type.
 */
export function InvitationCard({ card, issuer, qrLabel }: { card: CardData; issuer: CardIssuer; qrLabel: string }) {
  return (
    <div className="invitation-card" data-testid="invitation-card">
      <div className="invitation-card-issuer">
        {issuer.logo && (
          // The name follows as text, so the logo adds nothing for a screen reader.
          // eslint-disable-next-line @next/next/no-img-element -- our own small route, sized by CSS
          <img className="invitation-card-logo" src={issuer.logo} alt="" />
        )}
        <p>
          <strong>{issuer.name}</strong>
          <br />
          {issuer.unit}
        </p>
      </div>
      {card.faces.map((face) => (
        <div
          className="invitation-card-face"
          lang={LANGUAGE_TAGS[face.language]}
          dir={textDirection(face.language)}
          key={face.language}
        >
          <p className="invitation-card-title">{face.title}</p>
          <p>{face.why}</p>
          <p>{face.how}</p>
          <p>{face.expires}</p>
          {face.contact && <p>{face.contact}</p>}
        </div>
      ))}
      <div className="invitation-card-code">
        <div className="qr-code" role="img" aria-label={qrLabel} dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
        <p className="code-display invitation-card-big">{card.code}</p>
      </div>
    </div>
  );
}
