/**
 * The errors the domain and the services throw when a request cannot be served as asked. Each kind
 * maps to one tRPC code in one place (`server/trpc.ts`); anything else is an internal error, logged on the
 * server and answered without its message.
 */
export type ErrorKind = 'not_found' | 'invalid' | 'forbidden' | 'conflict';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The thing asked for does not exist (or the caller may not know that it does). */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** The request is well-formed but asks for something the rules refuse (an impossible transition, a bad value). */
export class InvalidRequestError extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** The request collides with the current state (e.g. a second open case). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** `marketplace: no marketplace "x"`: one wording for every place that looks a marketplace up. */
export const noMarketplace = (marketplace: string) => new NotFoundError(`marketplace: no marketplace "${marketplace}"`);
export const noSeller = (marketplace: string, seller: string) =>
  new NotFoundError(`seller: no seller ${marketplace}/${seller}`);
