import { useEffect } from 'react';

const PRODUCT_NAME = 'Nämndkoll';

/** Sets the browser tab's title: "Driftredovisning – Nämndkoll". */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [pageTitle]);
}
