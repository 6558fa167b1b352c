export { ConfigError, httpUrl, parseEnv, port, postgresUrl, secret } from './env';
export { runProcess } from './run-process';
export { workerNodeFlags } from './worker-process';
