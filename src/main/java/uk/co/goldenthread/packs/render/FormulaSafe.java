package uk.co.goldenthread.packs.render;

/**
 * Stand-in, to be replaced by the shared formula-safe writer once it lands: text a spreadsheet would read as a
 * formula (starting = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
final class FormulaSafe {

    private FormulaSafe() {
    }

    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
