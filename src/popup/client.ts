/**
 * The popup's one way to the background. Components receive a `Client`, so tests render them with a fake.
 */
import { sendFromPopup } from '../shared/messaging';
import type { Response, TabState } from '../shared/messages';

export interface Client {
  tabState(tabId?: number): Promise<Response<{ tabId: number; state: TabState | null }>>;
}

export const backgroundClient: Client = {
  tabState: (tabId) => sendFromPopup('tab/state', tabId === undefined ? {} : { tabId }),
};
