package numbers;

public class CharacterAndBoolean {
    public static void main(String[] args) {
        String probe = "aZ5 _\t\n$é€";
        for (char c : probe.toCharArray()) {
            System.out.println((int) c + ": letter=" + Character.isLetter(c) + " digit=" + Character.isDigit(c) + " alnum=" + Character.isLetterOrDigit(c)
                + " upper=" + Character.isUpperCase(c) + " lower=" + Character.isLowerCase(c) + " ws=" + Character.isWhitespace(c) + " space=" + Character.isSpaceChar(c)
                + " idStart=" + Character.isJavaIdentifierStart(c) + " toUpper=" + Character.toUpperCase(c) + " toLower=" + Character.toLowerCase(c) + " type=" + Character.getType(c));
        }
        System.out.println(Character.isDigit('٣') + " " + Character.getNumericValue('٣') + " " + Character.digit('٣', 10) + " " + Character.getNumericValue('Ⅻ') + " " + Character.getNumericValue('z'));
        System.out.println(Character.valueOf('x').compareTo('a') + " " + Character.toChars(97)[0] + " " + Character.isAlphabetic('中') + " " + Character.isIdeographic('中') + " " + Character.isTitleCase('ǅ'));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.valueOf("tRuE") + " " + Boolean.toString(false));
        System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true) + " " + Boolean.TRUE.compareTo(Boolean.FALSE) + " " + Boolean.FALSE.equals(false));
        boolean[] bs = {true, false};
        for (boolean a : bs) for (boolean b : bs) System.out.print((a & b) + "," + (a | b) + "," + (a ^ b) + "," + (a == b) + "," + (a != b) + " ");
        System.out.println();
        System.out.println((int) 'A' + (char) 1 + " " + (char) ('A' + 1) + " " + (byte) 'é' + " " + (short) '\uffff' + " " + (int) (char) (short) -1 + " " + (long) 'x' + " " + (double) 'x' + " " + (float) 'x');
        char fromDouble = (char) 65.99;
        char fromNeg = (char) -65;
        System.out.println(fromDouble + " " + (int) fromNeg + " " + (char) 98L + " " + (int) (char) 1e10 + " " + (int) (char) Double.NaN);
    }
}
