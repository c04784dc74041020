/**
 * The welcome page's live paragraph: its terms open the real card (content scripts do not run on
 * extension pages, so the card is wired here: hover, focus or click opens it, Escape or a click
 * elsewhere closes it).
 */
import { useEffect, useRef } from 'preact/hooks';
import { HoverCard } from '@/content/card/hover-card';
import { senseContextAt } from '@/content/highlight/page-context';
import { sendMessage } from '@/messages';

export function LiveParagraph() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const marks = [...(ref.current?.querySelectorAll<HTMLElement>('mark') ?? [])];
    const card = new HoverCard(document, {
      isHighlight: (mark) => marks.includes(mark),
      openRoot: () => true, // read only by the e2e build, as on pages there
      loadEntries: (ids) => sendMessage('getEntries', ids),
      senseContext: (mark) => senseContextAt(mark, mark.textContent ?? ''),
      addOwnTerm: () => undefined,
    });
    const open = (event: Event) =>
      void card.open(event.currentTarget as HTMLElement, { pinned: event.type === 'click' });
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && card.close({ returnFocus: true });
    const onDown = (event: PointerEvent) => {
      if (!card.contains(event.target as Node) && !marks.includes(event.target as HTMLElement)) card.close();
    };
    for (const mark of marks) for (const type of ['pointerenter', 'focus', 'click']) mark.addEventListener(type, open);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
      card.close();
    };
  }, []);
  const term = (id: string, text: string) => (
    <mark data-medgloss-term={id} data-medgloss-kind="entry" tabIndex={0}>
      {text}
    </mark>
  );
  return (
    <p class="live" ref={ref}>
      Try it here: rest the pointer on an underlined word. At two, Mia was found to have {term('oms', 'OMS')}. Her
      doctors looked for a {term('neuroblastoma', 'neuroblastoma')} and treated her with{' '}
      {term('adrenocorticotropic-hormone', 'ACTH')}.
    </p>
  );
}
