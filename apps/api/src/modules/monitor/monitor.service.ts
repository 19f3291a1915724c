// The publication check (向社会公布): for each roster body with a 年报栏目, find the year's report on its list pages,
// follow it to the detail page and its attachment, ingest what is posted as a revision (source URL, hash), and on
// later passes record edits after posting (the changed cells), removals and moves.
import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import pLimit from 'p-limit';
import { decodeBytes } from '@dh/parser';
import type { AdminLevel, ReportKind } from '@dh/domain';
import { IngestService } from '../ingest/ingest.service';
import { DeadlineService, type DueOf } from '../roster/deadline.service';
import { SubmissionReviewService } from '../submission/submission-review.service';
import { findReport, readDetailPage, readListPage, type ListEntry } from './list-page';
import { MonitorRepository, type CheckRow, type CheckWrite, type WatchRow } from './monitor.repository';
import { DEFAULT_FETCH, PoliteFetcher, type FetchOptions, type FetchResult, type Fetched } from './polite-fetcher';
import { appConfig } from '../../config/app-config';

export const MAX_LIST_PAGES = 20;
/**
 * Reports parsed and stored at once, across passes: fetching runs wide (one queue per host), but each store holds a
 * pool connection and a core; 50 bodies storing at once took every connection and timed out (bench:monitor).
 */
export const INGEST_CONCURRENCY = 2;

export interface PassSummary {
  bodies: number;
  posted: number;
  edited: number;
  gone: number;
  notFound: number;
  failed: number;
  requests: number;
}

const ok = (r: FetchResult): r is Fetched => !('error' in r) && r.status >= 200 && r.status < 300;
const failure = (r: FetchResult): string => ('error' in r ? r.error : `HTTP ${r.status}`);
const text = (r: Fetched): string => decodeBytes(new Uint8Array(r.bytes)).text;
const fileNameOf = (url: string): string =>
  decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'index.html');

@Injectable()
export class MonitorService {
  private readonly log = new Logger('Monitor');
  private readonly ingestSlot = pLimit(INGEST_CONCURRENCY);
  constructor(
    private readonly repo: MonitorRepository,
    private readonly ingest: IngestService,
    private readonly deadlines: DeadlineService,
    private readonly submissions: SubmissionReviewService,
  ) {}

  /** One pass over every watched body for `year`; each body stands alone, a failure is recorded and the pass goes on. */
  async pass(year: number, o: Partial<FetchOptions> & { agencyIds?: number[] } = {}): Promise<PassSummary> {
    const fetcher = new PoliteFetcher({
      ...DEFAULT_FETCH, // MONITOR_ALLOW_HOSTS: private hosts the deployer allows (an intranet CMS, the test site); nothing else private.
      allowHosts: appConfig().monitor.allowHosts,
      ...o,
    });
    const bodies = await this.repo.watched(year, o.agencyIds ?? null);
    const dueOf = await this.deadlines.dueOf(year);
    const sum: PassSummary = {
      bodies: bodies.length,
      posted: 0,
      edited: 0,
      gone: 0,
      notFound: 0,
      failed: 0,
      requests: 0,
    };
    try {
      await this.checkAll(fetcher, bodies, year, dueOf, sum);
    } finally {
      await fetcher.close();
    }
    sum.requests = fetcher.sent.length;
    return sum;
  }

  /** Bodies run side by side: the fetcher keeps each host to one request at a time, so a slow site holds up only itself. */
  private async checkAll(
    fetcher: PoliteFetcher,
    bodies: WatchRow[],
    year: number,
    dueOf: DueOf,
    sum: PassSummary,
  ): Promise<void> {
    await Promise.all(
      bodies.map(async (b) => {
        const due = dueOf(b.kind as ReportKind, b.level as AdminLevel | null);
        const c = await this.checkBody(fetcher, b, year, due).catch((e: unknown): CheckWrite => ({
          ...blank(b, year, due),
          status: 'failed',
          note: (e as Error).message,
        }));
        await this.repo.save(c);
        // Found on the body's own site: an accepted submission of that report is now 已公开 there.
        if (c.status === 'posted' && c.page_url) await this.submissions.publishedOnSite(b.agency_id, year, c.page_url);
        if (c.status === 'posted') sum.posted++;
        if (c.edited) sum.edited++;
        if (c.status === 'gone') sum.gone++;
        if (c.status === 'not_found') sum.notFound++;
        if (c.status === 'failed') sum.failed++;
      }),
    );
  }

  list(year: number, regionId?: number): Promise<CheckRow[]> {
    return this.repo.list(year, regionId);
  }

  private async checkBody(f: PoliteFetcher, b: WatchRow, year: number, due: string | null): Promise<CheckWrite> {
    const prev = await this.repo.previous(b.agency_id, year);
    const found = await this.findOnLists(f, b, year);
    if ('error' in found) {
      // The page seen before answers 404/410 and the lists no longer show it: removed after posting.
      if (prev?.status === 'posted' && prev.page_url) {
        const again = await f.get(prev.page_url);
        if (!('error' in again) && (again.status === 404 || again.status === 410)) {
          await this.repo.event(b.agency_id, year, 'gone', prev.page_url, {
            status: again.status,
            fetchedAt: again.fetchedAt,
          });
          return {
            ...keep(prev),
            due_on: due,
            status: 'gone',
            note: `HTTP ${again.status} at ${again.fetchedAt.toISOString()}`,
            edited: false,
          };
        }
      }
      await this.repo.event(b.agency_id, year, found.kind, found.url, { error: found.error });
      return {
        ...blank(b, year, due),
        status: found.kind === 'not_found' ? 'not_found' : 'failed',
        note: found.error,
        list_url: found.url,
      };
    }
    const { entry, listUrl, column } = found;
    const detail = await f.get(entry.url);
    if (!ok(detail)) {
      const gone = 'status' in detail && (detail.status === 404 || detail.status === 410);
      await this.repo.event(b.agency_id, year, gone ? 'gone' : 'failed', entry.url, { error: failure(detail) });
      return {
        ...blank(b, year, due),
        status: gone ? 'gone' : 'failed',
        list_url: listUrl,
        page_url: entry.url,
        title: entry.title,
        note: failure(detail),
      };
    }
    const info = readDetailPage(text(detail), detail.url);
    let doc: Fetched = detail;
    let note: string | null = null;
    if (!info.hasReportTable && info.attachments.length) {
      const att = info.attachments.find((a) => a.ext === 'pdf' || a.ext === 'docx');
      if (!att) {
        note = `attachment ${info.attachments[0].url} is .${info.attachments[0].ext}, which is not read (save it as DOCX or PDF)`;
      } else {
        const got = await f.get(att.url);
        if (!ok(got))
          return {
            ...blank(b, year, due),
            status: 'failed',
            list_url: listUrl,
            page_url: entry.url,
            title: entry.title,
            note: `attachment: ${failure(got)}`,
          };
        doc = got;
      }
    }
    const hash = createHash('sha256').update(doc.bytes).digest('hex');
    const postedOn = info.postedOn ?? entry.date;
    const moved = prev?.page_url && prev.page_url !== entry.url ? prev.page_url : null;
    const base: CheckWrite = {
      agency_id: b.agency_id,
      year,
      status: 'posted',
      list_url: listUrl,
      page_url: entry.url,
      title: entry.title,
      posted_on: postedOn,
      content_hash: hash,
      in_column: column,
      moved_from: moved,
      changed_keys: null,
      revision_id: null,
      note,
      edited: false,
      due_on: due,
      compared_revision_id: null,
      compared_source: null,
      differs_keys: null,
    };
    if (moved) await this.repo.event(b.agency_id, year, 'moved', entry.url, { from: moved });
    if (note) {
      await this.repo.event(b.agency_id, year, 'refused', doc.url, { reason: note });
      return base;
    }
    if (prev?.content_hash === hash && prev.revision_id)
      return { ...base, revision_id: prev.revision_id, ...(await this.compare(prev.revision_id)) };
    // Found in the body's own 年报栏目: the roster body is the publisher whatever name the page prints (a 管委会's
    // report titled with its area), and the page's posting date is the publication date.
    const res = await this.ingestSlot(() =>
      this.ingest.ingest({
        bytes: new Uint8Array(doc.bytes),
        fileName: fileNameOf(doc.url),
        agencyName: b.name,
        year,
        sourceUrl: doc.url,
        publishedOn: postedOn ?? undefined,
        override: true,
        channel: 'batch',
        actor: 'monitor',
      }),
    );
    if (res.status === 'failed') {
      await this.repo.event(b.agency_id, year, 'failed', doc.url, { error: res.error, code: res.errorCode });
      return { ...base, status: 'failed', note: res.error ?? 'not stored' };
    }
    const edited =
      prev?.status === 'posted' &&
      !!prev.content_hash &&
      !!prev.revision_id &&
      !!res.revisionId &&
      res.revisionId !== prev.revision_id;
    const changed = edited ? await this.repo.changedCells(prev!.revision_id!, res.revisionId!) : null;
    await this.repo.event(b.agency_id, year, edited ? 'edited' : 'found', doc.url, {
      hash,
      postedOn,
      revisionId: res.revisionId,
      changed: changed?.length ?? 0,
    });
    this.log.log(`${b.name} ${year}: ${edited ? 'edited after posting' : 'posted'} (${doc.url})`);
    return {
      ...base,
      revision_id: res.revisionId ?? null,
      changed_keys: changed,
      edited,
      ...(res.revisionId ? await this.compare(res.revisionId) : {}),
    };
  }

  /** The posted copy against what the office received (accepted submission, else upload): the cells that differ. */
  private async compare(
    postedRevision: string,
  ): Promise<Pick<CheckWrite, 'compared_revision_id' | 'compared_source' | 'differs_keys'>> {
    const sub = await this.repo.submitted(postedRevision);
    if (!sub) return { compared_revision_id: null, compared_source: null, differs_keys: null };
    return {
      compared_revision_id: sub.id,
      compared_source: sub.source_kind,
      differs_keys: await this.repo.changedCells(sub.id, postedRevision),
    };
  }

  /** Walks each 年报栏目 (following 下一页) until the year's report turns up. */
  private async findOnLists(
    f: PoliteFetcher,
    b: WatchRow,
    year: number,
  ): Promise<
    | { entry: ListEntry; listUrl: string; column: boolean }
    | { error: string; kind: 'not_found' | 'failed' | 'refused' | 'disallowed'; url: string }
  > {
    let lastError: { error: string; kind: 'failed' | 'refused' | 'disallowed'; url: string } | null = null;
    for (const start of b.source_urls) {
      const seen = new Set<string>();
      let url: string | null = start;
      while (url && !seen.has(url) && seen.size < MAX_LIST_PAGES) {
        seen.add(url);
        const page = await f.get(url);
        if (!ok(page)) {
          const kind =
            'error' in page ? (page.kind === 'refused' || page.kind === 'disallowed' ? page.kind : 'failed') : 'failed';
          lastError = { error: `${url}: ${failure(page)}`, kind, url };
          break;
        }
        const { entries, next, column } = readListPage(text(page), page.url);
        const entry = findReport(entries, year);
        if (entry) return { entry, listUrl: url, column };
        url = next;
      }
    }
    return (
      lastError ?? {
        error: `no ${year} annual report on ${b.source_urls.join(', ')}`,
        kind: 'not_found',
        url: b.source_urls[0],
      }
    );
  }
}

function blank(b: WatchRow, year: number, due: string | null): CheckWrite {
  return {
    agency_id: b.agency_id,
    year,
    status: 'not_found',
    list_url: null,
    page_url: null,
    title: null,
    posted_on: null,
    content_hash: null,
    in_column: true,
    moved_from: null,
    changed_keys: null,
    revision_id: null,
    note: null,
    edited: false,
    due_on: due,
    compared_revision_id: null,
    compared_source: null,
    differs_keys: null,
  };
}

function keep(p: CheckRow): Omit<CheckWrite, 'status' | 'note' | 'edited'> {
  return {
    agency_id: p.agency_id,
    year: p.year,
    list_url: p.list_url,
    page_url: p.page_url,
    title: p.title,
    posted_on: p.posted_on,
    content_hash: p.content_hash,
    in_column: p.in_column,
    moved_from: p.moved_from,
    changed_keys: null,
    revision_id: p.revision_id,
    due_on: p.due_on,
    compared_revision_id: p.compared_revision_id,
    compared_source: p.compared_source,
    differs_keys: p.differs_keys,
  };
}
