/** A word read from its parts: each part as the word writes it, the part, and what it means. */
import type { CompiledEntry } from '../../dictionary/compile';

export function WordPartsList({ parts }: { parts: NonNullable<CompiledEntry['parts']> }) {
  return (
    <ul class="word-parts" aria-label="Word parts">
      {parts.map(({ text, part, meaning }) => (
        <li key={text}>
          <span class="part">{text}</span> <span class="part-name">({part})</span>: {meaning}
        </li>
      ))}
    </ul>
  );
}
