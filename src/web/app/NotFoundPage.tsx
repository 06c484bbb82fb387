import { Link } from 'react-router';
import { OPERATING_STATEMENT_PATH } from './navigation';
import { useDocumentTitle } from './use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Sidan finns inte');
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>
        Adressen leder inte till någon sida i Nämndkoll. Gå till{' '}
        <Link to={OPERATING_STATEMENT_PATH}>Driftredovisning</Link>.
      </p>
    </div>
  );
}
