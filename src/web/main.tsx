// Must stay first: configures zod before the contract's schemas are created.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/tables.css';
import './styles/forms.css';
import './styles/import.css';
import './styles/session.css';
import './styles/audit.css';
import './styles/administration.css';
import './styles/budget.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
