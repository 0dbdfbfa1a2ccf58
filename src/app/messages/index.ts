/** The texts the app sends (emails, comments) in the configured language. Pure: no @forge import. */
export { escapeHtml } from './escape-html';
export { followUpEmail, type FollowUpEmailInput } from './follow-up-email';
export {
  acknowledgedPublicComment,
  closedPublicComment,
  escalationEmail,
  escalationInternalComment,
  escalationPublicComment,
  type EscalationMessageInput,
} from './escalation-messages';
export { excerpt, formatDateTime } from './format';
