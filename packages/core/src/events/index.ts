export { emitHubEvent, type HubEventInput, type HubEventType } from './hub-event';
