import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readLink } from './links/read-link.ts';
import { startFragment } from './app/saved-work.ts';
import { registerServiceWorker } from './app/register-sw.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (import.meta.env.PROD) void registerServiceWorker(); // offline copy and updates: docs/deploy.md

// The link is read before the lab is drawn: inflating it is asynchronous (a millisecond or two),
// and reading never throws: a bad link opens the default scenario with a message.
const start = startFragment(window.location.hash);
void readLink(start.fragment).then((reading) => {
  // Back where it was left: the address says so too, so a reload or a copy keeps it.
  if (start.resumed) history.replaceState(null, '', `#${start.fragment}`);
  createRoot(root).render(
    <StrictMode>
      <App reading={reading} />
    </StrictMode>,
  );
});
