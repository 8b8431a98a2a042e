import { Fragment } from 'react';
import type { Segment } from '../data/round-outcomes';

export type RoleStyles = Record<NonNullable<Segment['role']>, string>;

/**
 * A round's outcome sentences (round-outcomes.ts), each part styled by its role: the lead on screen and the printed
 * document say the same words, each in its own look.
 */
export function OutcomeSentences({ sentences, styles }: { sentences: Segment[][]; styles: RoleStyles }) {
  return sentences.map((sentence, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      {sentence.map((part, j) =>
        part.role ? (
          <span key={j} className={styles[part.role]}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </Fragment>
  ));
}
