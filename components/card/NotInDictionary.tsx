/** The card for a selection the dictionary does not know, with a way to add it as your own term. */
export function NotInDictionary({ text, onAdd, onClose }: { text: string; onAdd: () => void; onClose?: () => void }) {
  return (
    <article class="card" aria-label={`${text}: not in the dictionary`}>
      <header>
        <h2 class="term">{text}</h2>
        {onClose && (
          <button type="button" class="close" onClick={onClose} aria-label="Close">
            ×
          </button>
        )}
      </header>
      <p class="explanation">“{text}” is not in the dictionary.</p>
      <button type="button" class="link" onClick={onAdd}>
        Add it as your own term
      </button>
      <footer>
        <span class="advice">Not medical advice.</span>
      </footer>
    </article>
  );
}
