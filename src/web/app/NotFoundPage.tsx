import { Link } from 'react-router';
import { OVERVIEW_PATH } from './navigation';
import { useDocumentTitle } from './use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Sidan finns inte');
  return (
    <div className="page">
      <h1 className="page__title">Sidan finns inte</h1>
      <p>
        Adressen leder inte till någon sida i Nämndkoll. Gå till{' '}
        <Link to={OVERVIEW_PATH}>Översikt</Link> för det du kan göra.
      </p>
    </div>
  );
}
