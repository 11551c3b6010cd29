/**
 * The page's only way to build DOM. Report data is hostile (model output, PR text): it enters
 * the page as text nodes and as values of the attributes listed here, never as markup, and no
 * attribute that loads, links or runs anything can be set.
 */

export type Child = Node | string | number | null | undefined | false;

type Attribute = 'class' | 'id' | 'role' | 'title' | 'tabindex' | 'type' | 'placeholder' | 'value' | 'for' | 'colspan' | 'scope' | 'hidden' | 'open' | 'disabled' | `aria-${string}` | `data-${string}`;

/** `<tag attrs…>children…</tag>`; strings and numbers become text nodes, falsy children are skipped. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Partial<Record<Attribute, string | number | boolean>> | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children as {@link el} does. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A titled section of the report with an anchor. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);
}

/** A small coloured label, e.g. a test's change or a checklist status. */
export function badge(kind: string, text: string = kind): HTMLElement {
  return el('span', { class: `badge badge-${kind.replace(/[^a-z0-9-]/gi, '')}` }, text);
}
