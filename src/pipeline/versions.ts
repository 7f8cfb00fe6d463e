// The current rules' family versions, needed before the first file is judged up to date: from
// the archive when it has seen these rules (their bytes, code versions, nodejieba) before, else
// from a worker (which parses the rules for its warm-up anyway), then remembered.
import type { Archive } from '../store/write.js';
import type { DocumentRows } from '../store/document-rows.js';
import { isDocumentRows } from '../store/document-rows.js';
import type { Processed } from './process.js';
import { combineVersions, type FamilyVersions } from '../rules/loader.js';
import { versionsFingerprint } from '../extract/families.js';
import type { ProcessedDocument } from '../types.js';
import { ProcessFailure, type Processor } from './pool.js';
import { failureReason, isConfigError } from './protocol.js';

export interface CurrentVersions {
  versions: FamilyVersions;
  combined: string;
}

export class RulesVersions {
  private current: Promise<CurrentVersions> | null = null;
  private print = '';

  constructor(
    private readonly archive: Archive,
    private readonly processor: Processor,
  ) {}

  /** Rejects with ProcessFailure (`config` when a rule file is broken). */
  get(): Promise<CurrentVersions> {
    return (this.current ??= this.load());
  }

  private async load(): Promise<CurrentVersions> {
    this.print = versionsFingerprint();
    let versions = this.archive.versionsFor(this.print);
    if (!versions) {
      try {
        if (!this.processor.familyVersions) throw new Error('no versions from this processor');
        versions = await this.processor.familyVersions();
      } catch (e) {
        if (e instanceof ProcessFailure && e.config) throw e;
        // (a custom processor, or a worker that failed): compute them here
        try {
          versions = (await import('../extract/index.js')).familyVersions();
        } catch (e2) {
          throw new ProcessFailure(failureReason(e2), isConfigError(e2));
        }
      }
      this.archive.rememberVersions(this.print, versions);
    }
    return { versions, combined: combineVersions(versions) };
  }

  /**
   * The workers stamp each document with the versions they computed. Should those differ from
   * the remembered ones (code that hashes the rules differently, same fingerprint), theirs are
   * right: remember them, and judge the files still to come by them.
   */
  correct(doc: ProcessedDocument | DocumentRows): void {
    let v: FamilyVersions | null | undefined;
    try {
      v = isDocumentRows(doc) ? (doc.rulesVersions ? (JSON.parse(doc.rulesVersions) as FamilyVersions) : null) : (doc as Processed).rulesVersions;
    } catch {
      v = null;
    }
    if (!v || combineVersions(v) !== doc.rulesVersion) return;
    try {
      this.archive.rememberVersions(this.print, v);
    } catch {
      /* only a cache */
    }
    this.current = Promise.resolve({ versions: v, combined: doc.rulesVersion });
  }
}
