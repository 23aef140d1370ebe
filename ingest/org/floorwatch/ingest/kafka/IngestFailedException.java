package org.floorwatch.ingest.kafka;

/** The store refused a batch; the ingest stops, and a restart resumes from the store's offsets. */
public final class IngestFailedException extends RuntimeException {

    IngestFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
