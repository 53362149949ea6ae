package org.parcours.portfolio.erasure;

import org.parcours.portfolio.worker.WorkerId;

/**
 * Fired when a worker's rows are gone, for what lives outside the database (evidence blobs, the
 * worker's key, search index entries): observers delete theirs after the commit.
 */
public record WorkerErased(WorkerId worker) {}
