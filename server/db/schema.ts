export * from './schema/claims.ts';
export * from './schema/events.ts';
export * from './schema/people.ts';
export * from './schema/work.ts';
