package org.parcours.portfolio.evidence;

import java.nio.file.Path;

/**
 * How evidence files are kept, from configuration.
 *
 * @param directory where the encrypted files live
 * @param maxFileBytes the largest file accepted
 * @param quotaBytes what one worker's files may add up to
 * @param masterKey the 32-byte key that wraps every worker's key
 */
public record EvidenceSettings(
    Path directory, long maxFileBytes, long quotaBytes, byte[] masterKey) {}
