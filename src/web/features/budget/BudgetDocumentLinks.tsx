import { downloadBudgetDocument, type BudgetVersion } from '#contract/budget';
import { endpointUrl } from '../../api/client';
import { DownloadLinks } from '../../ui/DownloadLinks';

/** The document's formats, as the links name them. */
const DOCUMENT_LINKS = [
  ['docx', 'Ladda ned Word (DOCX)'],
  ['pdf', 'Ladda ned PDF'],
  ['xlsx', 'Ladda ned Excel (XLSX)'],
  ['html', 'Ladda ned HTML'],
] as const;

/**
 * The budget document's downloads: of the version opened, else the one the follow-up uses,
 * else the newest proposal. A proposal's document is marked Förslag until it is decided.
 */
export function BudgetDocumentLinks(props: {
  params: { municipalityId: string; boardId: string };
  budgetYear: number;
  versions: readonly BudgetVersion[];
  versionId: string | null;
}) {
  const { versions, budgetYear } = props;
  const version =
    versions.find((one) => one.id === props.versionId) ??
    versions.find((one) => one.inFollowUp) ??
    versions.find((one) => one.status === 'draft');
  if (!version) return null;
  const proposal = version.status === 'draft';
  return (
    <section className="section" aria-labelledby="document-title">
      <h2 id="document-title" className="section__title">
        Budgetdokument {budgetYear}
        {proposal ? ' (förslag)' : ''}
      </h2>
      <p className="section__intro">
        Ekonomiska ramar, kommunbidragets förändring och investeringsbudgeten, från{' '}
        {proposal
          ? `förslaget ”${version.name}”. Dokumentet är märkt Förslag på varje sida tills budgeten är beslutad.`
          : `den beslutade versionen ”${version.name}”.`}
      </p>
      <DownloadLinks
        failureMessage="Budgetdokumentet kunde inte laddas ned."
        busyText="Hämtar budgetdokumentet …"
        links={DOCUMENT_LINKS.map(([format, label]) => ({
          key: format,
          href: endpointUrl(downloadBudgetDocument, props.params, {
            year: budgetYear,
            format,
            version: version.id,
          }),
          fileName: `Budget ${String(budgetYear)}${proposal ? ' förslag' : ''}.${format}`,
          label,
        }))}
      />
    </section>
  );
}
