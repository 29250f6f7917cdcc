// Shared by the "look" suites (test/look.test.ts, test/look-dark.test.ts): the council host page
// (test/fixtures/host-look.html) with every element in its main states, and one axe-core run (WCAG 2.2
// AA rules) over all of them, its violations counted per element.
import { type Host, isChromium, isFirefox, loadHost, settle, shadow } from '../dist/host.js';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const TAGS = [
  'safety-quick-exit',
  'safety-helpline-directory',
  'safety-four-explainer',
  'safety-checklist',
  'safety-clares-law',
  'safety-online-safety',
] as const;
export const engine = isChromium ? 'chromium' : isFirefox ? 'firefox' : 'webkit';

interface AxeResult {
  violations: { id: string; nodes: { target: string[][] | string[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe: { run(context: Element[], options: object): Promise<AxeResult> } };
export type Upgradable = HTMLElement & { updateComplete: Promise<unknown> };

export async function ready(host: Host): Promise<Upgradable[]> {
  for (const tag of TAGS) await host.win.customElements.whenDefined(tag);
  const els = [...host.doc.querySelectorAll<Upgradable>(TAGS.join(','))];
  for (const el of els) await el.updateComplete;
  return els;
}

/** Puts every element into the state its data-* attributes name: every section open, a few boxes ticked. */
async function prepare(host: Host, els: Upgradable[]) {
  for (const el of els) {
    const root = shadow(el);
    if (el.hasAttribute('data-open')) {
      for (let round = 0; round < 4; round += 1) {
        for (const d of root.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
        const closed = [...root.querySelectorAll<HTMLElement>('[aria-expanded="false"]')];
        if (!closed.length) break;
        for (const b of closed) b.click();
        await el.updateComplete;
      }
    }
    if (el.hasAttribute('data-tick')) {
      for (const box of [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].slice(0, 3)) box.click();
      await el.updateComplete;
    }
  }
  await settle(host.win);
}

/** Loads the host page, sized so that nothing scrolls (axe measures contrast only in the viewport). */
export async function openLookPage(query: string, width: number) {
  const host = await loadHost(`/test/fixtures/host-look.html${query}`, { width, height: 800 });
  const els = await ready(host);
  await prepare(host, els);
  host.frame.style.height = `${host.doc.documentElement.scrollHeight + 20}px`;
  await settle(host.win);
  return { host, els };
}

/** One axe run over every element; violations listed, and counted per tag on one console line. */
export async function audit(host: Host, els: Upgradable[], condition: string): Promise<string[]> {
  const axe = (host.win as unknown as AxeWindow).axe;
  const { violations } = await axe.run(els, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  const perTag: Record<string, number> = Object.fromEntries(TAGS.map((t) => [t, 0]));
  const found: string[] = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const outer = Array.isArray(node.target[0]) ? node.target[0][0] : node.target[0];
      const el = outer ? host.doc.querySelector<HTMLElement>(outer) : null;
      const name = el?.localName ?? 'unknown';
      perTag[name] = (perTag[name] ?? 0) + 1;
      found.push(
        `<${name}> [${el?.dataset.state}] ${v.id}: ${JSON.stringify(node.target)} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
      );
    }
  }
  // One machine-readable line per engine and condition: the figures in the closing note come from it.
  console.log(
    `[look] axe ${engine} | ${condition} | ${TAGS.map((t) => `${t.replace('safety-', '')}=${perTag[t]}`).join(' ')}`,
  );
  return found;
}
