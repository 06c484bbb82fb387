import { Link, useSearchParams } from 'react-router';
import type { OverviewReportSection } from '#contract/overview';
import { SECTION_STATE_NAMES_SV } from '#domain/interim-report/section-workflow';
import { boardSearch } from '../../app/navigation';
import { reportSectionPath } from '../interim-report/report-cycle-paths';

/**
 * The sections of the interim or annual report the user is to write: each with its deadline
 * and state, and the reminder when the deadline is near or has passed.
 */
export function ReportSectionsSection({
  sections,
}: {
  readonly sections: readonly OverviewReportSection[];
}) {
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  return (
    <section className="section overview-section" aria-labelledby="overview-report-sections">
      <h2 id="overview-report-sections" className="section__title">
        Dina avsnitt att skriva
      </h2>
      <ul className="overview-list">
        {sections.map((section) => (
          <li key={`${section.reportId}/${section.sectionKey}`}>
            <Link
              to={{ pathname: reportSectionPath(section.reportId, section.sectionKey), search }}
            >
              {section.title}
            </Link>{' '}
            i {section.report}: {SECTION_STATE_NAMES_SV[section.state].toLowerCase()}
            {section.deadline ? `, klart senast ${section.deadline}` : ''}.
            {section.reminder ? (
              <span className="overview-reminder" role="note">
                {' '}
                {section.reminder}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
