import type { PropertyDeclaration, ReactiveElement } from '@lit/reactive-element';

// Lit's `@property` and `@state`, for TypeScript's legacy decorators only (tsconfig: experimentalDecorators,
// useDefineForClassFields false), the one kind this project compiles. Lit's own also carry the standard
// decorators' path (metadata, accessors, setters): about 0.5 KB gzip in every content element's files.

/** A reactive property (an attribute too, unless `attribute: false`), as Lit's `@property`. */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };

/** Internal reactive state (no attribute), as Lit's `@state`. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
