import { useState } from 'react';
import { downloadControlFollowUp, type InternalControlPage } from '#contract/internal-control';
import {
  CONTROL_SIGNAL_NAMES_SV,
  CONTROL_SIGNAL_SHORT_SV,
  CONTROL_SIGNALS,
  type ControlSignal,
} from '#domain/internal-control/control-signals';
import { endpointUrl } from '../../api/client';
import type { BoardChoice } from '../../app/board-context';
import { DownloadLinks } from '../../ui/DownloadLinks';
import { ControlFollowUpForm } from './ControlFollowUpForm';
import { OpenedForm, paragraphs } from './Panel';

/** A control's signal: its colour and, always, its words. */
export function SignalBadge({ signal }: { readonly signal: ControlSignal | null }) {
  return signal ? (
    <span
      className={`signal-badge signal-badge--${signal}`}
      title={CONTROL_SIGNAL_NAMES_SV[signal]}
    >
      {CONTROL_SIGNAL_SHORT_SV[signal]}
    </span>
  ) : (
    <span className="signal-badge signal-badge--none">Ej uppföljd</span>
  );
}

const Text = ({ text }: { readonly text: string }) =>
  text === '' ? '–' : paragraphs(text).map((part) => <p key={part}>{part}</p>);

/**
 * Uppföljning vid delår/helår: 001's sentence, the signals' key, each control's signal, result
 * and actions, and the follow-up as a document. The controller follows a control up.
 */
export function FollowUpSection({
  choice,
  data,
  onSaved,
}: {
  readonly choice: BoardChoice;
  readonly data: InternalControlPage;
  readonly onSaved: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const edited = data.controls.find((control) => control.id === editing) ?? null;
  const report = data.reportMonth === 12 ? 'helår' : 'delår';
  return (
    <section className="section" aria-labelledby="ic-follow-up">
      <h2 id="ic-follow-up" className="section__title">
        Uppföljning vid {report}
      </h2>
      <p className="follow-up-summary">{data.followUpSummary}</p>
      <ul className="signal-legend" aria-label="Signalerna">
        {CONTROL_SIGNALS.map((signal) => (
          <li key={signal}>
            <SignalBadge signal={signal} /> {CONTROL_SIGNAL_NAMES_SV[signal]}
          </li>
        ))}
      </ul>
      <DownloadLinks
        secondary
        failureMessage="Uppföljningen kunde inte laddas ned."
        busyText="Hämtar uppföljningen …"
        links={(
          [
            ['docx', 'Word (DOCX)'],
            ['pdf', 'PDF'],
            ['html', 'HTML'],
          ] as const
        ).map(([format, label]) => ({
          key: format,
          href: endpointUrl(
            downloadControlFollowUp,
            { municipalityId: choice.municipality.id, boardId: choice.board.id },
            { year: data.year, month: data.reportMonth, format },
          ),
          fileName: `Uppföljning internkontroll ${String(data.year)}.${format}`,
          label: <>Uppföljningen som {label}</>,
        }))}
      />
      {data.controls.length > 0 ? (
        <div className="table-frame">
          <table className="data-table follow-up-table">
            <caption>
              Kontrollernas uppföljning vid {report} {data.year}
            </caption>
            <thead>
              <tr>
                <th scope="col">Vad kontrolleras?</th>
                <th scope="col">Signal</th>
                <th scope="col">Resultat</th>
                <th scope="col">Åtgärder</th>
                {data.mayEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">Följ upp</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.controls.map((control) => (
                <tr key={control.id}>
                  <th scope="row">{control.checkpoint}</th>
                  <td>
                    <SignalBadge signal={control.followUp?.signal ?? null} />
                  </td>
                  <td>
                    <Text text={control.followUp?.result ?? ''} />
                  </td>
                  <td>
                    <Text text={control.followUp?.actions ?? ''} />
                  </td>
                  {data.mayEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small ic-row-button"
                        aria-label={`Följ upp ${control.checkpoint}`}
                        aria-expanded={editing === control.id}
                        onClick={() => {
                          setEditing(editing === control.id ? null : control.id);
                        }}
                      >
                        Följ upp
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {edited ? (
        <OpenedForm key={`${edited.id}-${String(data.reportMonth)}`}>
          <ControlFollowUpForm
            choice={choice}
            control={edited}
            reportMonth={data.reportMonth}
            onSaved={onSaved}
          />
        </OpenedForm>
      ) : null}
    </section>
  );
}
