import type { ReactNode } from 'react';
import { downloadFile } from '../api/download';
import { useSubmit } from '../api/use-submit';
import { ErrorAlert } from './StatusMessages';

/** One file to download: a file endpoint's address and what the button says. */
export interface DownloadChoice {
  readonly key: string;
  readonly href: string;
  /** The name to save under when the response names none. */
  readonly fileName: string;
  readonly label: ReactNode;
}

/**
 * Buttons that download files (documents, exports). Each fetches its file, checks the status
 * and saves it; a refusal (a year without a budget, a month without actuals, a session that
 * ended) shows its Swedish message under the buttons, and no file is saved. Every download
 * in the web goes through here.
 */
export function DownloadLinks({
  links,
  failureMessage,
  busyText,
  secondary = false,
  describedBy,
}: {
  readonly links: readonly DownloadChoice[];
  /** Said when the server gives no message of its own. */
  readonly failureMessage: string;
  /** Said to assistive technology while a file is fetched. */
  readonly busyText: string;
  readonly secondary?: boolean;
  readonly describedBy?: string;
}) {
  const download = useSubmit(failureMessage);
  return (
    <div className="download-links">
      <ul className="document-links">
        {links.map((link) => (
          <li key={link.key}>
            <a
              className={secondary ? 'button button--secondary' : 'button'}
              href={link.href}
              download
              aria-describedby={describedBy}
              aria-disabled={download.busy ? true : undefined}
              onClick={(event) => {
                event.preventDefault();
                if (download.busy) return;
                void download.run(async () => {
                  await downloadFile(link.href, link.fileName);
                  return {};
                });
              }}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {download.failure ? <ErrorAlert message={download.failure} /> : null}
      <p className="visually-hidden" role="status">
        {download.busy ? busyText : ''}
      </p>
    </div>
  );
}
