import { useState } from 'react';
import {
  getInvestmentLinks,
  saveInvestmentLinks,
  type InvestmentLinksDto,
} from '#contract/investment-links';
import type { InvestmentFollowUpDto } from '#contract/investment-budget';
import { investmentLineLabelSv } from '#domain/budget/investment-links';
import { apiGet, apiPost } from '../../api/client';
import { shownData, useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';
import { followUpKey } from './investment-editor';

/** "9101, 9102" as typed: the codes, without blanks. */
const codesOf = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');

/**
 * Which ledger project codes and fixed-asset accounts each investment line of the board reads
 * its booked actual from, and a form to set a line's (each list replaces the line's), saved
 * on the links' revision as read. A code another line has is refused, naming it.
 */
export function InvestmentLinksEditor({
  followUp,
  editable,
  onSaved,
}: {
  readonly followUp: InvestmentFollowUpDto;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const params = { municipalityId: municipality.id, boardId: board.id };
  const { state } = useApiGet(getInvestmentLinks, params, {});
  const [saved, setSaved] = useState<InvestmentLinksDto | null>(null);
  const links = saved ?? shownData(state);
  const [lineKey, setLineKey] = useState(followUp.lines[0] ? followUpKey(followUp.lines[0]) : '');
  const line = followUp.lines.find((candidate) => followUpKey(candidate) === lineKey);
  const current = links?.lines.find((linked) => line && followUpKey(linked) === followUpKey(line));
  const [projects, setProjects] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<string | null>(null);
  const submission = useSubmit('Kopplingen kunde inte sparas.');
  const projectText = projects ?? current?.projectCodes.join(', ') ?? '';
  const accountText = accounts ?? current?.accounts.join(', ') ?? '';

  const save = async () => {
    if (!line) return;
    // Refused when another saved the links since: they are read again, the fields keep what
    // the user typed, and saving again is possible.
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveInvestmentLinks,
            params,
            {},
            {
              baseRevision: links?.revision ?? null,
              category: line.category,
              name: line.name,
              projectCodes: codesOf(projectText),
              accounts: codesOf(accountText),
            },
          ),
        async () => {
          setProjects(projectText);
          setAccounts(accountText);
          setSaved(await apiGet(getInvestmentLinks, params, {}));
        },
      ),
    );
    if (answer) {
      setSaved(answer);
      setProjects(null);
      setAccounts(null);
      onSaved();
    }
  };

  return (
    <section className="section" aria-labelledby="investment-links-title">
      <h3 id="investment-links-title" className="section__title">
        Koppling till bokföringen
      </h3>
      <ul>
        {(links?.lines ?? []).map((linked) => (
          <li key={followUpKey(linked)}>
            {investmentLineLabelSv(linked)}: projekt {linked.projectCodes.join(', ') || '–'}, konton{' '}
            {linked.accounts.join(', ') || '–'}
          </li>
        ))}
        {links && links.lines.length === 0 ? <li>Ingen investeringsrad är kopplad.</li> : null}
      </ul>
      {editable && line ? (
        <div className="period-controls">
          <SelectField
            label="Investeringsrad"
            value={lineKey}
            options={followUp.lines.map((candidate) => ({
              value: followUpKey(candidate),
              label: investmentLineLabelSv(candidate),
            }))}
            onChange={(value) => {
              submission.clear();
              setLineKey(value);
              setProjects(null);
              setAccounts(null);
            }}
          />
          <TextField
            id="investment-link-projects"
            label="Projektkoder"
            hint="Kommaseparerade, t.ex. 91010, 91011"
            value={projectText}
            onChange={setProjects}
          />
          <TextField
            id="investment-link-accounts"
            label="Tillgångskonton"
            hint="1000–1299, t.ex. 1220"
            value={accountText}
            onChange={setAccounts}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={submission.busy}
              onClick={() => {
                void save();
              }}
            >
              {submission.busy ? 'Sparar …' : 'Spara kopplingen'}
            </button>
          </div>
        </div>
      ) : null}
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
    </section>
  );
}
