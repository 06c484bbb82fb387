import { useState } from 'react';
import {
  saveReportSection,
  stepReportSection,
  type BoardReportDto,
  type ReportSectionDto,
} from '#contract/board-reports';
import type { RichText } from '#domain/interim-report/rich-text';
import { FIGURE_BLOCK_NAMES_SV } from '#domain/interim-report/report-template';
import { SECTION_STATE_NAMES_SV } from '#domain/interim-report/section-workflow';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useCan, useUser } from '../../app/session-context';
import { FactList } from '../../ui/FactList';
import { TextAreaField } from '../../ui/FormFields';
import { ErrorAlert, InfoNote } from '../../ui/StatusMessages';
import { timeSv } from '../follow-up/follow-up-text';
import { BoardReportFrame, reportTitleSv, useBoardReport } from './BoardReportFrame';
import { boardReportPath } from './report-cycle-paths';
import { RichTextEditor } from './RichTextEditor';
import { SectionAssignment } from './SectionAssignment';

/**
 * One section of a report: the controller gives it to a writer with a deadline; the writer
 * (or the controller) writes its text and marks it ready; the controller returns it with a
 * comment, approves it or opens it again. The generated parts it holds are named below the text.
 */
export function ReportSectionPage() {
  const { reportId, sectionKey, state, retry, report } = useBoardReport();
  const [saved, setSaved] = useState<ReportSectionDto | null>(null);
  const loadedSection = report?.sections.find((candidate) => candidate.key === sectionKey) ?? null;
  // What this page saved last is newer than what it loaded, until it loads again.
  const section =
    saved && loadedSection && saved.revision > loadedSection.revision ? saved : loadedSection;
  return (
    <BoardReportFrame
      className="report-section"
      back={{ pathname: boardReportPath(reportId), label: 'Rapportens avsnitt' }}
      title={section && report ? `${section.title}, ${reportTitleSv(report)}` : 'Avsnittet'}
      state={state}
      retry={retry}
      loading="Hämtar avsnittet …"
    >
      {report && !section ? <InfoNote>Avsnittet finns inte bland dina avsnitt.</InfoNote> : null}
      {report && section ? (
        <SectionView
          key={`${section.key}-${String(section.revision)}`}
          report={report}
          section={section}
          onSaved={(next) => {
            setSaved(next);
          }}
          onConflict={retry}
        />
      ) : null}
    </BoardReportFrame>
  );
}

function SectionView({
  report,
  section,
  onSaved,
  onConflict,
}: {
  readonly report: BoardReportDto;
  readonly section: ReportSectionDto;
  readonly onSaved: (section: ReportSectionDto) => void;
  readonly onConflict: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const user = useUser();
  const manager = can('reports:manage');
  const writer = manager || section.assignee?.id === user.id;
  const [body, setBody] = useState<RichText>(section.body);
  const [comment, setComment] = useState('');
  const submit = useSubmit('Avsnittet kunde inte sparas.');
  const params = {
    municipalityId: municipality.id,
    boardId: board.id,
    reportId: report.id,
    sectionKey: section.key,
  };
  const published = report.publishedAt !== null;
  const editable = writer && !published && section.state !== 'approved';

  const done = (next: ReportSectionDto | undefined) => {
    if (next) onSaved(next);
  };
  const save = async () => {
    done(
      await submit.run(() =>
        apiPost(saveReportSection, params, {}, { body, baseRevision: section.revision }),
      ),
    );
  };
  const step = async (action: 'mark-ready' | 'return' | 'approve' | 'reopen') => {
    done(
      await submit.run(() =>
        apiPost(
          stepReportSection,
          params,
          {},
          { action, comment: action === 'return' ? comment : null, baseRevision: section.revision },
        ),
      ),
    );
  };

  return (
    <>
      <FactList
        facts={[
          ['Läge', SECTION_STATE_NAMES_SV[section.state]],
          ['Skribent', section.assignee?.displayName ?? 'Ingen ännu'],
          ['Klart senast', section.deadline ?? 'Inget datum'],
          ...(section.updatedAt
            ? ([
                [
                  'Senast sparat',
                  `${timeSv(section.updatedAt)}${section.updatedBy ? ` av ${section.updatedBy}` : ''}`,
                ],
              ] as const)
            : []),
        ]}
      />
      {section.state === 'returned' && section.reviewComment ? (
        <div className="report-section__comment" role="note">
          <strong>Controllerns kommentar:</strong> {section.reviewComment}
        </div>
      ) : null}
      {manager && !published ? (
        <SectionAssignment report={report} section={section} onSaved={onSaved} />
      ) : null}
      <RichTextEditor
        id="section-text"
        label="Text"
        initial={section.body}
        onChange={setBody}
        readOnly={!editable}
      />
      {section.figures.length > 0 ? (
        <p className="report-section__figures">
          Efter texten kommer ur nämndens siffror:{' '}
          {section.figures.map((figure) => FIGURE_BLOCK_NAMES_SV[figure]).join(', ')}.
        </p>
      ) : null}
      {submit.failure ? (
        <div className="report-section__failure">
          <ErrorAlert message={submit.failure} />
          <button type="button" className="button button--secondary" onClick={onConflict}>
            Hämta den sparade versionen
          </button>
        </div>
      ) : null}
      <div className="report-section__actions">
        {editable ? (
          <button
            type="button"
            className="button"
            disabled={submit.busy}
            onClick={() => void save()}
          >
            Spara utkast
          </button>
        ) : null}
        {editable && section.state !== 'ready' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={submit.busy}
            onClick={() => void step('mark-ready')}
          >
            Markera klart för granskning
          </button>
        ) : null}
        {manager && !published && section.state === 'ready' ? (
          <button
            type="button"
            className="button"
            disabled={submit.busy}
            onClick={() => void step('approve')}
          >
            Godkänn
          </button>
        ) : null}
        {manager && !published && section.state === 'approved' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={submit.busy}
            onClick={() => void step('reopen')}
          >
            Öppna igen
          </button>
        ) : null}
      </div>
      {manager && !published && (section.state === 'ready' || section.state === 'approved') ? (
        <div className="report-section__return">
          <TextAreaField
            id="return-comment"
            label="Kommentar till skribenten"
            rows={3}
            maxLength={2000}
            value={comment}
            onChange={setComment}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={submit.busy}
            onClick={() => void step('return')}
          >
            Skicka tillbaka
          </button>
        </div>
      ) : null}
    </>
  );
}
