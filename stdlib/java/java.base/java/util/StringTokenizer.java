package java.util;

public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;
    /** The largest code point among the delimiters: characters above it are none. */
    private int maxDelimCodePoint;
    /** The delimiters as code points, when some are supplementary (then the string is
     * scanned by code point); null otherwise. */
    private int[] delimiterCodePoints;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
        setDelimiterInfo();
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private void setDelimiterInfo() {
        maxDelimCodePoint = 0;
        delimiterCodePoints = null;
        if (delimiters == null) {
            return;
        }
        boolean surrogates = false;
        for (int i = 0; i < delimiters.length(); i++) {
            char c = delimiters.charAt(i);
            if (Character.isSurrogate(c)) {
                surrogates = true;
            }
            maxDelimCodePoint = Math.max(maxDelimCodePoint, c);
        }
        if (surrogates) {
            delimiterCodePoints = delimiters.codePoints().toArray();
            for (int c : delimiterCodePoints) {
                maxDelimCodePoint = Math.max(maxDelimCodePoint, c);
            }
        }
    }

    private boolean isDelimiter(int c) {
        if (c > maxDelimCodePoint || delimiters == null) {
            return false;
        }
        if (delimiterCodePoints == null) {
            return delimiters.indexOf(c) >= 0;
        }
        for (int d : delimiterCodePoints) {
            if (d == c) {
                return true;
            }
        }
        return false;
    }

    /** The character or (when delimiters are code points) code point at `position`. */
    private int unitAt(int position) {
        return delimiterCodePoints == null ? str.charAt(position) : str.codePointAt(position);
    }

    private int width(int unit) {
        return delimiterCodePoints == null ? 1 : Character.charCount(unit);
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null)
            throw new NullPointerException();
        int position = startPos;
        while (!retDelims && position < maxPosition) {
            int c = unitAt(position);
            if (!isDelimiter(c))
                break;
            position += width(c);
        }
        return position;
    }

    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition) {
            int c = unitAt(position);
            if (isDelimiter(c))
                break;
            position += width(c);
        }
        if (retDelims && (startPos == position)) {
            int c = unitAt(position);
            if (isDelimiter(c))
                position += width(c);
        }
        return position;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return (newPosition < maxPosition);
    }

    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged) ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition)
            throw new NoSuchElementException();
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        setDelimiterInfo();
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int currpos = currentPosition;
        while (currpos < maxPosition) {
            currpos = skipDelimiters(currpos);
            if (currpos >= maxPosition)
                break;
            currpos = scanToken(currpos);
            count++;
        }
        return count;
    }
}
