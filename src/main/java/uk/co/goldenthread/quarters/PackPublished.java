package uk.co.goldenthread.quarters;

/**
 * The pack's event: a version of the quarter's pack was published to Scrutiny and the public, so the returns it holds
 * become 'Published'. Declared here for the reason given on {@link PackCompiled}; heard in the pack's transaction.
 */
public record PackPublished(long packId, long quarterId, int version) {
}
