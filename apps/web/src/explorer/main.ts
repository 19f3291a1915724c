// The schema explorer at /explorer: GraphiQL bundled here (no CDN), its own Vite entry so the dashboard's first page
// never loads it. Requests carry the dashboard's token (api/token-store.ts, sessionStorage `dh.token`); docs/api.md's queries are examples.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import apiDoc from '../../../../docs/api.md?raw';
import { docExamples } from './doc-examples';
import { examplesPlugin } from './examples-plugin';
import { graphqlFetcher } from './fetcher';
import { TokenBar } from './token-bar';

const examples = docExamples(apiDoc);
const first = examples[0];

createRoot(document.getElementById('explorer')!).render(
  h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', height: '100%' } },
    h(TokenBar),
    h(
      'div',
      { style: { flex: 1, minHeight: 0 } },
      h(GraphiQL, {
        fetcher: graphqlFetcher,
        plugins: [examplesPlugin(examples), HISTORY_PLUGIN],
        // A first visit opens on the first worked query with its variables (it names no ids, so needs no lookup).
        defaultTabs: [
          first
            ? { query: first.query, variables: JSON.stringify(first.variables, null, 2) }
            : { query: '{ metrics { key labelZh labelEn unit } }' },
        ],
        defaultEditorToolsVisibility: 'variables',
        isHeadersEditorEnabled: false,
        forcedTheme: 'light',
      }),
    ),
  ),
);
