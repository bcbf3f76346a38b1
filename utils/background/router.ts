/**
 * Every message to the background worker enters here. Messages are untrusted input: the
 * sender decides what it may ask (content scripts report pages; only our own extension
 * pages may ask for analyses), once, and the schema decides whether the message is well formed.
 */
import type { Browser } from 'wxt/browser';
import { MAX_MESSAGE_CHARS, ToBackgroundMessage } from '../schema';
import { analyzeTab, noteReading, receiveExtraction, tabStatus } from './controller';

export type Rejection = { ok: false; reason: string };

/** Oversized messages are refused before parsing (a page can make its comments huge). */
export { MAX_MESSAGE_CHARS };

function reject(reason: string, raw: unknown): Rejection {
  console.warn(`Threadwise: rejected a message (${reason})`, typeof raw === 'object' && raw ? (raw as { type?: unknown }).type : raw);
  return { ok: false, reason };
}

function approximateSize(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export async function handleBackgroundMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Promise<unknown> {
  if (sender.id !== extensionId) return reject('unexpected sender', raw);
  if (approximateSize(raw) > MAX_MESSAGE_CHARS) return reject('message too large', null);
  const parsed = ToBackgroundMessage.safeParse(raw);
  if (!parsed.success) return reject(`malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`, raw);
  const message = parsed.data;
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);

  switch (message.type) {
    case 'page-extracted':
    case 'page-reading': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || fromExtensionPage) return reject('page reports must come from a content script', raw);
      return message.type === 'page-reading'
        ? noteReading(tabId)
        : receiveExtraction(tabId, sender.frameId ?? 0, sender.tab?.url, message.extraction);
    }
    case 'analyze-tab':
      if (!fromExtensionPage) return reject('only extension pages may ask for an analysis', raw);
      return analyzeTab(message.tabId, message.force ?? false);
    case 'get-tab-state':
      if (!fromExtensionPage) return reject('only extension pages may read results', raw);
      return tabStatus(message.tabId);
  }
}
