import browser from '../shared/browser';

/** Shows the number of data-request mentions on a tab's toolbar button (nothing when there are none). */
export async function setBadge(tabId: number, dataCount: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: dataCount > 0 ? String(Math.min(dataCount, 999)) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // The tab closed between the scan and the badge: nothing to show.
  }
}
