import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readLink } from './links/read-link.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The link is read before the lab is drawn: inflating it is asynchronous (a millisecond or two),
// and reading never throws: a bad link opens the default scenario with a message.
void readLink(window.location.hash).then((reading) => {
  createRoot(root).render(
    <StrictMode>
      <App reading={reading} />
    </StrictMode>,
  );
});
