import { useState } from 'react';
import {
  assignReportSection,
  type BoardReportDto,
  type ReportSectionDto,
} from '#contract/board-reports';
import { ROLE_NAMES_SV } from '#domain/access/roles';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { SelectInput, SubmitForm, TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';

const NOBODY = '';

/** The controller gives the section to one of the board's writers, with a deadline. */
export function SectionAssignment({
  report,
  section,
  onSaved,
}: {
  readonly report: BoardReportDto;
  readonly section: ReportSectionDto;
  readonly onSaved: (section: ReportSectionDto) => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const [assigneeId, setAssigneeId] = useState(section.assignee?.id ?? NOBODY);
  const [deadline, setDeadline] = useState(section.deadline ?? '');
  const submit = useSubmit('Avsnittet kunde inte tilldelas.');
  if (section.writerRole === null) return null;
  const options = [
    { value: NOBODY, label: 'Ingen' },
    ...report.writers.map((writer) => ({
      value: writer.id,
      label: `${writer.displayName} (${writer.roles.map((role) => ROLE_NAMES_SV[role]).join(', ')})`,
    })),
  ];
  return (
    <SubmitForm
      className="report-section__assign"
      busy={submit.busy}
      onSubmit={async () => {
        const saved = await submit.run(() =>
          apiPost(
            assignReportSection,
            {
              municipalityId: municipality.id,
              boardId: board.id,
              reportId: report.id,
              sectionKey: section.key,
            },
            {},
            {
              assigneeId: assigneeId === NOBODY ? null : assigneeId,
              deadline: deadline.trim() === '' ? null : deadline.trim(),
              baseRevision: section.revision,
            },
          ),
        );
        if (saved) onSaved(saved);
      }}
    >
      <SelectInput
        id="section-assignee"
        label="Skribent"
        value={assigneeId}
        options={options}
        error={submit.fieldErrors.assigneeId}
        onChange={setAssigneeId}
      />
      <TextField
        id="section-deadline"
        label="Klart senast (ÅÅÅÅ-MM-DD)"
        size="medium"
        maxLength={10}
        value={deadline}
        error={submit.fieldErrors.deadline}
        onChange={setDeadline}
      />
      <button type="submit" className="button button--secondary" disabled={submit.busy}>
        Tilldela
      </button>
      {submit.failure ? <ErrorAlert message={submit.failure} /> : null}
    </SubmitForm>
  );
}
