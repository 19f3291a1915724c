// The collection loop's operations: signing in and out (REST, the session cookie), the bureau's desk and drafts,
// the office's queue and review, and the admin's accounts and API tokens.
import type * as G from './generated';
import { gql } from './graphql';

// A REST write signed by the session cookie carries this header (the server refuses it otherwise: CSRF).
const CSRF = { 'x-dh-csrf': '1' };

async function rest<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { ...CSRF, ...(init.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `HTTP ${res.status}`);
  return body;
}

export interface SignedIn {
  username: string;
  kind: 'bureau' | 'reviewer' | 'admin';
  agencyId: number | null;
  agencyName: string | null;
  expiresAt: string;
}
export const signIn = (username: string, password: string) =>
  rest<SignedIn>('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
export const signOut = () => rest<{ signedOut: true }>('/api/session', { method: 'DELETE' });

export type Submission = G.SubFieldsFragment;
export type SubmissionFinding = Submission['findings'][number];
export type SubmissionDetail = G.SubmissionQuery['submission'];
export type SubmissionEvent = SubmissionDetail['events'][number];
export type CellChange = NonNullable<SubmissionDetail['sinceLastYear']>[number];
export type BureauDesk = G.BureauDeskQuery['bureauDesk'];

const SUB = /* GraphQL */ `fragment SubFields on Submission { id agencyId agencyName year state stateZh template fileName values { key value } overview problems other
  findings { key code severity messageZh messageEn keys explanation } unexplained actions publishedUrl revisionId dueOn }`;

export const bureauDesk = (year: number) =>
  gql<G.BureauDeskQuery, G.BureauDeskQueryVariables>(
    /* GraphQL */ `
  query BureauDesk($year: Int!) { bureauDesk(year: $year) { agencyId agencyName year template dueOn daysLeft stateZh submission { ...SubFields } } } ${SUB}`,
    { year },
  ).then((d) => d.bureauDesk);
export const submissionDetail = (id: number) =>
  gql<G.SubmissionQuery, G.SubmissionQueryVariables>(
    /* GraphQL */ `
  query Submission($id: Int!) { submission(id: $id) { submission { ...SubFields } events { at actor action fromState toState comments { target text } }
    sincePreviousSubmission { key before after } sinceLastYear { key before after } } } ${SUB}`,
    { id },
  ).then((d) => d.submission);
export const submissionQueue = (year: number, states?: string[]) =>
  gql<G.QueueQuery, G.QueueQueryVariables>(
    /* GraphQL */ `
  query Queue($year: Int!, $states: [String!]) { submissionQueue(year: $year, states: $states) { ...SubFields } } ${SUB}`,
    { year, states },
  ).then((d) => d.submissionQueue);

export const uploadDraft = (year: number, file: File) => {
  const body = new FormData();
  body.append('year', String(year));
  body.append('file', file, file.name);
  return rest<Submission>('/api/submissions/draft', { method: 'POST', body });
};
export const saveForm = (
  year: number,
  values: Record<string, string>,
  sections: { overview: string; problems: string; other: string },
) =>
  gql<G.SaveFormMutation, G.SaveFormMutationVariables>(
    /* GraphQL */ `
    mutation SaveForm($year: Int!, $values: [FormValueInput!]!, $overview: String, $problems: String, $other: String) {
      saveSubmissionForm(year: $year, values: $values, overview: $overview, problems: $problems, other: $other) { ...SubFields } } ${SUB}`,
    {
      year,
      values: Object.entries(values)
        .filter(([, v]) => v.trim() !== '')
        .map(([key, value]) => ({ key, value })),
      ...sections,
    },
  ).then((d) => d.saveSubmissionForm);
export const explainFindings = (id: number, explanations: { key: string; text: string }[]) =>
  gql<G.ExplainMutation, G.ExplainMutationVariables>(
    /* GraphQL */ `
  mutation Explain($id: Int!, $e: [ExplanationInput!]!) { explainFindings(id: $id, explanations: $e) { ...SubFields } } ${SUB}`,
    { id, e: explanations },
  ).then((d) => d.explainFindings);
export const submitSubmission = (id: number) =>
  gql<G.SubmitMutation, G.SubmitMutationVariables>(
    /* GraphQL */ `
  mutation Submit($id: Int!) { submitSubmission(id: $id) { ...SubFields } } ${SUB}`,
    { id },
  ).then((d) => d.submitSubmission);
export const returnSubmission = (id: number, comments: { target: string; text: string }[]) =>
  gql<G.ReturnMutation, G.ReturnMutationVariables>(
    /* GraphQL */ `
  mutation Return($id: Int!, $c: [ReviewCommentInput!]!) { returnSubmission(id: $id, comments: $c) { ...SubFields } } ${SUB}`,
    { id, c: comments },
  ).then((d) => d.returnSubmission);
export const acceptSubmission = (id: number) =>
  gql<G.AcceptMutation, G.AcceptMutationVariables>(
    /* GraphQL */ `
  mutation Accept($id: Int!) { acceptSubmission(id: $id) { ...SubFields } } ${SUB}`,
    { id },
  ).then((d) => d.acceptSubmission);
export const setPublished = (id: number, url: string) =>
  gql<G.PublishedMutation, G.PublishedMutationVariables>(
    /* GraphQL */ `
  mutation Published($id: Int!, $url: String!) { setSubmissionPublished(id: $id, url: $url) { ...SubFields } } ${SUB}`,
    { id, url },
  ).then((d) => d.setSubmissionPublished);

export type Account = G.AccountsQuery['accounts'][number];
export type ApiToken = G.AccountsQuery['apiTokens'][number];
export const accountsQuery = () =>
  gql<G.AccountsQuery>(/* GraphQL */ `
  query Accounts { accounts { id username kind agencyId agencyName locked } apiTokens { id name role createdAt revoked } }`);
export const createAccount = (a: G.CreateAccountMutationVariables) =>
  gql<G.CreateAccountMutation, G.CreateAccountMutationVariables>(
    /* GraphQL */ `
  mutation CreateAccount($username: String!, $password: String!, $kind: String!, $agencyId: Int) {
    createAccount(username: $username, password: $password, kind: $kind, agencyId: $agencyId) { id } }`,
    a,
  );
export const resetPassword = (accountId: number, password: string) =>
  gql<G.ResetMutation, G.ResetMutationVariables>(
    /* GraphQL */ `
  mutation Reset($accountId: Int!, $password: String!) { resetPassword(accountId: $accountId, password: $password) }`,
    { accountId, password },
  );
export const createApiToken = (role: string, name: string) =>
  gql<G.CreateTokenMutation, G.CreateTokenMutationVariables>(
    /* GraphQL */ `
  mutation CreateToken($role: String!, $name: String!) { createApiToken(role: $role, name: $name) { secret } }`,
    { role, name },
  ).then((d) => d.createApiToken.secret);
export const revokeApiToken = (id: number) =>
  gql<G.RevokeMutation, G.RevokeMutationVariables>(
    /* GraphQL */ `
  mutation Revoke($id: Int!) { revokeApiToken(id: $id) }`,
    { id },
  );
