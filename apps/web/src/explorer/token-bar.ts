// The token box above GraphiQL: the dashboard's token store, so a token entered on either works on both.
import { createElement as h, useEffect, useState } from 'react';
import { readToken, writeToken } from '../api/token-store';
import { runQuery } from './fetcher';

const bar = {
  display: 'flex',
  gap: '8px',
  alignItems: 'center',
  padding: '6px 12px',
  borderBottom: '1px solid #ddd',
  font: '13px system-ui, sans-serif',
};

export function TokenBar() {
  const [token, setToken] = useState(() => readToken() ?? '');
  const [who, setWho] = useState('');
  const check = (): void => {
    runQuery('{ whoami { name role } }').then(
      (d) => {
        const w = (d as { whoami: { name: string | null; role: string | null } | null }).whoami;
        setWho(
          w?.role
            ? `${w.name ?? ''} · ${w.role}`
            : '未使用令牌 · no token (reading is open to all unless the server says otherwise)',
        );
      },
      (e: Error) => setWho(`令牌无效 · token rejected: ${e.message}`),
    );
  };
  useEffect(check, []);
  const apply = (): void => {
    writeToken(token);
    check();
  };
  return h(
    'div',
    { style: bar, 'data-testid': 'explorer-token' },
    h('b', null, 'GraphQL 查询台 · Explorer'),
    h('a', { href: '/' }, '← 仪表盘 · dashboard'),
    h('span', { style: { flex: 1 } }),
    h('input', {
      type: 'password',
      value: token,
      placeholder: 'API 令牌 · token',
      size: 28,
      'aria-label': 'API token',
      onChange: (e: { target: { value: string } }) => setToken(e.target.value),
      onKeyDown: (e: { key: string }) => {
        if (e.key === 'Enter') apply();
      },
    }),
    h('button', { type: 'button', onClick: apply }, '使用 · use'),
    h('small', { 'data-testid': 'explorer-who' }, who),
  );
}
