export * from './envelope.ts';
export * from './errors/index.ts';
export * from './identity.ts';
export * from './paging.ts';
export * from './roles.ts';
