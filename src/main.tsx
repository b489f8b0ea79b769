import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root.tsx';
import { registerServiceWorker } from './app/register-sw.ts';
import './app/app.css';
import './app/lecture.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (import.meta.env.PROD) void registerServiceWorker(); // offline copy and updates: docs/deploy.md

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
