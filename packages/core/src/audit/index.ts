export { actorId, recordAudit, type Actor } from './audit-log';
