import { VERSION } from './version.js';
import { warnOnce } from './warn.js';
import { COLOR_TOKENS, registerColorTokens } from './color-tokens.js';

/** Classes registered by this library carry the version that registered them. */
export interface VersionedElement extends CustomElementConstructor {
  readonly safetyVersion?: string;
}

/**
 * Registers `tag` unless it is already defined. Two copies of the library on one page are normal on
 * council sites (a header widget and a page widget), and `customElements.define` throws on a second
 * definition, which would stop the second copy's other elements from registering.
 * When the copies' versions differ, one warning says so: the first copy's class stays in use.
 */
export function define(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  registerColorTokens(COLOR_TOKENS);
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.safetyVersion !== VERSION) {
      warnOnce(
        `<${tag}>`,
        `already defined by ${existing.safetyVersion ? `safety-elements ${existing.safetyVersion}` : 'another script'}; ` +
          `this copy (${VERSION}) is not registered and the first definition stays in use.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
