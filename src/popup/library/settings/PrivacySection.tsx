import { useI18n } from '../../i18n';

/** What the extension does with data: nothing leaves the browser. */
export function PrivacySection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="privacy-heading" data-testid="settings-privacy">
      <h2 id="privacy-heading">{t('uiPrivacy')}</h2>
      <p>{t('uiPrivacyNetwork')}</p>
      <p>{t('uiPrivacyStorage')}</p>
      <p>{t('uiPrivacyPages')}</p>
      <p>{t('uiPrivacyRemove')}</p>
    </section>
  );
}
