import type { Logger } from '../../logger.js';

export interface Notice {
  kind: string;
  message: string;
  /** The department it is for; null for congress staff. */
  departmentName: string | null;
  followUpId: string;
}

/** Where notices go beyond the app: plug in an SMS or email gateway here. */
export interface Notifier {
  send(notice: Notice): Promise<void>;
}

/** The default: notices are written to the log (in-app notifications are stored regardless). */
export class LogNotifier implements Notifier {
  constructor(private readonly logger: Logger) {}

  async send(notice: Notice): Promise<void> {
    this.logger.info({ notice }, 'notice sent');
  }
}
