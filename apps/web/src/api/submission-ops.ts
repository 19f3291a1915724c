// The collection loop's operations: signing in and out (REST, the session cookie), the bureau's desk and drafts,
// the office's queue and review, and the admin's accounts and API tokens.
import { gql } from './graphql';

// A REST write signed by the session cookie carries this header (the server refuses it otherwise: CSRF).
const CSRF = { 'x-dh-csrf': '1' };

async function rest<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { ...CSRF, ...(init.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `HTTP ${res.status}`);
  return body;
}

export interface SignedIn { username: string; kind: 'bureau' | 'reviewer' | 'admin'; agencyId: number | null; agencyName: string | null; expiresAt: string }
export const signIn = (username: string, password: string) => rest<SignedIn>('/api/session',
  { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
export const signOut = () => rest<{ signedOut: true }>('/api/session', { method: 'DELETE' });

export interface SubmissionFinding { key: string; code: string; severity: string; messageZh: string; messageEn: string; keys: string[]; explanation: string | null }
export interface Submission {
  id: string; agencyId: number; agencyName: string; year: number; state: string; stateZh: string; template: string | null; fileName: string | null;
  values: { key: string; value: string }[]; overview: string | null; problems: string | null; other: string | null;
  findings: SubmissionFinding[]; unexplained: number; actions: string[]; publishedUrl: string | null; revisionId: string | null; dueOn: string | null;
}
export interface SubmissionEvent { at: string; actor: string; action: string; fromState: string | null; toState: string; comments: { target: string; text: string }[] }
export interface CellChange { key: string; before: number | null; after: number | null }
export interface SubmissionDetail {
  submission: Submission; events: SubmissionEvent[]; sincePreviousSubmission: CellChange[] | null; sinceLastYear: CellChange[] | null;
}
export interface BureauDesk {
  agencyId: number; agencyName: string; year: number; template: '2019' | '2021'; dueOn: string | null; daysLeft: number | null; stateZh: string;
  submission: Submission | null;
}

const SUB = `id agencyId agencyName year state stateZh template fileName values { key value } overview problems other
  findings { key code severity messageZh messageEn keys explanation } unexplained actions publishedUrl revisionId dueOn`;
const DETAIL = `submission { ${SUB} } events { at actor action fromState toState comments { target text } }
  sincePreviousSubmission { key before after } sinceLastYear { key before after }`;

export const bureauDesk = (year: number) => gql<{ bureauDesk: BureauDesk }>(
  `query BureauDesk($year: Int!) { bureauDesk(year: $year) { agencyId agencyName year template dueOn daysLeft stateZh submission { ${SUB} } } }`,
  { year }).then((d) => d.bureauDesk);
export const submissionDetail = (id: number) => gql<{ submission: SubmissionDetail }>(
  `query Submission($id: Int!) { submission(id: $id) { ${DETAIL} } }`, { id }).then((d) => d.submission);
export const submissionQueue = (year: number, states?: string[]) => gql<{ submissionQueue: Submission[] }>(
  `query Queue($year: Int!, $states: [String!]) { submissionQueue(year: $year, states: $states) { ${SUB} } }`, { year, states }).then((d) => d.submissionQueue);

export const uploadDraft = (year: number, file: File) => {
  const body = new FormData();
  body.append('year', String(year));
  body.append('file', file, file.name);
  return rest<Submission>('/api/submissions/draft', { method: 'POST', body });
};
export const saveForm = (year: number, values: Record<string, string>, sections: { overview: string; problems: string; other: string }) =>
  gql<{ saveSubmissionForm: Submission }>(
    `mutation SaveForm($year: Int!, $values: [FormValueInput!]!, $overview: String, $problems: String, $other: String) {
      saveSubmissionForm(year: $year, values: $values, overview: $overview, problems: $problems, other: $other) { ${SUB} } }`,
    { year, values: Object.entries(values).filter(([, v]) => v.trim() !== '').map(([key, value]) => ({ key, value })), ...sections })
    .then((d) => d.saveSubmissionForm);
export const explainFindings = (id: number, explanations: { key: string; text: string }[]) => gql<{ explainFindings: Submission }>(
  `mutation Explain($id: Int!, $e: [ExplanationInput!]!) { explainFindings(id: $id, explanations: $e) { ${SUB} } }`, { id, e: explanations })
  .then((d) => d.explainFindings);
export const submitSubmission = (id: number) => gql<{ submitSubmission: Submission }>(
  `mutation Submit($id: Int!) { submitSubmission(id: $id) { ${SUB} } }`, { id }).then((d) => d.submitSubmission);
export const returnSubmission = (id: number, comments: { target: string; text: string }[]) => gql<{ returnSubmission: Submission }>(
  `mutation Return($id: Int!, $c: [ReviewCommentInput!]!) { returnSubmission(id: $id, comments: $c) { ${SUB} } }`, { id, c: comments })
  .then((d) => d.returnSubmission);
export const acceptSubmission = (id: number) => gql<{ acceptSubmission: Submission }>(
  `mutation Accept($id: Int!) { acceptSubmission(id: $id) { ${SUB} } }`, { id }).then((d) => d.acceptSubmission);
export const setPublished = (id: number, url: string) => gql<{ setSubmissionPublished: Submission }>(
  `mutation Published($id: Int!, $url: String!) { setSubmissionPublished(id: $id, url: $url) { ${SUB} } }`, { id, url }).then((d) => d.setSubmissionPublished);

export interface Account { id: string; username: string; kind: string; agencyId: number | null; agencyName: string | null; locked: boolean }
export interface ApiToken { id: string; name: string; role: string; createdAt: string; revoked: boolean }
export const accountsQuery = () => gql<{ accounts: Account[]; apiTokens: ApiToken[] }>(
  '{ accounts { id username kind agencyId agencyName locked } apiTokens { id name role createdAt revoked } }');
export const createAccount = (a: { username: string; password: string; kind: string; agencyId: number | null }) => gql<{ createAccount: Account }>(
  `mutation CreateAccount($username: String!, $password: String!, $kind: String!, $agencyId: Int) {
    createAccount(username: $username, password: $password, kind: $kind, agencyId: $agencyId) { id } }`, a);
export const resetPassword = (accountId: number, password: string) => gql<{ resetPassword: boolean }>(
  'mutation Reset($accountId: Int!, $password: String!) { resetPassword(accountId: $accountId, password: $password) }', { accountId, password });
export const createApiToken = (role: string, name: string) => gql<{ createApiToken: { secret: string } }>(
  'mutation CreateToken($role: String!, $name: String!) { createApiToken(role: $role, name: $name) { secret } }', { role, name })
  .then((d) => d.createApiToken.secret);
export const revokeApiToken = (id: number) => gql<{ revokeApiToken: boolean }>('mutation Revoke($id: Int!) { revokeApiToken(id: $id) }', { id });
