// A GraphiQL side panel with the worked queries of docs/api.md; picking one fills the editors, ids looked up first.
import { useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { createElement as h, useState } from 'react';
import { lookupQuery, resolveLookups, type DocExample, type IdLookup } from './doc-examples';
import { runQuery } from './fetcher';

async function findId(l: IdLookup): Promise<number> {
  const q = lookupQuery(l);
  const id = q.pick(await runQuery(q.query, q.variables));
  if (id == null) throw new Error(`no ${l.kind} named ${l.name}`);
  return id;
}

function ExamplesPanel({ examples }: { examples: DocExample[] }) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const [error, setError] = useState('');
  const load = async (ex: DocExample): Promise<void> => {
    setError('');
    try {
      const vars = await resolveLookups(ex.variables, findId);
      queryEditor?.setValue(ex.query);
      variableEditor?.setValue(Object.keys(vars).length ? JSON.stringify(vars, null, 2) : '');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return h(
    'div',
    { 'data-testid': 'explorer-examples' },
    h('div', { className: 'graphiql-doc-explorer-title' }, '示例 · Examples'),
    h('p', null, h('small', null, 'docs/api.md')),
    error ? h('p', { style: { color: '#b91c1c' } }, error) : null,
    h(
      'ul',
      { style: { paddingLeft: '16px' } },
      examples.map((ex) =>
        h(
          'li',
          { key: ex.title, style: { margin: '6px 0' } },
          h(
            'button',
            {
              type: 'button',
              className: 'graphiql-un-styled',
              style: { textAlign: 'left', color: 'var(--color-primary, #d60590)' },
              onClick: () => {
                void load(ex);
              },
            },
            ex.title,
          ),
        ),
      ),
    ),
  );
}

function ExamplesIcon() {
  return h(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: 20,
      height: 20,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      'aria-hidden': true,
    },
    h('path', { d: 'M5 4h11l3 3v13H5z M8 9h8 M8 13h8 M8 17h5' }),
  );
}

export function examplesPlugin(examples: DocExample[]): GraphiQLPlugin {
  return { title: '示例 · Examples', icon: ExamplesIcon, content: () => h(ExamplesPanel, { examples }) };
}
