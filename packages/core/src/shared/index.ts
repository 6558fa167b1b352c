export { DomainError, toFieldIssues, type DomainErrorCode, type FieldIssue } from './domain-error';
