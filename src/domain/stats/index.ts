export * from './bucket';
export * from './percentile';
export * from './steps';
export * from './summarize';
export * from './week';
export * from './csv';
