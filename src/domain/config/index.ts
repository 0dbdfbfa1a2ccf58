export * from './defaults';
export * from './levels';
export * from './parse';
export * from './schema';
export * from './policy-warnings';
