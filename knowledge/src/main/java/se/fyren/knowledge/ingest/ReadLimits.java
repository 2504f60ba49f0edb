package se.fyren.knowledge.ingest;

/**
 * How much reading one document may take.
 *
 * @param maxUnpackedBytes the most a package (a DOCX) may unpack to. The fixtures' Word
 * reports hold about 10 kB of XML a page, some 5 MB at an upload's 500 pages, and
 * pictures unpack to about their packed size (an upload is at most 20 MB by default):
 * more than the default 100 MB is a zip bomb, or a document far past what a chat answers
 * from. Tika switches off POI's own check of the packing ratio and counts the text
 * instead, which a bomb of markup or blanks passes (200 MB of blanks in 220 kB were
 * parsed), so Fyren counts the bytes.
 */
public record ReadLimits(long maxUnpackedBytes) {

	/** 100 MB as Spring counts a data size (and Windows a file's): 100 × 2²⁰ bytes. */
	public static final ReadLimits DEFAULT = new ReadLimits(100L << 20);

	/**
	 * The highest unpacked limit allowed: POI holds a Word file's unpacked XML in memory
	 * as a document tree several times its size, so a limit past 1 GB lets one upload
	 * exhaust a server's heap.
	 */
	public static final long MOST_UNPACKED_BYTES = 1L << 30;

	public ReadLimits {
		if (maxUnpackedBytes < 1 || maxUnpackedBytes > MOST_UNPACKED_BYTES) {
			throw new IllegalArgumentException(
					"maxUnpackedBytes must lie in [1, " + MOST_UNPACKED_BYTES + "] (1 GB), was " + maxUnpackedBytes);
		}
	}

}
