// Types for @semantic-release/error 4, which ships none.
declare module "@semantic-release/error" {
  export default class SemanticReleaseError extends Error {
    constructor(message?: string, code?: string, details?: string);
    readonly code: string | undefined;
    readonly details: string | undefined;
    readonly semanticRelease: true;
  }
}
