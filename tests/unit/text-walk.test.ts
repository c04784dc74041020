/**
 * The walk that finds a page's text (content/highlight/text-walk.ts), on trees made of plain
 * objects with the few DOM properties it reads, against a recursive walk that is plainly right.
 */
import { describe, expect, it } from 'vitest';
import { TextWalk } from '../../content/highlight/text-walk';

interface FakeNode {
  nodeType: number;
  name: string;
  parentNode: FakeNode | null;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  children: FakeNode[];
}

function node(nodeType: number, name: string, children: FakeNode[] = []): FakeNode {
  const made: FakeNode = { nodeType, name, parentNode: null, firstChild: null, nextSibling: null, children: [] };
  for (const child of children) append(made, child);
  return made;
}

function append(parent: FakeNode, child: FakeNode): void {
  const last = parent.children.at(-1);
  if (last) last.nextSibling = child;
  else parent.firstChild = child;
  child.parentNode = parent;
  parent.children.push(child);
}

const el = (name: string, ...children: FakeNode[]) => node(1, name, children);
const text = (name: string) => node(3, name);
const comment = (name: string) => node(8, name);

/** Pre-order, leaving out what `enter` refuses: what a TreeWalker with FILTER_REJECT gives. */
function reference(root: FakeNode, enter: (element: FakeNode) => boolean): string[] {
  const out: string[] = [];
  const visit = (n: FakeNode) => {
    for (const child of n.children) {
      if (child.nodeType === 3) out.push(child.name);
      else if (child.nodeType === 1 && enter(child)) visit(child);
    }
  };
  visit(root);
  return out;
}

function walked(root: FakeNode, enter: (element: FakeNode) => boolean): string[] {
  const walk = new TextWalk(root as unknown as Node, enter as unknown as (element: Element) => boolean);
  const out: string[] = [];
  for (let t = walk.next(); t; t = walk.next()) out.push((t as unknown as FakeNode).name);
  return out;
}

const skipScripts = (e: FakeNode) => e.name !== 'script' && e.name !== 'svg';

describe('TextWalk', () => {
  it('gives the text in document order, leaving out refused subtrees, comments and empty elements', () => {
    const root = el(
      'body',
      text('a'),
      el('p', text('b'), el('em', text('c')), comment('not text'), text('d')),
      el('script', text('code')),
      el('div', el('span'), el('svg', el('text', text('drawn'))), el('div', el('div', text('e')))),
      text('f'),
    );
    expect(walked(root, skipScripts)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(walked(root, skipScripts)).toEqual(reference(root, skipScripts));
  });

  it('asks about every element once, even one without children (a shadow host), and never the root', () => {
    const root = el('body', el('host'), el('h2', text('t')), el('script', el('inner')));
    const asked: string[] = [];
    walked(root, (e) => (asked.push(e.name), skipScripts(e)));
    expect(asked).toEqual(['host', 'h2', 'script']);
  });

  it('stays inside its root', () => {
    const root = el('section', text('in'));
    el('body', text('before'), root, text('after'));
    expect(walked(root, () => true)).toEqual(['in']);
  });

  it('goes on from its last text node once more is added (a page still loading)', () => {
    const root = el('body', el('p', text('a')));
    const walk = new TextWalk(root as unknown as Node, () => true);
    const names = () => {
      const out: string[] = [];
      for (let t = walk.next(); t; t = walk.next()) out.push((t as unknown as FakeNode).name);
      return out;
    };
    expect(names()).toEqual(['a']);
    append(root.children[0], text('b'));
    append(root, el('p', text('c')));
    expect(names()).toEqual(['b', 'c']);
    expect(names()).toEqual([]);
  });

  it('matches the recursive walk on 300 random trees', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let count = 0;
    const grow = (depth: number): FakeNode => {
      const r = random();
      if (depth > 5 || r < 0.35) return text(`t${count++}`);
      if (r < 0.4) return comment('c');
      const kids = Array.from({ length: Math.floor(random() * 4) }, () => grow(depth + 1));
      return el(random() < 0.2 ? 'script' : 'div', ...kids);
    };
    for (let i = 0; i < 300; i++) {
      const root = el('body', ...Array.from({ length: 1 + Math.floor(random() * 4) }, () => grow(0)));
      expect(walked(root, skipScripts)).toEqual(reference(root, skipScripts));
    }
  });
});
