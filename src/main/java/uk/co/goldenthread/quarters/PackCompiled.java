package uk.co.goldenthread.quarters;

/**
 * The pack's event: a version of the quarter's pack was compiled, so its signed-off returns become 'Included in pack'.
 * Packs publishes it; it is declared here, in the quarters' published language, because packs reads the quarters and a
 * declaration in packs would make the two modules depend on each other. Heard in the pack's own transaction.
 */
public record PackCompiled(long packId, long quarterId, int version) {
}
