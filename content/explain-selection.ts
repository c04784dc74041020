/**
 * "Explain" on a selection, in the frame where the reader asked for it: the context menu's text
 * comes to that frame only, and the keyboard shortcut (no text) to every frame, where only the
 * frame that holds the focus answers. A frame never shows another frame's selection.
 */
import type { HoverCard } from './card/hover-card';
import { MAX_TEXT, isExplainRequest, onMessage, sendMessage } from '../messages';

/** Does the reader's focus sit in this frame itself (not in a frame inside it)? */
function focusIsHere(doc: Document): boolean {
  const active = doc.activeElement;
  return doc.hasFocus() && !(active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement);
}

/** Answers the background's "explain the selection"; returns the function that stops answering. */
export function answerExplainSelection(doc: Document, card: HoverCard): () => void {
  return onMessage('explainSelection', async ({ data }) => {
    if (!isExplainRequest(data) || (data.focusedOnly && !focusIsHere(doc))) return false;
    const selection = doc.getSelection();
    const chosen = (data.text ?? selection?.toString() ?? '').trim().slice(0, MAX_TEXT);
    if (!selection?.rangeCount || !chosen || !selection.toString().trim()) return false;
    const range = selection.getRangeAt(0).cloneRange();
    await card.openAtSelection(range, chosen, await sendMessage('lookupText', chosen));
    return true;
  });
}
