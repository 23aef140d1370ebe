package org.floorwatch.localstore.files;

/**
 * How far a source file was read: the first {@code readBytes} bytes, whose SHA-256 is {@code readHash} (hex).
 * A file that still starts with those bytes was appended to; one that does not was rewritten.
 */
public record ReadPosition(long readBytes, String readHash) {
}
