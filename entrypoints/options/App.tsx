/** The settings page: one section per feature, each component reading and watching its own setting. */
import type { ComponentChildren } from 'preact';
import { Categories } from '@/components/options/Categories';
import { HighlightPreview } from '@/components/options/HighlightPreview';
import { DensityChoices, StyleChoices } from '@/components/options/SettingChoices';
import { PauseSwitch } from '@/components/shared/PauseSwitch';
import { ResetDefaults } from '@/components/options/ResetDefaults';
import { StorageNotices } from '@/components/options/StorageNotices';
import { SwitchedOffSites } from '@/components/options/SwitchedOffSites';
import { TermsImportExport } from '@/components/options/TermsImportExport';
import { UserTerms } from '@/components/options/UserTerms';
import { MyWordsSettings } from '@/components/options/MyWordsSettings';

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function App() {
  return (
    <main class="options">
      <h1>MedGloss settings</h1>
      <StorageNotices />
      <Section id="on-off" title="On and off">
        <PauseSwitch explain />
        <h3>Switched-off sites</h3>
        <SwitchedOffSites />
      </Section>
      <Section id="look" title="How terms are highlighted">
        <div class="look">
          <StyleChoices />
          <DensityChoices />
        </div>
        <HighlightPreview />
      </Section>
      <Section id="categories" title="Kinds of terms">
        <Categories />
      </Section>
      <Section id="own-terms" title="Your own terms">
        <UserTerms />
        <h3>Import and export</h3>
        <TermsImportExport />
      </Section>
      <Section id="my-words" title="My words and words you know">
        <MyWordsSettings />
      </Section>
      <Section id="reset" title="Reset">
        <ResetDefaults />
      </Section>
    </main>
  );
}
