import type { PropertyDeclaration, ReactiveElement } from '@lit/reactive-element';

// Lit's `@property` and `@state`, for TypeScript's legacy decorators only (tsconfig: experimentalDecorators,
// useDefineForClassFields false), the one kind this project compiles. Lit's own also carry the standard
// decorators' path (metadata, auto-accessors, setters): 0.28 KB gzip in every content element's files.

/** A reactive property (an attribute too, unless `attribute: false`), as Lit's `@property`. */
export const property =
  (options?: PropertyDeclaration) =>
  // A decorated getter/setter pair is wrapped by createProperty; its descriptor is handed back, as Lit's does
  // (TypeScript types a legacy decorator's result as void or any, whichever member it decorates).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: object, name: PropertyKey): any => {
    const own = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };

/** Internal reactive state (no attribute), as Lit's `@state`. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
