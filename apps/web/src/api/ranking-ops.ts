// The ranking page's operations (its own file: the overview asks only topBottomQuery, in ops.ts).
import type * as G from './generated';
import { gql } from './graphql';

export type RankingResult = G.RankingQuery['ranking'];
export type RankingRow = RankingResult['rows'][number];
export type Contribution = RankingRow['contributions'][number];
export type SimilarReport = NonNullable<RankingRow['similarTo']>;
export type ScoringProfile = RankingResult['profile'];
export type PeerGroup = G.PeerGroup;
export type IndicatorDef = G.IndicatorsQuery['indicators'][number];
const PROFILE = /* GraphQL */ `fragment ProfileFields on ScoringProfile { id name version isDefault description weights { indicator weight } }`;
export const rankingQuery = (a: Omit<G.RankingQueryVariables, 'limit'> & { limit?: number }) =>
  gql<G.RankingQuery, G.RankingQueryVariables>(
    /* GraphQL */ `
  query Ranking($year: Int!, $filter: AgencyFilter, $profileId: Int, $whatIf: [IndicatorWeightInput!], $peerGroup: PeerGroup, $limit: Int!) {
    ranking(year: $year, filter: $filter, profileId: $profileId, whatIf: $whatIf, peerGroup: $peerGroup, limit: $limit) {
      year whatIf total peerGroup profile { ...ProfileFields }
      rows { agencyId agencyName score rank previousScore previousRank rankChange whyZh whyEn gapZh gapEn peerGroup peerGroupLabel groupSize
        published publishedOn needsLook correctedCells similarTo { agencyId agencyName year similarity }
        contributions { indicator labelZh labelEn weight raw value points previousPoints nullReason note } } } }
  ${PROFILE}`,
    { limit: 1000, ...a },
  ).then((d) => d.ranking);
export const indicatorsQuery = () =>
  gql<G.IndicatorsQuery>(
    /* GraphQL */ `query Indicators { indicators { key labelZh labelEn method methodZh legacy } }`,
  ).then((d) => d.indicators);
export type ContentMatch = G.ContentMatchQuery['contentMatch'];
export const contentMatchQuery = (a: G.ContentMatchQueryVariables) =>
  gql<G.ContentMatchQuery, G.ContentMatchQueryVariables>(
    /* GraphQL */ `
  query ContentMatch($agencyId: Int!, $year: Int!, $otherAgencyId: Int, $otherYear: Int) {
    contentMatch(agencyId: $agencyId, year: $year, otherAgencyId: $otherAgencyId, otherYear: $otherYear) { other { agencyId agencyName year similarity } passages } }`,
    a,
  ).then((d) => d.contentMatch);
/** Admin: the weights as a new version of the named profile (version 1 for a new name). */
export const saveProfile = (input: G.ScoringProfileInput) =>
  gql<G.SaveProfileMutation, G.SaveProfileMutationVariables>(
    /* GraphQL */ `
  mutation SaveProfile($input: ScoringProfileInput!) { saveScoringProfile(input: $input) { ...ProfileFields } } ${PROFILE}`,
    { input },
  ).then((d) => d.saveScoringProfile);
export const profilesQuery = () =>
  gql<G.ProfilesQuery>(/* GraphQL */ `query Profiles { scoringProfiles { ...ProfileFields } } ${PROFILE}`).then(
    (d) => d.scoringProfiles,
  );
