import type { ReactElement } from 'react';

/** A part of a legal text: a paragraph (a string), a bulleted list (strings) or an element with its own key. */
export type LegalBlock = string | readonly string[] | ReactElement;

/** One part of a legal text under its own h2, so that the page can be scanned by its headings. */
function LegalSection({ heading, blocks }: { heading: string; blocks: readonly LegalBlock[] }) {
  return (
    <section>
      <h2>{heading}</h2>
      {blocks.map((block, index) =>
        typeof block === 'string' ? (
          <p key={index}>{block}</p>
        ) : Array.isArray(block) ? (
          <ul key={index}>
            {block.map((item: string) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          block
        ),
      )}
    </section>
  );
}

/** A legal text's parts, in order, each under its heading. */
export function LegalSections({
  sections,
}: {
  sections: readonly { heading: string; blocks: readonly LegalBlock[] }[];
}) {
  return sections.map((section) => <LegalSection key={section.heading} {...section} />);
}
