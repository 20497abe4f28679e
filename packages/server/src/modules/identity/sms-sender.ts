import type { Logger } from '../../logger.js';
import { maskPhone } from '../clue/phone.js';

/** Sends a text message to a mainland mobile number: the border to an SMS gateway. */
export interface SmsSender {
  /** Resolves once the gateway accepted the message; rejects with a reason otherwise. */
  send(phone: string, text: string): Promise<void>;
  /** False for the development sender, which sends nothing: the pre-live check warns of it. */
  readonly delivers: boolean;
}

/** Development: writes the message to the log instead of sending it (the code can be read there). */
export class LogSmsSender implements SmsSender {
  readonly delivers = false;
  constructor(private readonly logger: Logger) {}

  async send(phone: string, text: string): Promise<void> {
    // The full number stays out of the log; the message (with its code) is what a developer needs.
    this.logger.info({ to: maskPhone(phone), sms: text }, 'SMS (development sender: not sent)');
  }
}

/**
 * Yunpian (云片), a Chinese SMS gateway: `POST …/v2/sms/single_send.json` with the form fields
 * apikey, mobile and text; it answers JSON `{ code, msg }`, code 0 when accepted. The text must match
 * a template approved with the gateway, signature (【…】) included.
 */
export class YunpianSmsSender implements SmsSender {
  readonly delivers = true;
  constructor(private readonly options: { url: string; apiKey: string; timeoutMs?: number }) {}

  async send(phone: string, text: string): Promise<void> {
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', accept: 'application/json;charset=utf-8' },
      body: new URLSearchParams({ apikey: this.options.apiKey, mobile: phone, text }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const body = (await response.json().catch(() => null)) as { code?: number; msg?: string } | null;
    if (!response.ok || body?.code !== 0)
      throw new Error(
        `the SMS gateway refused the message (HTTP ${response.status}, code ${body?.code ?? '?'}: ${body?.msg ?? 'no answer'})`,
      );
  }
}
