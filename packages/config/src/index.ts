export { ConfigError, httpUrl, parseEnv, port, postgresUrl, secret } from './env';
