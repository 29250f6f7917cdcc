import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from './heading.js';

/**
 * The one show/hide section of every element (issues 15 and 17): a native `<details>`/`<summary>`, so
 * it opens and closes with a click, Enter or Space with no script of ours, its state is exposed by the
 * browser (no `aria-expanded` to keep in step), a closed panel's content is out of the tab order, a
 * static copy works with no script at all, and `name` gives one-at-a-time groups. It looks like GOV.UK
 * Frontend's accordion: a rule above and below, a bold title, a circled chevron at the start that points
 * down when closed and up when open. Parts, the same in every element (docs/conventions.md):
 * `disclosure` (the `<details>`), `toggle` (its `<summary>`), `panel` (its content), and
 * `disclosure-heading` where the title is a real heading.
 */
export interface DisclosureOptions {
  /** Id of the `<details>`. */
  id?: string;
  /** Open when rendered; an element that tracks the state passes it back in with `onToggle`. */
  open?: boolean;
  /** One-at-a-time group: opening one closes the others of the same name in this shadow root. */
  name?: string;
  /** Puts the title in a real heading inside the summary, `depth` below the element's `level`. */
  heading?: { level: number; depth: number };
  /** Content after the title inside the summary (a count, say); part of the summary's name. */
  after?: unknown;
  /** Called with the new state after the reader (or a `name` group) opens or closes it; not while printing. */
  onToggle?: (open: boolean) => void;
}

/** Shadow roots whose disclosures are opened for print: their toggles are not the reader's. */
const printing = new WeakMap<Node, { opened: HTMLDetailsElement[]; named: [HTMLDetailsElement, string][] }>();

/** One disclosure: `<details part="disclosure"><summary part="toggle">…</summary><div part="panel">…</div></details>`. */
export function disclosure(title: unknown, body: unknown, o: DisclosureOptions = {}): TemplateResult {
  const label = html`<span class="disclosure-title">${title}</span>${o.after ?? nothing}`;
  const onToggle = o.onToggle;
  return html`<details
    part="disclosure"
    class="disclosure"
    id=${ifDefined(o.id)}
    name=${ifDefined(o.name)}
    ?open=${o.open ?? false}
    @toggle=${
      onToggle
        ? (e: Event) => {
            const d = e.currentTarget as HTMLDetailsElement;
            if (!printing.has(d.getRootNode())) onToggle(d.open);
          }
        : nothing
    }
  >
    <summary part="toggle" class="toggle"
      ><span class="chevron" aria-hidden="true"></span>${
        o.heading
          ? heading(o.heading.level, o.heading.depth, label, {
              part: 'disclosure-heading',
              className: 'disclosure-heading',
            })
          : html`<span class="disclosure-heading">${label}</span>`
      }</summary
    >
    <div part="panel" class="panel">${body}</div>
  </details>`;
}

/**
 * Opens every closed disclosure in `root` for printing (a name group's `name` is lifted meanwhile, so
 * that all of it can be open), until `closeAfterPrint`. Idempotent.
 */
function openForPrint(root: ParentNode & Node): void {
  if (printing.has(root)) return;
  const all = [...root.querySelectorAll('details')];
  const named = all
    .filter((d) => d.hasAttribute('name'))
    .map((d): [HTMLDetailsElement, string] => [d, d.getAttribute('name')!]);
  for (const [d] of named) d.removeAttribute('name');
  const opened = all.filter((d) => !d.open);
  printing.set(root, { opened, named });
  for (const d of opened) d.open = true;
}

/** Puts back what `openForPrint` changed: what the reader had closed is closed again. */
function closeAfterPrint(root: ParentNode & Node): void {
  const was = printing.get(root);
  if (!was) return;
  for (const d of was.opened) d.open = false;
  for (const [d, name] of was.named) d.setAttribute('name', name);
  printing.delete(root);
}

/** Opens an element's disclosures on `beforeprint` and closes them again on `afterprint` (`addController` in the constructor). */
export class DisclosurePrint implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode & Node }) {
    host.addController(this);
  }

  readonly open = () => openForPrint(this.host.renderRoot);
  readonly close = () => closeAfterPrint(this.host.renderRoot);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.open);
    window.addEventListener('afterprint', this.close);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.open);
    window.removeEventListener('afterprint', this.close);
  }
}

/**
 * The disclosure's look, once for every element (after `baseStyles`). An element may set `--_line` (the
 * rules' colour, `--_color-border` by default) and style its parts; it does not restyle the pattern.
 */
export const disclosureStyles = css`
  .disclosure {
    border-block: 1px solid var(--_line, var(--_color-border));
  }
  .disclosure + .disclosure {
    border-block-start: 0;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-block-size: 2.75rem;
    padding-block: var(--_space-2);
    list-style: none;
    cursor: pointer;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  .disclosure-heading {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }
  .disclosure-title {
    flex: 1 1 12em;
  }
  .toggle:hover .disclosure-title {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  /* GOV.UK's accordion chevron: a circle with a chevron in it, down when closed, up when open. */
  .chevron {
    position: relative;
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 0.0625rem solid;
    border-radius: 50%;
    color: var(--_color-primary);
    transform: rotate(180deg);
    transition: transform 0.15s ease;
  }
  .chevron::after {
    content: '';
    position: absolute;
    bottom: 0.3125rem;
    left: 0.375rem;
    width: 0.375rem;
    height: 0.375rem;
    border-top: 0.125rem solid;
    border-right: 0.125rem solid;
    transform: rotate(-45deg);
  }
  .disclosure[open] > .toggle .chevron {
    transform: none;
  }
  .panel {
    padding-block-end: var(--_space-3);
  }
  .panel > :last-child {
    margin-block-end: 0;
  }
  @media print {
    .chevron {
      display: none;
    }
    .toggle {
      min-block-size: 0;
    }
    /* Printing from the browser's menu opens every disclosure (DisclosurePrint); without script, this. */
    .disclosure::details-content {
      content-visibility: visible;
      display: block;
    }
    .disclosure {
      break-inside: avoid;
    }
  }
`;
