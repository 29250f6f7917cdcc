import { VERSION } from './version.js';
import { warn } from './warn.js';

/** Set once another copy's version has been reported: one warning per page, not one per tag. */
let reportedOtherCopy = false;
import { COLOR_TOKENS, registerColorTokens } from './color-tokens.js';

/** Classes registered by this library carry the version that registered them. */
export interface VersionedElement extends CustomElementConstructor {
  readonly safetyVersion?: string;
}

/**
 * Registers `tag` unless it is already defined. Two copies of the library on one page are normal on
 * council sites (a header widget and a page widget), and `customElements.define` throws on a second
 * definition, which would stop the second copy's other elements from registering.
 * When the copies' versions differ, one warning for the whole library (not one per tag) says so: the
 * first copy's classes stay in use. If `define` throws for any other reason (a host's registry patch,
 * a name clash), one warning names the tag and the library's other tags still register.
 *
 * `colorTokens` are the element's typed colour tokens (`<color>` custom properties), registered here,
 * in the define file's call, so that importing a component module registers nothing.
 */
export function define(tag: string, ctor: VersionedElement, colorTokens?: Readonly<Record<string, string>>): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  registerColorTokens(COLOR_TOKENS);
  if (colorTokens) registerColorTokens(colorTokens);
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.safetyVersion !== VERSION && !reportedOtherCopy) {
      reportedOtherCopy = true;
      warn(
        'safety-elements',
        `${existing.safetyVersion ? `safety-elements ${existing.safetyVersion}` : 'another script'} already defined <${tag}> ` +
          `(and may define others); this copy (${VERSION}) leaves every tag already defined as it is.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (e) {
    warn(
      `<${tag}>`,
      `could not be registered (${(e as Error)?.message ?? String(e)}); the library's other elements are not affected.`,
    );
  }
}
