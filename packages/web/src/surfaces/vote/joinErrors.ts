import type { OperationError } from '../../graphql/live';
import type { VoteMessages } from './messages';

/** Plain words for a failure to join or to claim a seat. */
export function joinErrorMessage(m: VoteMessages, error: OperationError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
      return m.errors.notFound;
    case 'INVALID_PHASE':
      return m.errors.ended;
    case 'RATE_LIMITED':
      return m.errors.rateLimited(error.retryAfterSeconds);
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return m.errors.unauthenticated;
    case 'network':
      return m.errors.network;
    default:
      return m.errors.unknown;
  }
}
