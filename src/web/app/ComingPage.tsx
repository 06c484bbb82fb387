import { useDocumentTitle } from './use-document-title';

/** A part of Nämndkoll that is planned but not built: what it will hold. */
export function ComingPage({
  title,
  description,
}: {
  readonly title: string;
  readonly description: string;
}) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <h1 className="page__title">{title}</h1>
      <p className="page__lead">{description}</p>
      <p className="message message--info">Den här delen är inte byggd ännu.</p>
    </div>
  );
}
