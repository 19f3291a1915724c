// The findings page's list and review operations (the overview's count is in ops.ts).
import type * as G from './generated';
import { gql } from './graphql';

export type FindingKind = G.FindingKind;
// resolved: closed by a cell correction (resolvedByCorrectionId), never set by hand.
export type FindingStatus = G.FindingStatus;
export type Finding = G.FindingFieldsFragment;
export type FindingFilter = G.FindingFilter;
const FINDING = /* GraphQL */ `fragment FindingFields on Finding {
  id kind code severity status statusNote messageZh messageEn agencyId agencyName year reportId keys expected actual resolvedByCorrectionId }`;
export const findingsQuery = (filter: FindingFilter, limit = 2000) =>
  gql<G.FindingsQuery, G.FindingsQueryVariables>(
    /* GraphQL */ `
  query Findings($filter: FindingFilter, $limit: Int!) { findings(filter: $filter, limit: $limit) { ...FindingFields } } ${FINDING}`,
    { filter, limit },
  ).then((d) => d.findings);
export const setFindingStatus = (id: string, status: FindingStatus, note: string) =>
  gql<G.SetFindingStatusMutation, G.SetFindingStatusMutationVariables>(
    /* GraphQL */ `
  mutation SetFindingStatus($id: ID!, $status: FindingStatus!, $note: String) { setFindingStatus(id: $id, status: $status, note: $note) { ...FindingFields } }
  ${FINDING}`,
    { id, status, note },
  ).then((d) => d.setFindingStatus);
