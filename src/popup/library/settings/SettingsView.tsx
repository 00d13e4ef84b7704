import { useState } from 'preact/hooks';
import { BackupSection } from './BackupSection';
import { CorrectionsSection } from './CorrectionsSection';
import { GeneralSection } from './GeneralSection';
import { KbSection } from './KbSection';
import { MutesSection } from './MutesSection';
import { PrivacySection } from './PrivacySection';
import { UserCompaniesSection } from './UserCompaniesSection';

/** Every setting on one page; an import reloads the sections it may have changed. */
export function SettingsView() {
  const [round, setRound] = useState(0);
  return (
    <div class="settings" data-testid="settings-view">
      {/* A new key remounts these sections, so each loads what the import wrote. */}
      <div class="contents" key={round}>
        <GeneralSection />
        <MutesSection />
        <UserCompaniesSection />
        <CorrectionsSection />
      </div>
      <BackupSection onImported={() => setRound((r) => r + 1)} />
      <KbSection round={round} />
      <PrivacySection />
    </div>
  );
}
